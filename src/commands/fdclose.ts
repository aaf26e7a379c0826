// fdclose: close a descriptor (errors ignored), then exec.
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';

const fdclose: Command = {
  names: ['fdclose'],
  usage: 'fdclose fd prog...',
  run(ctx: Ctx) {
    if (ctx.args.length < 2) ctx.usage();
    const fd = strictUint(ctx.args[0]);
    if (fd === undefined) ctx.usage();
    ctx.st.fds.close(fd);
    ctx.st.fds.collect();
    return { exec: ctx.args.slice(1) };
  },
};

export default fdclose;
