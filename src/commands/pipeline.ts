// pipeline: run a block concurrently, its stdout (or with -w its stdin) on a
// pipe to the remainder, which goes on in this process.
// -d makes the block a grandchild: an intermediate process of ours (this same
// command, told so by PIDFD_VAR) starts it, reports its pid and exits.
import type { Command, Ctx } from '../interp/command';
import { SpawnFailure } from '../interp/command';
import { readBlock } from '../interp/blocks';
import { cloneState, State } from '../interp/state';
import { errnoFrom } from '../interp/fdutil';
import { makePipe, closeFd, waitPid } from '../runtime/process';
import { readAll, writeAll, writeErr } from '../runtime/io';
import { strerror } from '../runtime/errno';

/** Set only in the intermediate process of -d: the virtual fd to report the pid on. */
const PIDFD_VAR = 'EXECLINE_TS_PIPELINE_PIDFD';

const pipeline: Command = {
  names: ['pipeline'],
  usage: 'pipeline [ -d ] [ -r | -w ] { command... } command...',
  options: 'drw',
  run(ctx: Ctx) {
    const pidFd = ctx.env.get(PIDFD_VAR);
    if (pidFd !== undefined) return intermediate(ctx, ctx.args, Number(pidFd));
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
      pid = detach ? startGrandchild(ctx, block.words, child) : startChild(ctx, block.words, child);
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

function startGrandchild(ctx: Ctx, words: string[], st: State): number {
  let p: [number, number];
  try {
    p = makePipe();
  } catch (e) {
    ctx.fatalSys('unable to doublefork', errnoFrom(e));
  }
  const [r, w] = p;
  const vfd = Math.max(2, ...st.fds.map.keys()) + 1;
  st.fds.set(vfd, w);
  st.env.set(PIDFD_VAR, String(vfd));
  let helper: number;
  try {
    helper = ctx.start(['pipeline', '--', ...words], st).pid;
  } catch (e) {
    closeFd(r);
    closeFd(w);
    if (!(e instanceof SpawnFailure)) throw e;
    return ctx.fatalSys('unable to doublefork', e.errno);
  }
  closeFd(w);
  let got = '';
  try { got = readAll(r); } catch { /* reported below */ }
  closeFd(r);
  waitPid(helper);
  if (!/^[0-9]+$/.test(got)) ctx.fatal('unable to doublefork', 111);
  return Number(got);
}

/** The middle process of -d: start the block, report its pid, leave. */
function intermediate(ctx: Ctx, words: string[], vfd: number): { exit: number } {
  const real = ctx.realFd(vfd);
  ctx.st.fds.close(vfd);
  ctx.env.unset(PIDFD_VAR);
  let pid = process.pid;
  if (words.length > 0) {
    try {
      pid = ctx.start(words).pid;
    } catch (e) {
      if (!(e instanceof SpawnFailure)) throw e;
      // natively the grandchild is forked and then fails to exec
      writeErr(`pipeline (grandchild): fatal: unable to exec ${e.argv0}: ${strerror(e.errno)}\n`);
    }
  }
  if (real !== undefined) {
    try { writeAll(real, String(pid)); } catch { /* parent gone */ }
    closeFd(real);
  }
  return { exit: 0 };
}

export default pipeline;
