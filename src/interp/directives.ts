// The substitution directives (spec §3, §4, §5). Each is both a command of its
// own (see directiveCommand) and a directive of multisubstitute.
import type { Ctx } from './command';
import type { Opt } from './getopt';
import { Directive, Failure, KeyTable, isFailure, transformOptions, tryTransform } from './substitution';
import { readBlock } from './blocks';
import { strictUint } from './numbers';
import { strerror } from '../runtime/errno';
import { globPaths, GLOB_ERR, GLOB_MARK, GLOB_NOSORT, GLOB_NOCHECK, GLOB_NOESCAPE } from '../runtime/glob';

const KEY: Failure = { fail: 'key' };
const SYNTAX: Failure = { fail: 'syntax' };

function badKey(key: string, table: KeyTable): boolean {
  return key === '' || table.has(key);
}

export const define: Directive = {
  name: 'define',
  options: 'NnsCcd:',
  apply(_ctx, opts, operands, table) {
    if (operands.length < 2) return SYNTAX;
    const [key, value] = operands;
    if (badKey(key, table)) return KEY;
    const vals = tryTransform(value, transformOptions(opts));
    if (isFailure(vals)) return vals;
    table.add(key, vals);
    return 2;
  },
};

/**
 * importas and the legacy import: the key is operand 0, the variable operand
 * `as` (1 for importas, 0 for import, where key and variable are one name).
 */
function importLike(ctx: Ctx, opts: Opt[], operands: string[], table: KeyTable, as: 0 | 1): number | Failure {
  if (operands.length < 1 + as) return SYNTAX;
  const key = operands[0];
  const name = operands[as];
  if (badKey(key, table)) return KEY;
  let insist = false;
  let unexport = false;
  let dflt: string | undefined;
  for (const o of opts) {
    if (o.c === 'i') insist = true;
    else if (o.c === 'u') unexport = true;
    else if (o.c === 'D') dflt = o.arg;
  }
  let value = ctx.env.get(name);
  if (value === undefined) {
    if (insist) ctx.fatal(`${name} not set`, 100);
    value = dflt;
  } else if (unexport) {
    table.unexport.push(name);
  }
  let vals: string[] = [];
  if (value !== undefined) {
    const t = tryTransform(value, transformOptions(opts));
    if (isFailure(t)) return t;
    vals = t;
  }
  table.add(key, vals);
  return 1 + as;
}

export const importas: Directive = {
  name: 'importas',
  options: 'iuD:NnsCcd:',
  apply: (ctx, opts, operands, table) => importLike(ctx, opts, operands, table, 1),
};

/** Legacy import (execline ≤ 2.4): its options had no -N. */
export const importDirective: Directive = {
  name: 'import',
  options: 'iuD:nsCcd:',
  apply: (ctx, opts, operands, table) => importLike(ctx, opts, operands, table, 0),
};

export const elglob: Directive = {
  name: 'elglob',
  options: 'vwsme0',
  apply(ctx, opts, operands, table) {
    let flags = GLOB_NOSORT | GLOB_NOCHECK;
    let verbose = false;
    for (const o of opts) {
      switch (o.c) {
        case 'v': verbose = true; break;
        case 'w': flags |= GLOB_ERR; break;
        case 's': flags &= ~GLOB_NOSORT; break;
        case 'm': flags |= GLOB_MARK; break;
        case 'e': flags |= GLOB_NOESCAPE; break;
        case '0': flags &= ~GLOB_NOCHECK; break;
      }
    }
    if (operands.length < 2) return SYNTAX;
    const [key, pattern] = operands;
    if (badKey(key, table)) return KEY;
    const onError = verbose
      ? (dir: string, e: number) => ctx.warn(`while globbing, error reading ${dir}: ${strerror(e)}`)
      : undefined;
    const r = globPaths(pattern, flags, onError);
    if ('errno' in r) return { fail: 'sys', errno: r.errno };
    table.add(key, r.paths);
    return 2;
  },
};

export const elgetpositionals: Directive = {
  name: 'elgetpositionals',
  options: 'P:',
  apply(ctx, opts, _operands, table) {
    let nmin = 0;
    for (const o of opts) {
      const v = strictUint(o.arg!);
      if (v === undefined) return SYNTAX;
      nmin = v;
    }
    const sharp = ctx.env.get('#');
    if (sharp === undefined) return KEY;
    const n = strictUint(sharp);
    if (n === undefined || table.has('#') || table.has('@')) return KEY;
    const strict = ctx.strict();
    if (strict && n < nmin) {
      const msg = `too few arguments: expected at least ${nmin} but got ${n}`;
      if (strict > 1) ctx.fatal(msg, 100);
      ctx.warn(msg);
    }
    const staged = new KeyTable();
    staged.add('#', [sharp]);
    const total = Math.max(n, nmin);
    for (let i = 0; i <= total; i++) {
      const name = String(i);
      if (table.has(name)) return KEY;
      const v = i <= n ? ctx.env.get(name) : '';
      if (v === undefined) return KEY;
      staged.add(name, [v]);
    }
    // '@' is the window over $1..$#, which follow $0 in the value list
    const base = table.values.length;
    for (const e of staged.entries) table.entries.push({ key: e.key, start: base + e.start, n: e.n });
    table.values.push(...staged.values);
    table.entries.push({ key: '@', start: base + 2, n });
    return 0;
  },
};

export const multidefine: Directive = {
  name: 'multidefine',
  options: '0rNnCcd:',
  apply(ctx, opts, operands, table) {
    let zeroWord = false;
    let likeRead = false;
    for (const o of opts) {
      if (o.c === '0') zeroWord = true;
      else if (o.c === 'r') likeRead = true;
    }
    if (operands.length < 2) return SYNTAX;
    const value = operands[0];
    const blk = readBlock(operands, 1, ctx.prog, ctx.env);
    if (blk && blk.words.length === 0) return { fail: 'empty' };
    if (!blk) return SYNTAX;
    const words = tryTransform(value, transformOptions(opts, true));
    if (isFailure(words)) return words;
    const base = table.values.length;
    const max = words.length;
    // the words, then one empty value that excess variables point to
    table.values.push(...words, '');
    const vars = blk.words;
    for (let i = 0; i < vars.length; i++) {
      const name = vars[i];
      if (name === '') continue;
      if (table.has(name)) return KEY;
      table.entries.push({ key: name, start: i < max ? base + i : base + max, n: i < max || !zeroWord ? 1 : 0 });
    }
    if (likeRead && vars.length < max) {
      // the last key added takes all the remaining words (native: whichever key that is)
      const last = table.entries[table.entries.length - 1];
      if (last) last.n = max - vars.length + 1;
    }
    return 1 + vars.length + 1;
  },
};

/** The directives multisubstitute knows; `import` is our addition (native 2.9.3.0 rejects it). */
export const DIRECTIVES: Directive[] = [define, importas, elglob, elgetpositionals, multidefine, importDirective];
