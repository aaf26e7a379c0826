// fdblock: clear (or with -n set) O_NONBLOCK on a descriptor.
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';
import { setNonblock } from '../interp/fdutil';

const fdblock: Command = {
  names: ['fdblock'],
  usage: 'fdblock [ -n ] fd prog...',
  options: 'n',
  run(ctx: Ctx) {
    const nonblock = ctx.opts.some((o) => o.c === 'n');
    if (ctx.args.length < 2) ctx.usage();
    const fd = strictUint(ctx.args[0]);
    if (fd === undefined) ctx.usage();
    const err = setNonblock(ctx.st.fds.real(fd), nonblock);
    if (err) ctx.fatalSys(nonblock ? 'unable to ndelay_on' : 'unable to ndelay_off', err);
    return { exec: ctx.args.slice(1) };
  },
};

export default fdblock;
