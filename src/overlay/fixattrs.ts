// fix-attrs: apply `PATHGLOB RECURSE ACCOUNT FMODE DMODE` rules (spec §1.10.1).
// Decisions: D1 a last line without newline is applied; D2 an empty table exits 0.
import * as fs from 'node:fs';
import { libc, cstr } from '../runtime/libc';
import { strerror } from '../runtime/errno';
import { writeErr } from '../runtime/io';
import { errnoOf } from '../interp/errors';
import { resolveAccount } from './accounts';
import { b } from './util';

const FNM_PERIOD = 4;
const WILD = /[*?[]/;

/** glob(3) without sorting: wildcards never match a leading dot; no match → nothing. */
export function expandGlob(pattern: string): string[] {
  if (!WILD.test(pattern)) {
    try { fs.lstatSync(b(pattern)); return [pattern]; } catch { return []; }
  }
  const abs = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p) => p !== '');
  let paths = [abs ? '/' : ''];
  const L = libc();
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    const next: string[] = [];
    for (const base of paths) {
      const join = (n: string): string => (base === '' ? n : base.endsWith('/') ? base + n : `${base}/${n}`);
      if (!WILD.test(part)) {
        const p = join(part);
        try {
          const st = last ? fs.lstatSync(b(p)) : fs.statSync(b(p));
          if (last || st.isDirectory()) next.push(p);
        } catch { /* no such entry */ }
        continue;
      }
      let names: string[];
      try { names = fs.readdirSync(b(base === '' ? '.' : base), { encoding: 'buffer' }).map((n) => n.toString('latin1')); } catch { continue; }
      const pat = cstr(part);
      for (const n of names) {
        if (L.fnmatch(pat, cstr(n), FNM_PERIOD) !== 0) continue;
        const p = join(n);
        if (!last) { try { if (!fs.statSync(b(p)).isDirectory()) continue; } catch { continue; } }
        next.push(p);
      }
    }
    paths = next;
  }
  return paths;
}

type Mode = number | null | 'bad';
function parseMode(s: string | undefined): Mode {
  if (s === '-') return null;
  if (s !== undefined && /^[0-7]{1,4}$/.test(s)) return parseInt(s, 8);
  return 'bad';
}

interface Rule { uid: number; gid: number; fmode: Mode; dmode: Mode; recurse: boolean }

function applyPath(p: string, r: Rule, hidden: () => boolean): void {
  try {
    fs.chownSync(b(p), r.uid, r.gid);
  } catch (e) {
    writeErr(`s6-chown: fatal: unable to chown ${p}: ${strerror(errnoOf(e))}\n`);
  }
  let dir = false;
  try { dir = fs.statSync(b(p)).isDirectory(); } catch { /* dangling */ }
  const mode = dir ? r.dmode : r.fmode;
  if (mode === 'bad') writeErr('s6-chmod: usage: s6-chmod mode file\n');
  else if (mode !== null) {
    try {
      fs.chmodSync(b(p), mode);
    } catch (e) {
      writeErr(`s6-chmod: fatal: unable to change mode of ${p}: ${strerror(errnoOf(e))}\n`);
    }
  }
  if (!r.recurse || !dir) return;
  let names: string[];
  try { names = fs.readdirSync(b(p), { encoding: 'buffer' }).map((n) => n.toString('latin1')); } catch { return; }
  const withHidden = hidden();
  for (const n of names) {
    if (n.startsWith('.') && !withHidden) continue;
    applyPath(`${p}/${n}`, r, hidden);
  }
}

/** Apply a whole table; returns the exit status (always 0: rule failures are only reported). */
export function fixAttrs(table: string, hidden: () => boolean): number {
  const lines = table.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    if (line === '') continue;
    const f = line.split(/[ \t]+/);
    if (f.length < 5) {
      writeErr(`fix-attrs: warning: ignoring a line with fewer than 5 fields: ${line}\n`);
      continue;
    }
    const [glob, recurse, account, fmode, dmode] = f;
    const acct = resolveAccount(account);
    if ('error' in acct) {
      writeErr(`s6-envuidgid: fatal: ${acct.error}\n`);
      continue;
    }
    const rule: Rule = { uid: acct[0], gid: acct[1], fmode: parseMode(fmode), dmode: parseMode(dmode), recurse: recurse === 'true' };
    for (const p of expandGlob(glob)) applyPath(p, rule, hidden);
  }
  return 0;
}
