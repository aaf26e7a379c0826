// fdswap: exchange two descriptors (both must be open unless they are the same).
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';
import { E } from '../runtime/errno';

const fdswap: Command = {
  names: ['fdswap'],
  usage: 'fdswap fd1 fd2 prog...',
  run(ctx: Ctx) {
    if (ctx.args.length < 3) ctx.usage();
    const a = strictUint(ctx.args[0]);
    const b = strictUint(ctx.args[1]);
    if (a === undefined || b === undefined) ctx.usage();
    if (a !== b) {
      const fds = ctx.st.fds;
      const ra = fds.real(a);
      const rb = fds.real(b);
      if (ra === undefined || rb === undefined) {
        // Natively the swap first dup()s fd1 to the lowest free fd; when that is fd2 itself,
        // the final move is fd2 onto fd2, which fails with EINVAL instead of EBADF.
        ctx.fatalSys('unable to swap fds', ra !== undefined && b === fds.lowestFree() ? E.EINVAL : E.EBADF);
      }
      fds.set(a, rb);
      fds.set(b, ra);
    }
    return { exec: ctx.args.slice(2) };
  },
};

export default fdswap;
