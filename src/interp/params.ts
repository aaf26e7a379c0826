// Reading the positional parameters (#, 0, 1, ...) from the environment, with
// the native diagnostics of shift, runblock, dollarat, elgetopt.
import type { Ctx } from './command';
import { strictUint } from './numbers';

/** The value of `#`: unset → "# not set", not a strict uint → "invalid $#" (both 100). */
export function readSharp(ctx: Ctx): number {
  const x = ctx.env.get('#');
  if (x === undefined) ctx.fatal('# not set', 100);
  const n = strictUint(x);
  if (n === undefined) ctx.fatal('invalid $#', 100);
  return n;
}

/** Positional parameter i, which must be set ("i not set", 100). */
export function readParam(ctx: Ctx, i: number): string {
  const x = ctx.env.get(String(i));
  if (x === undefined) ctx.fatal(`${i} not set`, 100);
  return x;
}
