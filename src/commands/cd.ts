// execline-cd (also installed as cd): chdir, then exec. PWD is left alone.
import type { Command, Ctx } from '../interp/command';
import { changeDir } from '../interp/cwd';

const cd: Command = {
  names: ['execline-cd', 'cd'],
  usage: 'cd path prog...',
  run(ctx: Ctx) {
    if (ctx.args.length < 2) ctx.usage();
    const err = changeDir(ctx, ctx.args[0]);
    if (err) ctx.fatalSys(`unable to chdir to ${ctx.args[0]}`, err);
    return { exec: ctx.args.slice(1) };
  },
};

export default cd;
