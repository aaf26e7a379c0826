// The container environment (/var/run/s6/container_environment) and the other
// envdirs of the overlay. Light on purpose: the per-service helpers use it.
import * as fs from 'node:fs';
import { writeErr, dirNames, readFileBytes } from '../runtime/io';
import { modeOf, canAccess, S_IFMT, S_IFREG } from '../runtime/stat';

export const S6_RUN = '/var/run/s6';
export const CONTENV = `${S6_RUN}/container_environment`;
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const b = (s: string): Buffer => Buffer.from(s, 'latin1');
const ENOENT = 2, X_OK = 1;

// Envdirs are read through libc (runtime/io.ts), not Node's fs: with-contenv runs at every
// start of a service that uses it, and the first uses of fs's readdir, stat and readFile
// cost such a start ~1.2 ms. Failures are thrown as { errno } (errnoOf reads it).
const failure = (errno: number, what: string): Error => Object.assign(new Error(`${what}: errno ${errno}`), { errno });

const isFile = (p: string): boolean => {
  const mode = modeOf(p);
  return mode !== undefined && (mode & S_IFMT) === S_IFREG;
};

/** A file's bytes, or a thrown { errno }. */
function fileText(p: string): string {
  const r = readFileBytes(p);
  if (typeof r !== 'string') throw failure(r.errno, p);
  return r;
}

/** Raw "NAME=VALUE" entries of this process (byte strings). */
export function rawEnviron(): string[] {
  const s = fs.readFileSync('/proc/self/environ', 'latin1');
  return s === '' ? [] : s.split('\0').filter((e) => e !== '');
}

export function envGet(env: string[], name: string): string | undefined {
  const p = name + '=';
  for (const e of env) if (e.startsWith(p)) return e.slice(p.length);
  return undefined;
}

export function envSet(env: string[], name: string, value: string | undefined): string[] {
  const p = name + '=';
  const out = env.filter((e) => !e.startsWith(p));
  if (value !== undefined) out.push(p + value);
  return out;
}

/** s6-test's integer scan: optional sign then digits, trailing junk ignored. */
export function scanInt(v: string): number | undefined {
  const m = /^[+-]?\d+/.exec(v);
  return m ? parseInt(m[0], 10) : undefined;
}

/** S6_KEEP_ENV from the real environment (defect D9: non-numeric → warning, default 0). */
export function keepEnv(env: string[], prog: string): boolean {
  const v = envGet(env, 'S6_KEEP_ENV');
  if (v === undefined) return false;
  const n = scanInt(v);
  if (n === undefined) {
    warnNonNumeric(prog, 'S6_KEEP_ENV', v, '0');
    return false;
  }
  return n !== 0;
}

/** Variables already warned about during this boot, by any stage (stage 1 empties it). */
export const WARNED_FILE = `${S6_RUN}/.warned`;
const warned = new Set<string>();
/** Defect D9: one warning per variable, then the default is used. */
export function warnNonNumeric(prog: string, name: string, value: string, dflt: string): void {
  if (warned.has(name)) return;
  warned.add(name);
  try {
    if (fs.readFileSync(WARNED_FILE, 'latin1').split('\n').includes(name)) return;
  } catch { /* none yet */ }
  try { fs.appendFileSync(WARNED_FILE, name + '\n'); } catch { /* read-only: may warn again */ }
  writeErr(`${prog}: warning: ${name} is not a number (${JSON.stringify(value)}): using the default ${dflt}\n`);
}

/**
 * printcontenv semantics: the value as the overlay scripts see it (output minus
 * one trailing newline), or undefined when printcontenv would fail.
 */
export function contenvValue(name: string, env: string[], prog: string): string | undefined {
  if (keepEnv(env, prog)) return envGet(env, name);
  const p = `${CONTENV}/${name}`;
  if (!isFile(p)) return undefined;
  const s = readFileBytes(p);
  if (typeof s !== 'string') return undefined;
  return s.endsWith('\n') ? s.slice(0, -1) : s;
}

/** A numeric S6_* setting read through printcontenv, with the D9 rule. */
export function contenvNum(name: string, dflt: number, env: string[], prog: string): number {
  const v = contenvValue(name, env, prog);
  if (v === undefined) return dflt;
  const n = scanInt(v);
  if (n === undefined) {
    warnNonNumeric(prog, name, v, String(dflt));
    return dflt;
  }
  return n;
}

function listDir(dir: string): string[] {
  const names = dirNames(dir);
  if (typeof names === 'number') throw failure(-names, dir);
  return names.sort();
}

/**
 * Load a directory as environment, justc-envdir style: every file not starting
 * with '.' and without '=', value = whole content up to the first NUL.
 * Legacy (s6-envdir -fn): empty file removes, NUL → newline, 4095-byte cap.
 */
export function readContenvDir(dir: string, legacy = false): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const name of listDir(dir)) {
    if (name.startsWith('.') || name.includes('=')) continue;
    if (!isFile(`${dir}/${name}`)) continue;
    let v = fileText(`${dir}/${name}`);
    if (legacy) {
      if (v.length > 4095) v = v.slice(0, 4095);
      if (v === '') { out.set(name, undefined); continue; }
      v = v.replace(/\0/g, '\n');
    } else {
      const z = v.indexOf('\0');
      if (z >= 0) v = v.slice(0, z);
    }
    out.set(name, v);
  }
  return out;
}

/** s6-envdir semantics (first line, trailing blanks trimmed, NUL → newline, empty file = unset). */
export function applyEnvdir(env: string[], dir: string, loose: boolean): string[] {
  let names: string[];
  try {
    names = listDir(dir);
  } catch (e) {
    if (loose && (e as { errno: number }).errno === ENOENT) return env;
    throw e;
  }
  for (const name of names) {
    if (name.startsWith('.') || name.includes('=')) continue;
    const p = `${dir}/${name}`;
    if (!isFile(p)) continue;
    let v = fileText(p);
    if (v === '') { env = envSet(env, name, undefined); continue; }
    const nl = v.indexOf('\n');
    if (nl >= 0) v = v.slice(0, nl);
    v = v.replace(/[ \t\r\n\v\f]+$/, '').replace(/\0/g, '\n');
    env = envSet(env, name, v);
  }
  return env;
}

/** Replace the environment by the container environment (with-contenv). */
export function containerEnv(legacy = false): string[] {
  const m = readContenvDir(CONTENV, legacy);
  const out: string[] = [];
  for (const [k, v] of m) if (v !== undefined) out.push(`${k}=${v}`);
  return out;
}

/** Write NAME=VALUE as a file atomically (temp + rename), mode 0644. */
export function writeEnvFile(dir: string, name: string, value: string): void {
  const tmp = `${dir}/.${name}.${process.pid}.tmp`;
  const fd = fs.openSync(b(tmp), 'w', 0o644);
  try {
    fs.writeSync(fd, b(value));
    fs.fchmodSync(fd, 0o644);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(b(tmp), b(`${dir}/${name}`));
}

/** Look a program up in a PATH value (what execvp would run), or undefined. */
export function lookupIn(file: string, pathVar: string | undefined): string | undefined {
  if (file.includes('/')) return file;
  for (const dir of (pathVar ?? '/usr/bin:/bin').split(':')) {
    if (!dir) continue;
    const full = `${dir}/${file}`;
    if (canAccess(full, X_OK) && isFile(full)) return full;
  }
  return undefined;
}
