// s6-maximumtime: run a program as a child with a time limit (s6-portable-utils 2.2.5.1).
// On timeout the child gets the chosen signal (none with -0) and s6-maximumtime
// exits 99 without waiting for it; otherwise it exits with the child's code,
// or 111 if the child was killed by a signal.
import type { Command, Ctx } from '../../interp/command';
import { SpawnFailure } from '../../interp/command';
import { strictUint } from '../../interp/numbers';
import { waitPid } from '../../runtime/process';
import { sleepMs } from '../../runtime/io';
import { libc } from '../../runtime/libc';
import { strerror, E } from '../../runtime/errno';

const SIGNALS: Record<string, number> = { '0': 0, a: 14, b: 6, i: 2, k: 9, q: 3, t: 15, x: 24, '1': 10, '2': 12 };

const cmd: Command = {
  names: ['s6-maximumtime'],
  usage: 's6-maximumtime [ -0 | -a | -b | -i | -k | -q | -t | -x | -1 | -2 ] milliseconds prog...',
  options: '0abikqtx12',
  run(ctx: Ctx) {
    let sig = 15;
    for (const o of ctx.opts) sig = SIGNALS[o.c];
    if (ctx.args.length < 2) ctx.usage();
    const timeout = strictUint(ctx.args[0]);
    if (timeout === undefined) ctx.usage();
    let pid: number;
    try {
      pid = ctx.start(ctx.args.slice(1)).pid;
    } catch (e) {
      if (!(e instanceof SpawnFailure)) throw e;
      ctx.fatalSys(`unable to spawn ${ctx.args[1]}`, e.errno);
    }
    const deadline = timeout ? Date.now() + timeout : Infinity;
    for (let pause = 1; ; pause = Math.min(pause * 2, 20)) {
      const r = waitPid(pid, true);
      if (r.pid === pid) {
        const ws = r.status;
        if ((ws & 0x7f) !== 0) { ctx.warn('child process crashed'); return { exit: 111 }; }
        return { exit: (ws >> 8) & 0xff };
      }
      if (r.pid < 0) ctx.fatalSys('unable to wait for child process', -r.pid);
      const left = deadline - Date.now();
      if (left <= 0) break;
      sleepMs(Math.min(pause, left));
    }
    libc().kill(pid, sig);
    ctx.warn(`unable to wait for child process: ${strerror(E.ETIMEDOUT)}`);
    return { exit: 99 };
  },
};

export default cmd;
