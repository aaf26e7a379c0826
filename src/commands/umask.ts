// execline-umask (also installed as umask): set the umask from an octal prefix, then exec.
import type { Command, Ctx } from '../interp/command';
import { prefixOctal } from '../interp/numbers';

const umask: Command = {
  names: ['execline-umask', 'umask'],
  usage: 'umask value prog...',
  run(ctx: Ctx) {
    if (ctx.args.length < 2) ctx.usage();
    const mask = prefixOctal(ctx.args[0]);
    if (mask === undefined) ctx.usage();
    ctx.st.umask = mask & 0o777; // the kernel keeps only these bits
    return { exec: ctx.args.slice(1) };
  },
};

export default umask;
