// s6-basename: print a path's last component, minus an optional suffix (s6-portable-utils 2.2.5.1).
import type { Command, Ctx } from '../../interp/command';
import { writeStdout } from '../../interp/stdout';
import { basename } from '../../interp/skapath';

const cmd: Command = {
  names: ['s6-basename'],
  usage: 's6-basename [ -n ] file [ suffix ]',
  options: 'n',
  run(ctx: Ctx) {
    const nl = !ctx.opts.some((o) => o.c === 'n');
    if (!ctx.args.length) ctx.usage();
    let b = basename(ctx.args[0]);
    const suffix = ctx.args[1];
    if (suffix !== undefined && suffix.length < b.length && b.endsWith(suffix)) b = b.slice(0, b.length - suffix.length);
    writeStdout(ctx, nl ? b + '\n' : b);
    return { exit: 0 };
  },
};

export default cmd;
