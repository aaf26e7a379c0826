// What the substitution commands share: transform options, key checks, the pass.
import type { Ctx, Next } from './command';
import type { Opt } from './getopt';
import { Bindings, substArgv, transform, TransformOptions, DEFAULT_DELIMS, NetstringError } from '../expand/subst';

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

/** Transform a value; a malformed netstring list is EINVAL (exit 111). */
export function transformValue(ctx: Ctx, o: TransformOptions, value: string): string[] {
  try {
    return transform(value, o);
  } catch (e) {
    if (e instanceof NetstringError) ctx.fatal('unable to complete exlsn function: Invalid argument', 111);
    throw e;
  }
}

export function transformFromOpts(ctx: Ctx, opts: Opt[], value: string): string[] {
  return transformValue(ctx, transformOptions(opts), value);
}

/** Check keys (non-empty; duplicates are caught by the caller building the map). */
export function checkKey(ctx: Ctx, key: string): void {
  if (key === '') ctx.fatal('bad substitution key', 111);
}

/** Substitute the remainder and continue the chain (empty result → exit 0). */
export function substitute(ctx: Ctx, keys: Bindings, rest: string[]): Next {
  for (const k of keys.keys()) checkKey(ctx, k);
  const argv = substArgv(rest, keys);
  if (argv.length === 0) return { exit: 0 };
  return { exec: argv };
}
