// with-retries [ -n N ] [ -t MS ] PROG...: run PROG up to N times back to back,
// each attempt SIGTERMed after MS ms; exit 0 on the first success, else 1.
import type { Command, Ctx } from '../../interp/command';
import { SpawnFailure } from '../../interp/command';
import { waitPid, rawStatus } from '../../runtime/process';
import { libc } from '../../runtime/libc';
import { sleepMs } from '../../runtime/io';

const cmd: Command = {
  names: ['with-retries'],
  usage: 'with-retries [ -n tries ] [ -t timeout ] prog...',
  options: 'n:t:',
  run(ctx: Ctx) {
    let tries = 3;
    let timeout = 500;
    for (const o of ctx.opts) {
      const n = /^\d+$/.test(o.arg ?? '') ? Number(o.arg) : NaN;
      if (Number.isNaN(n)) ctx.usage();
      if (o.c === 'n') tries = n; else timeout = n;
    }
    if (ctx.args.length === 0) ctx.usage();
    for (let i = 0; i < tries; i++) {
      let pid: number;
      try {
        pid = ctx.start(ctx.args).pid;
      } catch (e) {
        if (e instanceof SpawnFailure) continue;
        throw e;
      }
      const deadline = timeout > 0 ? Date.now() + timeout : Infinity;
      let status = -1;
      for (;;) {
        const r = waitPid(pid, true);
        if (r.pid === pid) { status = rawStatus(r.status); break; }
        if (r.pid < 0) break;
        if (Date.now() >= deadline) { libc().kill(pid, 15); status = rawStatus(waitPid(pid).status); break; }
        sleepMs(5);
      }
      if (status === 0) return { exit: 0 };
    }
    return { exit: 1 };
  },
};
export default cmd;
