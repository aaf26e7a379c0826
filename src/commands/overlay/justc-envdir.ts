// justc-envdir [ -I | -i ] DIR PROG...: add a directory's files to the
// environment verbatim (empty file = empty variable, no size limit).
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { readContenvDir } from '../../overlay/contenv';
import { execWithEnv } from './with-contenv';

const cmd: Command = {
  names: ['justc-envdir'],
  usage: 'justc-envdir [ -I | -i ] dir prog...',
  options: 'Ii',
  run(ctx: Ctx) {
    let tolerant = false;
    for (const o of ctx.opts) tolerant = o.c === 'I';
    if (ctx.args.length < 2) ctx.usage();
    const env = ctx.env.clone();
    try {
      for (const [k, v] of readContenvDir(ctx.args[0])) if (v !== undefined) env.set(k, v);
    } catch (e) {
      const n = errnoOf(e);
      if (!(tolerant && n === 2)) ctx.fatalSys(`unable to envdir ${ctx.args[0]}`, n, 111);
    }
    return execWithEnv(ctx, env.entries, ctx.args.slice(1));
  },
};
export default cmd;
