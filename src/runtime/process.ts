// The one place where processes are made: exec, spawn, wait, pipes.
// Everything goes through libc (koffi) so that fds, env order, argv bytes and
// signal dispositions are exactly what the chain set up.
import * as fs from 'node:fs';
import { libc, cArg, cStrings, Libc } from './libc';
import { FdTable } from './fds';
import { setErrFd } from './io';

export const SIGPIPE = 13;
export const SIGXFSZ = 25;
const F_SETFD = 2, F_DUPFD_CLOEXEC = 1030;
const O_CLOEXEC = 0o2000000;
const POSIX_SPAWN_SETSIGDEF = 4, POSIX_SPAWN_SETSIGMASK = 8, POSIX_SPAWN_SETSID = 0x80;
export const ENOENT = 2, EACCES = 13, EPERM = 1, EISDIR = 21, ENOTDIR = 20, EINTR = 4, ECHILD = 10;

/** What a program runs with, apart from argv. */
export interface ProcSpec {
  env: string[];          // "NAME=VALUE" byte strings, in order
  cwd: string;
  umask: number;
  fds: FdTable;
}

export interface SpawnOptions {
  /** PATH used for lookup (the PATH of the process doing the exec, spec §1.5) */
  path: string | undefined;
  argv0?: string;
  setsid?: boolean;
}

let realCwd: string | null = null;
let realUmask: number | null = null;

/** Make the real process cwd/umask those of the program about to act. */
export function syncCwdUmask(spec: { cwd: string; umask: number }): void {
  if (realCwd !== spec.cwd) {
    process.chdir(spec.cwd);
    realCwd = spec.cwd;
  }
  if (realUmask !== spec.umask) {
    libc().umask(spec.umask);
    realUmask = spec.umask;
  }
}

export function noteCwd(cwd: string): void {
  realCwd = cwd;
}

/** The process's umask (read by setting it twice, as umask(2) wants), noted as the real one. */
export function currentUmask(): number {
  const L = libc();
  const mask = Number(L.umask(0o22));
  L.umask(mask);
  realUmask = mask;
  return mask;
}

function candidates(file: string, pathVar: string | undefined): string[] {
  if (file.includes('/')) return [file];
  const p = pathVar === undefined ? '/usr/bin:/bin' : pathVar;
  const out: string[] = [];
  for (const dir of p.split(':')) if (dir !== '') out.push(dir.endsWith('/') ? dir + file : `${dir}/${file}`);
  return out;
}

/** Try each PATH candidate with `attempt`; ENOENT moves on, EACCES-like errors are remembered. */
function searchPath(file: string, pathVar: string | undefined, attempt: (full: string) => number): number {
  let remembered = 0;
  const list = candidates(file, pathVar);
  if (list.length === 0) return ENOENT;
  for (const full of list) {
    const err = attempt(full);
    if (err === 0) return 0;
    if (err === ENOENT) continue;
    if (err === EACCES || err === EPERM || err === EISDIR || err === ENOTDIR) { remembered = err; continue; }
    return err;
  }
  return remembered || ENOENT;
}

/**
 * Copy every source descriptor of the table above all the numbers involved
 * (close-on-exec), so laying them onto their virtual numbers can never clobber
 * a source that is itself a target. Returns [virtual, temporary] pairs.
 */
function dupAboveTable(L: Libc, fds: FdTable): [number, number][] {
  let floor = 64;
  for (const [v, r] of fds.map) floor = Math.max(floor, v + 1, r + 1);
  const out: [number, number][] = [];
  for (const [v, r] of fds.map) {
    const t = L.fcntl3(r, F_DUPFD_CLOEXEC, floor);
    if (t >= 0) out.push([v, t]);
  }
  return out;
}

/** Whether some fd the table puts at a new number is, now, the source of another. */
function replacesASource(map: Map<number, number>): boolean {
  for (const v of map.keys()) {
    if (map.get(v) === v) continue;
    for (const r of map.values()) if (r === v) return true;
  }
  return false;
}

/** Lay the virtual table onto the real descriptor numbers (exec time only). */
function applyTable(L: Libc, fds: FdTable): void {
  const map = fds.map;
  // No fd to be replaced is the source of another (the usual run script, `fdmove -c 2 1`):
  // dup2 each in place; an fd already at its number only has close-on-exec to clear.
  // (Keys and get, not [v, r] entries: destructuring runs the iterator protocol, dear on a start.)
  if (!replacesASource(map)) {
    for (const v of map.keys()) {
      const r = map.get(v)!;
      if (v === r) L.fcntl3(v, F_SETFD, 0);
      else {
        L.dup2(r, v); // the copy is not close-on-exec
        map.set(v, v); // (an existing key: the iteration goes on as it was)
      }
    }
    setErrFd(map.has(2) ? 2 : null);
    return;
  }
  const tmp = dupAboveTable(L, fds);
  for (const [v, t] of tmp) {
    L.dup2(t, v);
    L.close(t);
  }
  // The real numbers now are the virtual ones: if the exec fails (tryexec goes
  // on), the table must describe what is really there.
  fds.map = new Map(tmp.map(([v]) => [v, v]));
  setErrFd(fds.map.has(2) ? 2 : null);
}

