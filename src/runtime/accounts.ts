// The account databases and process credentials, through libc: getpwnam,
// getgrnam and getgrent go through NSS exactly as the native s6 tools do (so a
// bind-mounted /etc/passwd, or another NSS source, gives the same answers).
// The structs are decoded by offset (glibc, LP64):
//   struct passwd { char *pw_name; char *pw_passwd; uid_t pw_uid; gid_t pw_gid; ... }
//   struct group  { char *gr_name; char *gr_passwd; gid_t gr_gid; char **gr_mem; }
import { libc, cstr } from './libc';

const PTR = 8;
const PW_UID = 2 * PTR, PW_GID = 2 * PTR + 4;
const GR_GID = 2 * PTR, GR_MEM = 3 * PTR;

export interface PasswdEntry { uid: number; gid: number }

/** getpwnam: the user's uid and primary gid, or undefined. */
export function userByName(name: string): PasswdEntry | undefined {
  const L = libc();
  const p = L.getpwnam(cstr(name));
  if (!p) return undefined;
  return { uid: L.koffi.decode(p, PW_UID, 'uint32'), gid: L.koffi.decode(p, PW_GID, 'uint32') };
}

/** getgrnam: the group's gid, or undefined. */
export function groupByName(name: string): number | undefined {
  const L = libc();
  const g = L.getgrnam(cstr(name));
  if (!g) return undefined;
  return L.koffi.decode(g, GR_GID, 'uint32');
}

/**
 * The gids of every group (in database order) that lists `user` as a member,
 * at most `max`. Returns -errno if the enumeration failed.
 */
export function supplementaryGroups(user: string, max = 65536): number[] | number {
  const L = libc();
  const k = L.koffi;
  const out: number[] = [];
  let err = 0;
  L.setgrent();
  for (;;) {
    if (out.length >= max) break;
    k.errno(0);
    const g = L.getgrent();
    if (!g) { err = L.errno(); break; }
    const mem = k.decode(g, GR_MEM, 'void *');
    for (let i = 0; mem; i++) {
      if (!k.decode(mem, i * PTR, 'void *')) break;
      // decode reads the char * stored at mem[i]
      const m = Buffer.from(k.decode(mem, i * PTR, 'const char *') as string, 'utf8').toString('latin1');
      if (m === user) { out.push(k.decode(g, GR_GID, 'uint32')); break; }
    }
  }
  L.endgrent();
  return err ? -err : out;
}

export function effectiveGid(): number {
  return libc().getegid();
}

/** setgroups(2) with exactly this list. Returns 0 or errno. */
export function setGroups(list: number[]): number {
  const L = libc();
  const arr = new Uint32Array(list.length || 1);
  list.forEach((g, i) => { arr[i] = g; });
  return L.setgroups(list.length, arr) < 0 ? L.errno() : 0;
}

export function setGid(gid: number): number {
  const L = libc();
  return L.setgid(gid) < 0 ? L.errno() : 0;
}

export function setUid(uid: number): number {
  const L = libc();
  return L.setuid(uid) < 0 ? L.errno() : 0;
}
