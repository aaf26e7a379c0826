// el_modif_and_exec: continue with VAR set (or removed), either directly or,
// for -E, through `importas -ui -- VAR VAR prog...` (spec §1.9).
import type { Ctx, Next } from './command';

export function modifAndExec(ctx: Ctx, rest: string[], name: string, value: string | undefined, autoImport: boolean): Next {
  if (value === undefined) ctx.env.unset(name);
  else ctx.env.set(name, value);
  if (autoImport) return { exec: ['importas', '-ui', '--', name, name, ...rest] };
  return { exec: rest };
}