function resetSignalsForExec(L: Libc): void {
  L.signal(SIGPIPE, null);
  L.signal(SIGXFSZ, null);
}

/**
 * Replace the process. Returns only on failure, with the errno.
 */
export function execProgram(argv: string[], spec: ProcSpec, opts: SpawnOptions): number {
  const L = libc();
  syncCwdUmask(spec);
  applyTable(L, spec.fds);
  resetSignalsForExec(L);
  const args = [opts.argv0 ?? argv[0], ...argv.slice(1)];
  const cargv = cStrings(args);
  const cenv = cStrings(spec.env);
  return searchPath(argv[0], opts.path, (full) => {
    L.execve(cArg(full), cargv, cenv);
    return L.errno();
  });
}

// The signal sets a child gets: SIGPIPE and SIGXFSZ back to their defaults (Node ignores them),
// and an empty mask. sigset_t is a bit array of unsigned longs, signal n at bit n - 1: written here
// (little-endian, as x86-64 and arm64 are) rather than by sigemptyset/sigaddset, two bindings fewer.
// (256 bytes: glibc's and musl's sigset_t are 128.)
const sigDefault = new Uint8Array(256);
sigDefault[(SIGPIPE - 1) >> 3] |= 1 << ((SIGPIPE - 1) & 7);
sigDefault[(SIGXFSZ - 1) >> 3] |= 1 << ((SIGXFSZ - 1) & 7);
const sigEmpty = new Uint8Array(256);

/** Start a program as a child with exactly the table's fds. Returns pid, or -errno. */
export function spawnProgram(argv: string[], spec: ProcSpec, opts: SpawnOptions): number {
  const L = libc();
  syncCwdUmask(spec);
  // (plain arrays: glibc's posix_spawn_file_actions_t is 80 bytes, its attributes 336)
  const fa = new Uint8Array(1024);
  const attr = new Uint8Array(1024);
  L.fa_init(fa);
  L.attr_init(attr);
  L.attr_setflags(attr, 'int', POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | (opts.setsid ? POSIX_SPAWN_SETSID : 0));
  L.attr_setsigdefault(attr, 'void *', sigDefault);
  L.attr_setsigmask(attr, 'void *', sigEmpty);
  const tmps = dupAboveTable(L, spec.fds);
  for (const [v, t] of tmps) L.fa_adddup2(fa, 'int', t, 'int', v);
  const args = [opts.argv0 ?? argv[0], ...argv.slice(1)];
  const cargv = cStrings(args);
  const cenv = cStrings(spec.env);
  const pid = new Int32Array(1);
  const err = searchPath(argv[0], opts.path,
    (full) => L.posix_spawn(pid, 'const char *', cArg(full), 'void *', fa, 'void *', attr, 'const char **', cargv, 'const char **', cenv));
  for (const [, t] of tmps) L.close(t);
  L.fa_destroy(fa);
  L.attr_destroy(attr);
  return err === 0 ? pid[0] : -err;
}

/** Wait for a child. Returns the raw wait status, or -errno. */
export function waitPid(pid: number, nohang = false): { pid: number; status: number } {
  const L = libc();
  const st = new Int32Array(1);
  for (;;) {
    const r = L.waitpid(pid, 'void *', st, 'int', nohang ? 1 : 0);
    if (r < 0) {
      const e = L.errno();
      if (e === EINTR) continue;
      return { pid: -e, status: 0 };
    }
    return { pid: r, status: st[0] };
  }
}

/** skalibs wait_status: exit code, or 256 + signal. */
export function rawStatus(ws: number): number {
  const sig = ws & 0x7f;
  return sig === 0 ? (ws >> 8) & 0xff : 256 + sig;
}

/** skalibs wait_estatus: 128+signal, 128 for codes ≥ 128, else the code. */
export function approxStatus(raw: number): number {
  if (raw >= 256) return 128 + (raw - 256);
  return raw >= 128 ? 128 : raw;
}

/** A close-on-exec pipe: [read, write]. */
export function makePipe(): [number, number] {
  const L = libc();
  const fds = new Int32Array(2);
  if (L.pipe(fds, 'int', O_CLOEXEC) < 0) {
    const e = L.errno();
    throw Object.assign(new Error('pipe'), { errno: -e });
  }
  return [fds[0], fds[1]];
}

export function closeFd(fd: number): void {
  try { fs.closeSync(fd); } catch { /* already closed */ }
}

/** Mark inherited descriptors close-on-exec so only the table decides what children get. */
export function markCloexec(fds: number[]): void {
  const L = libc();
  for (const fd of fds) if (fd > 15) L.fcntl3(fd, F_SETFD, 1);
}
