// pipeline: run a block concurrently, its stdout (or with -w its stdin) on a
// pipe to the remainder, which goes on in this process.
// -d makes the block a grandchild: an intermediate process of ours (this same
// command, told so by PIDFD_VAR) starts it, reports its pid and exits.
import type { Command, Ctx } from '../interp/command';
import { SpawnFailure } from '../interp/command';
import { readBlock } from '../interp/blocks';
import { cloneState, State } from '../interp/state';
import { errnoFrom } from '../interp/fdutil';
import { startGrandchild, runIntermediate } from '../interp/doublefork';
import { makePipe, closeFd } from '../runtime/process';
import { strerror } from '../runtime/errno';

/** Set only in the intermediate process of -d: the virtual fd to report the pid on. */
const PIDFD_VAR = 'EXECLINE_TS_PIPELINE_PIDFD';

const pipeline: Command = {
  names: ['pipeline'],
  usage: 'pipeline [ -d ] [ -r | -w ] { command... } command...',
  options: 'drw',
  run(ctx: Ctx) {
    const pidFd = ctx.env.get(PIDFD_VAR);
    if (pidFd !== undefined) return runIntermediate(ctx, ctx.args, Number(pidFd), PIDFD_VAR);
    let writer = false, detach = false;
    for (const o of ctx.opts) {
      if (o.c === 'r') writer = false;
      else if (o.c === 'w') writer = true;
      else if (o.c === 'd') detach = true;
    }
    const block = readBlock(ctx.args, 0, ctx.prog, ctx.env);
    if (!block) ctx.fatal('unterminated block', 100);
    const rest = ctx.args.slice(block.next);
    if (rest.length === 0) ctx.fatal('empty remainder', 100);
    let p: [number, number];
    try {
      p = makePipe();
    } catch (e) {
      ctx.fatalSys('unable to create pipe', errnoFrom(e));
    }
    // -r: the block writes (its fd 1), we read (fd 0); -w: the other way round.
    const [blockEnd, ourEnd] = writer ? [p[0], p[1]] : [p[1], p[0]];
    const child = cloneState(ctx.st);
    child.fds.set(writer ? 0 : 1, blockEnd);
    let pid: number;
    try {
      pid = detach ? startGrandchild(ctx, child, PIDFD_VAR, ['pipeline', '--', ...block.words]) : startChild(ctx, block.words, child);
    } finally {
      closeFd(blockEnd);
    }
    const fds = ctx.st.fds;
    fds.own(ourEnd);
    fds.set(writer ? 1 : 0, ourEnd);
    fds.collect();
    ctx.env.set('!', String(pid));
    return { exec: rest };
  },
};

function startChild(ctx: Ctx, words: string[], st: State): number {
  // An empty block runs `exit 0` with an empty environment.
  if (words.length === 0) st.env.clear();
  try {
    return ctx.start(words.length ? words : ['exit', '0'], st).pid;
  } catch (e) {
    if (!(e instanceof SpawnFailure)) throw e;
    return ctx.fatal(`unable to spawn ${e.argv0}: ${strerror(e.errno)}`, 111);
  }
}

export default pipeline;
