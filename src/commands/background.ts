// background: start a block as a concurrent process and go on with ! set to its pid.
// -d makes the block a grandchild: an intermediate process of ours (this same
// command, told so by PIDFD_VAR) starts it, reports its pid through a pipe and
// exits, so the block is reparented and the remainder never sees it as a child.
import type { Command, Ctx } from '../interp/command';
import { SpawnFailure } from '../interp/command';
import { readBlock } from '../interp/blocks';
import { cloneState } from '../interp/state';
import { makePipe, closeFd, waitPid } from '../runtime/process';
import { readSome, writeAll, writeErr } from '../runtime/io';
import { strerror } from '../runtime/errno';

/** Set only in the intermediate process of -d: the virtual fd to report the pid on. */
const PIDFD_VAR = 'EXECLINE_TS_BACKGROUND_PIDFD';

const background: Command = {
  names: ['background'],
  usage: 'background [ -d ] { command... }',
  options: 'd',
  run(ctx: Ctx) {
    const b = readBlock(ctx.args, 0, ctx.prog, ctx.env);
    if (b && b.words.length === 0) ctx.fatal('empty block');
    if (!b) ctx.fatal('unterminated block');
    const pidFd = ctx.env.get(PIDFD_VAR);
    if (pidFd !== undefined) return intermediate(ctx, b.words, Number(pidFd));
    const rest = ctx.args.slice(b.next);
    const doubleFork = rest.length > 0 && ctx.opts.some((o) => o.c === 'd');
    const pid = doubleFork ? startGrandchild(ctx, b.words) : startChild(ctx, b.words);
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

function startGrandchild(ctx: Ctx, words: string[]): number {
  const [r, w] = makePipe();
  const st = cloneState(ctx.st);
  const vfd = Math.max(2, ...st.fds.map.keys()) + 1;
  st.fds.set(vfd, w);
  st.env.set(PIDFD_VAR, String(vfd));
  let helper: number;
  try {
    helper = ctx.start(['background', ...words.map((x) => ' ' + x), ''], st).pid;
  } catch (e) {
    closeFd(r); closeFd(w);
    if (!(e instanceof SpawnFailure)) throw e;
    return ctx.fatalSys('unable to doublefork', e.errno);
  }
  closeFd(w);
  const buf = Buffer.alloc(64);
  let got = '';
  for (;;) {
    let n = 0;
    try { n = readSome(r, buf); } catch { n = 0; }
    if (n <= 0) break;
    got += buf.toString('latin1', 0, n);
  }
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
  let pid: number;
  try {
    pid = ctx.start(words).pid;
  } catch (e) {
    if (!(e instanceof SpawnFailure)) throw e;
    // natively the grandchild is forked and then fails to exec
    writeErr(`background (grandchild): fatal: unable to exec ${e.argv0}: ${strerror(e.errno)}\n`);
    pid = process.pid;
  }
  if (real !== undefined) {
    try { writeAll(real, String(pid)); } catch { /* parent gone */ }
    closeFd(real);
  }
  return { exit: 0 };
}

export default background;
