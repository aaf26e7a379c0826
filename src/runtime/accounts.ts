// The account databases and process credentials, through libc: getpwnam,
// getgrnam and getgrouplist go through NSS exactly as the native s6 tools do (so a
// bind-mounted /etc/passwd, or another NSS source, gives the same answers).
// The structs are decoded by offset (glibc, LP64):
//   struct passwd { char *pw_name; char *pw_passwd; uid_t pw_uid; gid_t pw_gid; ... }
//   struct group  { char *gr_name; char *gr_passwd; gid_t gr_gid; ... }
import { libc, cArg, NR } from './libc';

const PTR = 8;
const PW_UID = 2 * PTR, PW_GID = 2 * PTR + 4;
const GR_GID = 2 * PTR;
const ERANGE = 34;

export interface PasswdEntry { uid: number; gid: number }

/**
 * getpwnam: the user's uid and primary gid, or undefined. Through getpwnam_r, into arrays of
 * ours read as they are (decoding getpwnam's pointer cost a start two koffi type lookups).
 */
export function userByName(name: string): PasswdEntry | undefined {
  const L = libc();
  const pwd = new Uint32Array(12); // struct passwd: 48 bytes
  const result = new Uint32Array(2); // the struct passwd * it sets: null if none
  for (let size = 4096; size <= 1 << 22; size *= 4) {
    const r = L.getpwnam_r(cArg(name), 'void *', pwd, 'void *', new Uint8Array(size), 'long', size, 'void *', result);
    if (r === ERANGE) continue; // the strings did not fit
    if (r !== 0 || (result[0] === 0 && result[1] === 0)) return undefined;
    return { uid: pwd[PW_UID / 4], gid: pwd[PW_GID / 4] };
  }
  return undefined;
}

/** getgrnam: the group's gid, or undefined. */
export function groupByName(name: string): number | undefined {
  const L = libc();
  const g = L.getgrnam(cArg(name));
  if (!g) return undefined;
  return L.koffi.decode(g, GR_GID, 'uint32');
}

/**
 * The gids of every group (in database order) that lists `user` as a member,
 * at most `max`. Returns -errno if the enumeration failed.
 * One getgrouplist call (NSS's initgroups): walking getgrent from here costs a
 * libc call and several decodes per group, ~0.5 ms for a usual /etc/group. The
 * group it must be given comes first in its answer: a gid no group can have
 * ((gid_t)-1), dropped again.
 */
export function supplementaryGroups(user: string, max = 65536): number[] | number {
  const L = libc();
  const NO_GID = 0xffffffff;
  for (let room = 64; ; room *= 4) {
    const buf = new Uint32Array(room);
    const n = new Int32Array([room]);
    L.koffi.errno(0);
    const r = L.getgrouplist(cArg(user), 'long', NO_GID, 'void *', buf, 'void *', n);
    if (r < 0 && n[0] > room) continue; // too small: n[0] says how much is needed
    if (r < 0) return -(L.errno() || 12 /* ENOMEM */);
    const out: number[] = [];
    for (let i = 0; i < n[0] && out.length < max; i++) if (buf[i] !== NO_GID) out.push(buf[i]);
    return out;
  }
}

export function effectiveGid(): number {
  return libc().getegid();
}

// Credentials change through the raw system calls, for the calling thread only.
// The C library's setuid/setgid/setgroups must also change every other thread
// of the process (POSIX): glibc and musl signal each of Node's ~6 threads and
// wait for them, ~0.15 ms per call, paid by every `s6-setuidgid` service start.
// Node's other threads never act for the script (all I/O here is synchronous,
// on the main thread), the programs we start are spawned from the main thread
// (so they inherit its credentials), and the exec that follows keeps only the
// main thread.

export type CredentialStep = 'setgroups' | 'setgid' | 'setuid';

/**
 * setgroups(2) with `groups` (if given), then setgid(2) and setuid(2) unless 0 ("leave as is").
 * The first failure: its step and errno; null if all went through. One function: the build's
 * warm-up runs it as root with nothing to change, and V8 then has the whole of it in the code
 * cache (a service start dropping to another account does not compile it again).
 */
export function changeCredentials(groups: number[] | undefined, gid: number, uid: number): [CredentialStep, number] | null {
  const L = libc();
  if (groups !== undefined) {
    const arr = new Uint32Array(groups.length || 1);
    for (let i = 0; i < groups.length; i++) arr[i] = groups[i];
    if (L.syscall(NR.setgroups, 'long', groups.length, 'void *', arr) < 0) return ['setgroups', L.errno()];
  }
  if (gid && L.syscall(NR.setgid, 'long', gid) < 0) return ['setgid', L.errno()];
  if (uid && L.syscall(NR.setuid, 'long', uid) < 0) return ['setuid', L.errno()];
  return null;
}
