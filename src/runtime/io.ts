// Raw output helpers. Never touch process.stdout/stderr: that would make shared
// pipes non-blocking (spec/runtime.md pitfall 5). Everything is a byte string.
import * as fs from 'node:fs';
import { libc, cArg, latin1 } from './libc';

/** The real fd that diagnostics go to: the running program's virtual fd 2. */
let errFd: number | null = 2;

export function setErrFd(fd: number | null): void {
  errFd = fd;
}

export function writeAll(fd: number, data: string | Buffer): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') { sleepMs(1); continue; }
      throw e;
    }
  }
}

export function writeErr(s: string): void {
  if (errFd === null) return;
  try { writeAll(errFd, s); } catch { /* stderr gone: nothing to report to */ }
}

let sleepCell: Int32Array | null = null;
export function sleepMs(ms: number): void {
  Atomics.wait((sleepCell ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, ms);
}

/** Blocking read of up to n bytes; retries EAGAIN (an fd someone made non-blocking). */
export function readSome(fd: number, buf: Buffer, off = 0, len = buf.length - off): number {
  for (;;) {
    try {
      return fs.readSync(fd, buf, off, len, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { sleepMs(2); continue; }
      if (code === 'EOF') return 0;
      throw e;
    }
  }
}

/** Read an fd to EOF as a byte string, into one growing buffer. */
export function readAll(fd: number): string {
  let buf = Buffer.allocUnsafe(16384);
  let len = 0;
  for (;;) {
    if (len === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 4);
      buf.copy(bigger, 0, 0, len);
      buf = bigger;
    }
    const n = readSome(fd, buf, len);
    if (n === 0) break;
    len += n;
  }
  return buf.toString('latin1', 0, len);
}

const O_RDONLY_CLOEXEC = 0o2000000, O_DIRECTORY = 0o200000, EINTR = 4;

export interface ReadFailure { errno: number; during: 'open' | 'read' }

let scratch: Uint8Array | null = null;

/**
 * A whole file as a byte string, through libc's open and read: the files every
 * start reads (the script, /proc/self/cmdline and environ) then cost no first
 * use of Node's fs paths (~0.2 ms). `plainName`: the name is known to be plain ASCII.
 */
export function readFileBytes(file: string, plainName = false): string | ReadFailure {
  const L = libc();
  const name = plainName ? file : cArg(file);
  let fd: number;
  while ((fd = L.open(name, O_RDONLY_CLOEXEC)) < 0) if (L.errno() !== EINTR) return { errno: L.errno(), during: 'open' };
  // One buffer for every call (the bytes leave as a string): an envdir of 30 files would
  // otherwise allocate, and fault in, 30 of them. A larger one made for a big file is not kept.
  let buf = (scratch ??= new Uint8Array(16384));
  let len = 0;
  try {
    for (;;) {
      if (len === buf.length) {
        const bigger = new Uint8Array(buf.length * 4);
        bigger.set(buf);
        buf = bigger;
      }
      const n = Number(L.read(fd, buf.subarray(len), buf.length - len));
      if (n === 0) break;
      if (n < 0) {
        if (L.errno() === EINTR) continue;
        return { errno: L.errno(), during: 'read' };
      }
      len += n;
    }
  } finally {
    L.close(fd);
  }
  return latin1(buf, 0, len);
}

/** The names in n bytes of struct linux_dirent64 (d_reclen at 16, d_name at 19), '.' and '..' left out. */
function direntNames(buf: Uint8Array, n: number, out: string[]): void {
  for (let at = 0; at < n; at += buf[at + 16] | (buf[at + 17] << 8)) {
    let end = at + 19;
    while (buf[end] !== 0) end++;
    const name = latin1(buf, at + 19, end);
    if (name !== '.' && name !== '..') out.push(name);
  }
}

/**
 * A directory's entries as byte strings (in the order the kernel gives), through libc's
 * open and getdents64 (as readFileBytes, no first use of Node's fs); -errno if it fails.
 */
export function dirNames(dir: string): string[] | number {
  const L = libc();
  let fd: number;
  while ((fd = L.open(cArg(dir), O_RDONLY_CLOEXEC | O_DIRECTORY)) < 0) if (L.errno() !== EINTR) return -L.errno();
  const out: string[] = [];
  try {
    const buf = new Uint8Array(32768);
    for (;;) {
      const n = Number(L.getdents64(fd, buf, buf.length));
      if (n === 0) return out;
      if (n < 0) {
        if (L.errno() === EINTR) continue;
        return -L.errno();
      }
      direntNames(buf, n, out);
    }
  } finally {
    L.close(fd);
  }
}
