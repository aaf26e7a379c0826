// User and group lookups from /etc/passwd and /etc/group (what s6-envuidgid
// sees in a container, where NSS is the files).
import * as fs from 'node:fs';

export interface User { name: string; uid: number; gid: number }

function table(file: string): string[][] {
  let s: string;
  try { s = fs.readFileSync(file, 'latin1'); } catch { return []; }
  return s.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(':'));
}

export function userByName(name: string): User | undefined {
  for (const f of table('/etc/passwd')) {
    if (f[0] === name && f.length >= 4) return { name, uid: Number(f[2]), gid: Number(f[3]) };
  }
  return undefined;
}

export function groupByName(name: string): number | undefined {
  for (const f of table('/etc/group')) if (f[0] === name && f.length >= 3) return Number(f[2]);
  return undefined;
}

/** Supplementary groups of a user (the groups listing it as a member). */
export function groupsOf(user: User): number[] {
  const out: number[] = [];
  for (const f of table('/etc/group')) {
    if (f.length >= 4 && f[3].split(',').includes(user.name)) out.push(Number(f[2]));
  }
  return out;
}

const NUMERIC = /^\d+$/;

/**
 * fix-attrs account syntax `ACCT[,UID:GID]` with s6-envuidgid semantics
 * (spec §1.10.1). Returns [uid, gid] or an error message.
 */
export function resolveAccount(spec: string): [number, number] | { error: string } {
  const comma = spec.indexOf(',');
  const acct = comma < 0 ? spec : spec.slice(0, comma);
  let fb: [number, number] | undefined;
  if (comma >= 0) {
    const f = spec.slice(comma + 1);
    const c = f.indexOf(':');
    const u = c < 0 ? f : f.slice(0, c);
    const g = c < 0 ? '0' : f.slice(c + 1);
    fb = [parseInt(u, 10) || 0, parseInt(g, 10) || 0];
  }
  const colon = acct.indexOf(':');
  if (colon < 0) {
    const u = userByName(acct);
    if (u) return [u.uid, u.gid];
    return fb ?? { error: `unknown user: ${acct}` };
  }
  const un = acct.slice(0, colon);
  const gn = acct.slice(colon + 1);
  let uid: number | undefined;
  let gid: number | undefined;
  if (un === '') uid = fb ? fb[0] : 0;
  else uid = userByName(un)?.uid ?? (NUMERIC.test(un) ? Number(un) : undefined) ?? fb?.[0];
  if (uid === undefined) return { error: `unknown user: ${un}` };
  if (gn === '') gid = fb ? fb[1] : 0;
  else gid = groupByName(gn) ?? (NUMERIC.test(gn) ? Number(gn) : undefined) ?? fb?.[1];
  if (gid === undefined) return { error: `unknown group: ${gn}` };
  return [uid, gid];
}

/** `nobody` with its primary gid and groups, or the overlay's 32768 fallback. */
export function nobody(): { uid: number; gid: number; groups: number[] } {
  const u = userByName('nobody');
  if (!u) return { uid: 32768, gid: 32768, groups: [] };
  return { uid: u.uid, gid: u.gid, groups: groupsOf(u) };
}
