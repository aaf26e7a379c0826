// File and process helpers shared by the overlay stages (s6-portable-utils
// equivalents: rmrf, hiercopy, mkfifo; spawn-and-wait with a time limit).
import * as fs from 'node:fs';
import { libc, cstr } from '../runtime/libc';
import { FdTable } from '../runtime/fds';
import { spawnProgram, waitPid, rawStatus } from '../runtime/process';
import { strerror } from '../runtime/errno';
import { writeAll, sleepMs } from '../runtime/io';

export const b = (s: string): Buffer => Buffer.from(s, 'latin1');

export function rmrf(p: string): void {
  fs.rmSync(b(p), { recursive: true, force: true });
}

export function isDir(p: string): boolean {
  try { return fs.statSync(b(p)).isDirectory(); } catch { return false; }
}

export function exists(p: string): boolean {
  try { fs.lstatSync(b(p)); return true; } catch { return false; }
}

/** Non-hidden entries of a directory, sorted bytewise. */
export function entries(dir: string): string[] {
  return fs.readdirSync(b(dir), { encoding: 'buffer' }).map((n) => n.toString('latin1')).filter((n) => !n.startsWith('.')).sort();
}

export function mkfifo(p: string, mode: number): void {
  const L = libc();
  if (L.mkfifo(cstr(p), mode) < 0) {
    const e = L.errno();
    throw Object.assign(new Error(`mkfifo ${p}: ${strerror(e)}`), { errno: -e });
  }
  fs.chmodSync(b(p), mode);
}

/**
 * s6-hiercopy: recursive copy keeping modes (and owners when root); symlinks
 * are copied as symlinks verbatim (defect D10 kept); errors on entries ignored.
 */
export function hiercopy(src: string, dst: string): void {
  const st = fs.lstatSync(b(src));
  copyEntry(src, dst, st);
}

function copyEntry(src: string, dst: string, st: fs.Stats): void {
  const root = process.getuid?.() === 0;
  try {
    if (st.isSymbolicLink()) {
      fs.symlinkSync(fs.readlinkSync(b(src)), b(dst));
      if (root) fs.lchownSync(b(dst), st.uid, st.gid);
      return;
    }
    if (st.isDirectory()) {
      try { fs.mkdirSync(b(dst), 0o700); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; }
      for (const n of fs.readdirSync(b(src), { encoding: 'buffer' })) {
        const name = n.toString('latin1');
        try { copyEntry(`${src}/${name}`, `${dst}/${name}`, fs.lstatSync(b(`${src}/${name}`))); } catch { /* ignored */ }
      }
    } else if (st.isFIFO()) {
      mkfifo(dst, st.mode & 0o7777);
    } else if (st.isFile()) {
      fs.copyFileSync(b(src), b(dst));
    } else {
      return;
    }
    if (root) fs.chownSync(b(dst), st.uid, st.gid);
    fs.chmodSync(b(dst), st.mode & 0o7777);
  } catch { /* s6-hiercopy goes on */ }
}

export function writeOut(fd: number, s: string): void {
  try { writeAll(fd, s); } catch { /* output gone (e.g. the catch-all logger died) */ }
}

export interface Spawned { pid: number }

/** Start argv with exactly these fds (virtual → real) and env; pid or -errno. */
export function start(argv: string[], env: string[], fds: Record<number, number>, o: { cwd?: string; path?: string } = {}): number {
  const table = new FdTable(new Map(Object.entries(fds).map(([v, r]) => [Number(v), r])));
  return spawnProgram(argv, { env, cwd: o.cwd ?? process.cwd(), umask: process.umask(), fds: table }, { path: o.path ?? '/usr/bin:/usr/sbin:/bin:/sbin' });
}

/** Wait for pid; with a limit (ms, 0 = none), SIGKILL at expiry and report 99 like s6-maximumtime -k. */
export function waitLimited(pid: number, limitMs: number, killSig = 9): number {
  if (limitMs <= 0) {
    const r = waitPid(pid);
    return r.pid < 0 ? 111 : rawStatus(r.status);
  }
  const deadline = Date.now() + limitMs;
  for (let delay = 1; ; delay = Math.min(delay * 2, 20)) {
    const r = waitPid(pid, true);
    if (r.pid === pid) return rawStatus(r.status);
    if (r.pid < 0) return 111;
    if (Date.now() >= deadline) {
      libc().kill(pid, killSig);
      waitPid(pid);
      return 99;
    }
    sleepMs(delay);
  }
}

export { sleepMs };
