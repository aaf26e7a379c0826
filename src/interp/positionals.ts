// The positional-parameter stack kept in the environment (spec §2.6, emptyenv -P).
import { Env } from './env';
import { allDigits } from './numbers';

/** Names execlineb pushes: starting with a digit or '#'. */
export function isPositionalName(name: string): boolean {
  const c = name.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 35;
}

/** The depth suffix of NAME:k, if any: [base, k], or null when not of that form. */
function splitDepth(name: string, from: number): [string, number] | null | 'none' {
  const i = name.indexOf(':', from);
  if (i < 0) return 'none';
  const k = name.slice(i + 1);
  // uint_scan stops before overflow, so a too-big depth is "not a depth" natively
  if (!allDigits(k) || Number(k) > 4294967295) return null;
  return [name.slice(0, i), Number(k)];
}

/**
 * Push: rename NAME → NAME:1, NAME:k → NAME:(k+1) for every variable selected by
 * `select` (the part after `skip` chars is searched for ':'). Returns false if an
 * entry without '=' is selected (native: EINVAL).
 */
export function pushFrame(env: Env, select: (name: string) => boolean, skip: number): boolean {
  const out: string[] = [];
  for (const e of env.entries) {
    const eq = e.indexOf('=');
    const name = eq < 0 ? e : e.slice(0, eq);
    if (!select(name)) { out.push(e); continue; }
    if (eq < 0) return false;
    const val = e.slice(eq + 1);
    const d = splitDepth(name, skip);
    if (d === 'none') out.push(`${name}:1=${val}`);
    else if (d === null) out.push(e);
    else out.push(`${d[0]}:${d[1] + 1}=${val}`);
  }
  env.entries = out;
  return true;
}

export function pushPositionals(env: Env): boolean {
  return pushFrame(env, isPositionalName, 1);
}

/**
 * Pop: NAME removed; NAME:1 → NAME; NAME:k → NAME:(k-1) (k ≥ 2); NAME:0 or a
 * non-numeric suffix kept as is. Returns false (env untouched) if a selected
 * entry has no '=' (native: EINVAL).
 */
export function popFrame(env: Env, select: (name: string) => boolean, skip: number): boolean {
  const out: string[] = [];
  for (const e of env.entries) {
    const eq = e.indexOf('=');
    const name = eq < 0 ? e : e.slice(0, eq);
    if (!select(name)) { out.push(e); continue; }
    if (eq < 0) return false;
    const val = e.slice(eq + 1);
    const d = splitDepth(name, skip);
    if (d === 'none') continue;
    if (d === null || d[1] === 0) { out.push(e); continue; }
    const nn = d[1] === 1 ? d[0] : `${d[0]}:${d[1] - 1}`;
    out.push(`${nn}=${val}`);
  }
  env.entries = out;
  return true;
}

export function popPositionals(env: Env): boolean {
  return popFrame(env, isPositionalName, 1);
}
