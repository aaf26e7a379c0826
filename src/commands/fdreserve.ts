// fdreserve: find n free descriptors and export them as FD0..FD(n-1).
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';
import { fdLimit } from '../interp/fdutil';
import { E } from '../runtime/errno';

const fdreserve: Command = {
  names: ['fdreserve'],
  usage: 'fdreserve n prog...',
  run(ctx: Ctx) {
    if (ctx.args.length < 2) ctx.usage();
    const n = strictUint(ctx.args[0]);
    if (n === undefined) ctx.usage();
    const limit = fdLimit();
    if (n > limit) ctx.fatal('too many requested fds', 100);
    // Natively: n/2 pipes (ascending pairs), then /dev/null for an odd n, all
    // closed again; so the result is the n lowest free fds.
    const free: number[] = [];
    for (let v = ctx.st.fds.lowestFree(); free.length < n; v = ctx.st.fds.lowestFree(v + 1)) {
      if (v >= limit) {
        if (free.length < (n & ~1)) ctx.fatalSys('unable to reserve fds', E.EMFILE);
        ctx.fatalSys('unable to reserve last fd', E.EMFILE);
      }
      free.push(v);
    }
    // The environment is modified in the native order: the odd one first.
    if (n & 1) ctx.env.set(`FD${n - 1}`, String(free[n - 1]));
    for (let i = 0; i < (n & ~1); i++) ctx.env.set(`FD${i}`, String(free[i]));
    return { exec: ctx.args.slice(1) };
  },
};

export default fdreserve;
