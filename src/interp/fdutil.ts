// Helpers shared by the fd commands: the descriptor limit, and errors shaped
// like the native dup2/pipe failures on the virtual table.
import type { FdTable } from '../runtime/fds';
import { E } from '../runtime/errno';
import { libc } from '../runtime/libc';

const RLIMIT_NOFILE = 7;
let limitCache: number | undefined;

/** RLIMIT_NOFILE soft limit (dup2 onto an fd at or above it fails with EBADF). */
export function fdLimit(): number {
  if (limitCache !== undefined) return limitCache;
  // getrlimit, not /proc/self/limits: reading and parsing that costs ~0.4 ms at startup (fdmove -c 2 1 in every run script).
  const lim = new BigUint64Array(2); // struct rlimit { rlim_t cur, max; }
  if (libc().getrlimit(RLIMIT_NOFILE, lim) !== 0) return (limitCache = 1024);
  const soft = lim[0]; // RLIM_INFINITY is all ones
  limitCache = soft > 0x7fffffffn ? 0x7fffffff : Number(soft);
  return limitCache;
}

/** dup2(from, to) on the table: 0, or the errno the native call would give. */
export function dupTo(fds: FdTable, to: number, from: number): number {
  const r = fds.real(from);
  if (r === undefined || to >= fdLimit()) return E.EBADF;
  fds.set(to, r);
  fds.collect();
  return 0;
}

/** skalibs fd_move: dup2 then close(from); nothing when to = from. */
export function moveFd(fds: FdTable, to: number, from: number): number {
  if (to === from) return 0;
  const e = dupTo(fds, to, from);
  if (e) return e;
  fds.close(from);
  fds.collect();
  return 0;
}

/** Mirror of a Node fs error's errno, for fatalSys. */
export function errnoFrom(e: unknown): number {
  const n = (e as { errno?: number }).errno;
  return typeof n === 'number' ? Math.abs(n) : E.EIO;
}

const F_GETFL = 3, F_SETFL = 4, O_NONBLOCK = 0o4000;

/** ndelay_on/ndelay_off on a real fd: 0, or an errno. */
export function setNonblock(real: number | undefined, on: boolean): number {
  if (real === undefined) return E.EBADF;
  const L = libc();
  const fl = L.fcntl2(real, F_GETFL);
  if (fl < 0) return L.errno();
  const want = on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK;
  if (want !== fl && L.fcntl3(real, F_SETFL, want) < 0) return L.errno();
  return 0;
}
