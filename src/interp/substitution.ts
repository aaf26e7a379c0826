// What the substitution commands share (spec §3): the key table that the
// directives (define, importas, import, elglob, elgetpositionals, multidefine)
// fill, alone or inside multisubstitute, and the final substitute-and-exec.
import type { Command, Ctx, Next } from './command';
import type { Opt } from './getopt';
import { Bindings, substArgv, transform, TransformOptions, DEFAULT_DELIMS, NetstringError } from '../expand/subst';

export const EINVAL = 22;

interface Entry {
  key: string;
  /** index of the first value in KeyTable.values */
  start: number;
  /** number of values */
  n: number;
}

/**
 * Keys and their values, laid out as natively: one flat list of values, each
 * key a window into it. The layout matters for one quirk: `multidefine -r`
 * widens the window of the last key added, which may belong to an earlier
 * directive and then spans into the following values.
 */
export class KeyTable {
  values: string[] = [];
  entries: Entry[] = [];
  /** variables to remove from the environment of the exec'd program (importas -u) */
  unexport: string[] = [];

  has(key: string): boolean {
    return this.entries.some((e) => e.key === key);
  }

  add(key: string, vals: string[]): void {
    this.entries.push({ key, start: this.values.length, n: vals.length });
    for (const v of vals) this.values.push(v);
  }

  bindings(): Bindings {
    const b: Bindings = new Map();
    for (const e of this.entries) {
      if (!b.has(e.key)) b.set(e.key, this.values.slice(e.start, e.start + e.n));
    }
    return b;
  }
}

/** Why a directive failed: native exlsn codes -1 (sys), -2 (key), -3 (syntax), -4 (empty block). */
export type Failure =
  | { fail: 'sys'; errno: number }
  | { fail: 'key' }
  | { fail: 'syntax' }
  | { fail: 'empty' };

export interface Directive {
  name: string;
  /** skalibs optstring of the directive (same as the command's) */
  options: string;
  /** Add keys to the table; returns the number of operands consumed, or a failure. */
  apply(ctx: Ctx, opts: Opt[], operands: string[], table: KeyTable): number | Failure;
}

export function isFailure<T>(r: T | Failure): r is Failure {
  return typeof r === 'object' && r !== null && !Array.isArray(r) && 'fail' in r;
}

export function transformOptions(opts: Opt[], split = false): TransformOptions {
  const o: TransformOptions = { delims: DEFAULT_DELIMS, crunch: false, chomp: false, split };
  for (const x of opts) {
    switch (x.c) {
      case 'N': o.chomp = false; break;
      case 'n': o.chomp = true; break;
      case 's': o.split = true; break;
      case 'C': o.crunch = true; break;
      case 'c': o.crunch = false; break;
      case 'd': o.delims = x.arg!; break;
    }
  }
  return o;
}

/** Transform a value (spec §3.4); a malformed netstring list is EINVAL. */
export function tryTransform(value: string, o: TransformOptions): string[] | Failure {
  try {
    return transform(value, o);
  } catch (e) {
    if (e instanceof NetstringError) return { fail: 'sys', errno: EINVAL };
    throw e;
  }
}

/** Substitute the remainder with the table's keys, drop the unexported variables, continue the chain. */
export function finish(ctx: Ctx, table: KeyTable, rest: string[]): Next {
  const argv = substArgv(rest, table.bindings());
  if (argv.length === 0) return { exit: 0 };
  for (const name of table.unexport) {
    // an env_merge modification: a name with '=' would be an assignment
    const eq = name.indexOf('=');
    if (eq < 0) ctx.env.unset(name);
    else ctx.env.set(name.slice(0, eq), name.slice(eq + 1));
  }
  return { exec: argv };
}

/** A command made of one directive over its own argv (native exlsn_main). */
export function directiveCommand(d: Directive, usage: string, names = [d.name]): Command {
  return {
    names,
    usage,
    options: d.options,
    run(ctx) {
      const table = new KeyTable();
      const r = d.apply(ctx, ctx.opts, ctx.args, table);
      if (isFailure(r)) {
        switch (r.fail) {
          case 'empty': ctx.fatal('empty block', 100); break;
          case 'syntax': ctx.usage(); break;
          case 'key': ctx.fatal('bad substitution key', 111); break;
          case 'sys': ctx.fatalSys('unable to complete exlsn function', r.errno, 111); break;
        }
      }
      return finish(ctx, table, ctx.args.slice(r as number));
    },
  };
}
