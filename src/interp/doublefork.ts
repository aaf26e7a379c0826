// Double fork for background -d and pipeline -d: an intermediate process of
// ours (the same command re-run, told so by a variable naming a pipe fd)
// starts the block, reports the block's pid on that pipe and exits, so the block
// is reparented and the caller never has it as a child.
import type { Ctx } from './command';
import { SpawnFailure } from './command';
import type { State } from './state';
import { makePipe, closeFd, waitPid } from '../runtime/process';
import { readAll, writeAll, writeErr } from '../runtime/io';
import { strerror } from '../runtime/errno';

function errnoOf(e: unknown): number {
  const n = (e as { errno?: number }).errno;
  return typeof n === 'number' ? Math.abs(n) : 5;
}

/** Caller side: run helperArgv (the intermediate) on st and return the grandchild's pid. */
export function startGrandchild(ctx: Ctx, st: State, pidFdVar: string, helperArgv: string[]): number {
  let p: [number, number];
  try {
    p = makePipe();
  } catch (e) {
    return ctx.fatalSys('unable to doublefork', errnoOf(e));
  }
  const [r, w] = p;
  const vfd = Math.max(2, ...st.fds.map.keys()) + 1;
  st.fds.set(vfd, w);
  st.env.set(pidFdVar, String(vfd));
  let helper: number;
  try {
    helper = ctx.start(helperArgv, st).pid;
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

/** Intermediate side: start words (if any), report the pid on vfd, leave. */
export function runIntermediate(ctx: Ctx, words: string[], vfd: number, pidFdVar: string): { exit: number } {
  const real = ctx.realFd(vfd);
  ctx.st.fds.close(vfd);
  ctx.env.unset(pidFdVar);
  let pid = process.pid;
  if (words.length > 0) {
    try {
      pid = ctx.start(words).pid;
    } catch (e) {
      if (!(e instanceof SpawnFailure)) throw e;
      // natively the grandchild is forked and then fails to exec
      writeErr(`${ctx.prog} (grandchild): fatal: unable to exec ${e.argv0}: ${strerror(e.errno)}\n`);
    }
  }
  if (real !== undefined) {
    try { writeAll(real, String(pid)); } catch { /* parent gone */ }
    closeFd(real);
  }
  return { exit: 0 };
}
