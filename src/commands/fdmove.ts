// fdmove: move (or with -c copy) a descriptor onto another number.
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';
import { dupTo, moveFd } from '../interp/fdutil';
import { E } from '../runtime/errno';

const fdmove: Command = {
  names: ['fdmove'],
  usage: 'fdmove [ -c ] to from prog...',
  options: 'c',
  run(ctx: Ctx) {
    const copy = ctx.opts.some((o) => o.c === 'c');
    if (ctx.args.length < 3) ctx.usage();
    const to = strictUint(ctx.args[0]);
    const from = strictUint(ctx.args[1]);
    if (to === undefined || from === undefined) ctx.usage();
    let err: number;
    if (copy) err = to === from ? E.EINVAL : dupTo(ctx.st.fds, to, from);
    else err = moveFd(ctx.st.fds, to, from);
    if (err) ctx.fatalSys(`unable to move fd ${ctx.args[1]} to fd ${ctx.args[0]}`, err);
    return { exec: ctx.args.slice(2) };
  },
};

export default fdmove;
