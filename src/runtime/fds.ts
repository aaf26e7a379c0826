// The virtual fd table. Node owns descriptors 3..~22 (epoll, eventfd, signal
// pipes) and marks 0..15 close-on-exec at startup, so a script's descriptors are
// tracked here and only laid onto real numbers in the child or at exec.
import * as fs from 'node:fs';
import { libc, NR } from './libc';

const F_GETFL = 3;
const O_RDONLY_CLOEXEC = 0o2000000;

/** The descriptor numbers named in n bytes of struct linux_dirent64 (a small function: V8 compiles what loops). */
function direntFds(buf: Uint8Array, n: number, dir: number, out: number[]): void {
  // d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name
  for (let at = 0; at < n; at += buf[at + 16] | (buf[at + 17] << 8)) {
    let fd = 0, i = at + 19;
    if (buf[i] === 0x2e) continue; // . and ..
    for (; buf[i] !== 0; i++) fd = fd * 10 + buf[i] - 0x30;
    if (fd !== dir) out.push(fd);
  }
}

/** The open descriptors, from /proc/self/fd read by getdents64 (the directory's own fd left out). */
function openFds(): number[] | undefined {
  const L = libc();
  const dir = Number(L.open('/proc/self/fd', O_RDONLY_CLOEXEC));
  if (dir < 0) return undefined;
  const out: number[] = [];
  try {
    const buf = new Uint8Array(4096);
    for (;;) {
      const n = Number(L.getdents64(dir, buf, buf.length));
      if (n <= 0) break;
      direntFds(buf, n, dir, out);
    }
  } finally {
    L.close(dir);
  }
  return out;
}

// struct stat (the kernel's), in 32-bit words: x86-64, and the generic layout of arm64.
const ST = process.arch === 'arm64' ? { mode: 4, rdev: 8 } : { mode: 6, rdev: 10 };
const S_IFMT = 0o170000, S_IFIFO = 0o010000, S_IFCHR = 0o020000, S_IFREG = 0o100000;
const DEV_NULL = (1 << 8) | 3; // major 1, minor 3 (new_encode_dev)
const ANON = 'anon_inode:';

/** Whether fd is an anonymous inode by its /proc name (kernels that give those a regular file's mode). */
function isAnonInode(fd: number): boolean {
  const buf = new Uint8Array(ANON.length);
  if (Number(libc().readlink(`/proc/self/fd/${fd}`, buf, buf.length)) !== ANON.length) return false;
  for (let i = 0; i < ANON.length; i++) if (buf[i] !== ANON.charCodeAt(i)) return false;
  return true;
}

/**
 * Descriptors the process was started with (spec/runtime.md pitfall 2): not Node's own,
 * which are anonymous inodes (epoll, eventfd: no file type in st_mode, or on some kernels
 * a regular file's, then checked by name), pipes with both ends open here (its wake-up
 * pipes) and /dev/null (libuv's EMFILE reserve). Told apart by fstat: readlink on
 * /proc/self/fd/N costs ~5 µs a descriptor in the kernel, fstat ~0.3.
 */
export function inheritedFds(): number[] {
  const fds = openFds();
  if (!fds) return [0, 1, 2];
  const L = libc();
  // Plain 32-bit words, no DataView or BigInt: their first uses cost a start more than the reading.
  const st = new Uint32Array(64);
  const out: number[] = [];
  const pipes = new Map<number, { fd: number; mode: number }[]>();
  for (let i = 0; i < fds.length; i++) {
    const fd = fds[i];
    // 0-2 are always open here (Node reopens closed ones on /dev/null before we run).
    if (fd <= 2) { out.push(fd); continue; }
    // (the system calls themselves, not libc()'s wrappers: this loop would get those compiled by V8's baseline compiler)
    if (Number(L.syscall(NR.fstat, 'long', fd, 'void *', st)) < 0) continue; // closed meanwhile
    const type = st[ST.mode] & S_IFMT;
    if (type === 0 || (type === S_IFREG && isAnonInode(fd))) continue;
    if (type === S_IFCHR && st[ST.rdev] === DEV_NULL && st[ST.rdev + 1] === 0) continue;
    if (type === S_IFIFO) {
      const inode = st[3] * 0x100000000 + st[2]; // st_ino, words 2-3
      const flags = Number(L.syscall(NR.fcntl, 'long', fd, 'long', F_GETFL));
      let ends = pipes.get(inode);
      if (!ends) pipes.set(inode, (ends = []));
      ends.push({ fd, mode: flags < 0 ? 0 : flags & 3 });
      continue;
    }
    out.push(fd);
  }
  for (const ends of pipes.values()) {
    // Both ends held here: one of Node's own wake-up pipes.
    if (ends.some((e) => e.mode === 0) && ends.some((e) => e.mode === 1)) continue;
    for (const e of ends) out.push(e.fd);
  }
  return out.sort((a, b) => a - b);
}

export class FdTable {
  /** virtual fd → real fd */
  map: Map<number, number>;
  /** real fds opened on behalf of this table (closed when an emulated child ends) */
  opened: number[] = [];

  constructor(map: Map<number, number>) {
    this.map = map;
  }

  static identity(fds: number[]): FdTable {
    return new FdTable(new Map(fds.map((f) => [f, f])));
  }

  clone(): FdTable {
    return new FdTable(new Map(this.map));
  }

  real(v: number): number | undefined {
    return this.map.get(v);
  }

  set(v: number, real: number): void {
    this.map.set(v, real);
  }

  close(v: number): void {
    this.map.delete(v);
  }

  /** Record a real fd this table's owner opened. */
  own(real: number): number {
    this.opened.push(real);
    return real;
  }

  /**
   * Close the real fds this table opened that no virtual fd refers to any more
   * (natively, dup2/close over them would have closed them: a pipe reader must
   * see EOF even while the chain goes on in this process).
   */
  collect(): void {
    if (this.opened.length === 0) return;
    const used = new Set(this.map.values());
    const keep: number[] = [];
    for (const r of this.opened) {
      if (used.has(r)) keep.push(r);
      else try { fs.closeSync(r); } catch { /* already closed */ }
    }
    this.opened = keep;
  }

  /** The lowest virtual fd not in use (what open(2) would return natively). */
  lowestFree(from = 0): number {
    let v = from;
    while (this.map.has(v)) v++;
    return v;
  }
}
