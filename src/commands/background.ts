// background: start a block as a concurrent process and go on with ! set to its pid.
// -d makes the block a grandchild: an intermediate process of ours (this same
// command, told so by PIDFD_VAR) starts it, reports its pid through a pipe and
// exits, so the block is reparented and the remainder never sees it as a child.
import type { Command, Ctx } from '../interp/command';
import { SpawnFailure } from '../interp/command';
import { needNonEmptyBlock } from '../interp/blocks';
import { cloneState } from '../interp/state';
import { startGrandchild, runIntermediate } from '../interp/doublefork';

/** Set only in the intermediate process of -d: the virtual fd to report the pid on. */
const PIDFD_VAR = 'EXECLINE_TS_BACKGROUND_PIDFD';

const background: Command = {
  names: ['background'],
  usage: 'background [ -d ] { command... }',
  options: 'd',
  run(ctx: Ctx) {
    const b = needNonEmptyBlock(ctx.args, 0, ctx.prog, ctx.env);
    const pidFd = ctx.env.get(PIDFD_VAR);
    if (pidFd !== undefined) return runIntermediate(ctx, b.words, Number(pidFd), PIDFD_VAR);
    const rest = ctx.args.slice(b.next);
    const doubleFork = rest.length > 0 && ctx.opts.some((o) => o.c === 'd');
    const pid = doubleFork ? startGrandchildOf(ctx, b.words) : startChild(ctx, b.words);
    if (rest.length === 0) return { exit: 0 };
    ctx.env.set('!', String(pid));
    return { exec: rest };
  },
};

function startChild(ctx: Ctx, words: string[]): number {
  try {
    return ctx.start(words).pid;
  } catch (e) {
    if (!(e instanceof SpawnFailure)) throw e;
    return ctx.fatalSys(`unable to spawn ${e.argv0}`, e.errno);
  }
}

function startGrandchildOf(ctx: Ctx, words: string[]): number {
  return startGrandchild(ctx, cloneState(ctx.st), PIDFD_VAR, ['background', ...words.map((x) => ' ' + x), '']);
}

export default background;
