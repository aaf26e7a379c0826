// The truth test shared by if, ifelse, ifte, ifthenelse: spawn, wait, judge.
import type { Ctx } from './command';
import { SpawnFailure } from './command';
import { approxStatus } from '../runtime/process';
import { strerror } from '../runtime/errno';

/**
 * Run words as a child and return the approximated exit code. A crash dies
 * unless crashOk (-X); an unspawnable command dies with 111.
 */
export function runTest(ctx: Ctx, words: string[], crashOk: boolean, spawnMsg?: (e: SpawnFailure) => void): number {
  let raw: number;
  try {
    raw = ctx.run(words.length ? words : ['exit', '0']);
  } catch (e) {
    if (!(e instanceof SpawnFailure)) throw e;
    if (spawnMsg) spawnMsg(e);
    ctx.fatal(`unable to spawn ${e.argv0}: ${strerror(e.errno)}`, 111);
  }
  if (raw >= 256 && !crashOk) ctx.fatal(`child crashed with signal ${raw - 256}`, 128 + raw - 256);
  return approxStatus(raw);
}
