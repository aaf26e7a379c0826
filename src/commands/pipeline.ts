// pipeline: run a block concurrently, its stdout (or with -w its stdin) on a
// pipe to the remainder, which goes on in this process.
import type { Command } from '../interp/command';
import { SpawnFailure } from '../interp/command';
import { readBlock } from '../interp/blocks';
import { cloneState } from '../interp/state';
import { errnoFrom } from '../interp/fdutil';
import { makePipe, closeFd } from '../runtime/process';
import { strerror } from '../runtime/errno';

const pipeline: Command = {
  names: ['pipeline'],
  usage: 'pipeline [ -d ] [ -r | -w ] { command... } command...',
  options: 'drw',
  run(ctx) {
    let writer = false;
    for (const o of ctx.opts) {
      if (o.c === 'r') writer = false;
      else if (o.c === 'w') writer = true;
      // -d (double fork) is not reproduced: see docs/divergences.md
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
      // An empty block runs `exit 0` with an empty environment.
      if (block.words.length === 0) child.env.clear();
      pid = ctx.start(block.words.length ? block.words : ['exit', '0'], child).pid;
    } catch (e) {
      closeFd(p[0]);
      closeFd(p[1]);
      if (!(e instanceof SpawnFailure)) throw e;
      ctx.fatal(`unable to spawn ${e.argv0}: ${strerror(e.errno)}`, 111);
    }
    closeFd(blockEnd);
    const fds = ctx.st.fds;
    fds.own(ourEnd);
    fds.set(writer ? 1 : 0, ourEnd);
    fds.collect();
    ctx.env.set('!', String(pid));
    return { exec: rest };
  },
};

export default pipeline;
