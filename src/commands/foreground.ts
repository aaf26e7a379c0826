// foreground: run a block, wait, continue with ? set to its raw status.
import type { Command, Ctx } from '../interp/command';
import { SpawnFailure } from '../interp/command';
import { needBlock } from '../interp/blocks';
import { strerror } from '../runtime/errno';

const foreground: Command = {
  names: ['foreground'],
  usage: 'foreground { prog1... } prog2...',
  run(ctx: Ctx) {
    const b = needBlock(ctx.argv, 1, ctx.prog, ctx.env);
    const status = runOrWarn(ctx, b.words);
    const rest = ctx.argv.slice(b.next);
    if (rest.length === 0) return { exit: 0 };
    ctx.env.set('?', String(status));
    return { exec: rest };
  },
};

/** Spawn and wait; an unspawnable block is a warning and status 127. */
export function runOrWarn(ctx: import('../interp/command').Ctx, words: string[]): number {
  try {
    return ctx.run(words.length ? words : ['exit', '0']);
  } catch (e) {
    if (!(e instanceof SpawnFailure)) throw e;
    ctx.warn(`unable to spawn ${e.argv0}: ${strerror(e.errno)}`);
    return 127;
  }
}

export default foreground;
