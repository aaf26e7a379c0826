// s6-dirname: print a path without its last component (s6-portable-utils 2.2.5.1).
import type { Command, Ctx } from '../../interp/command';
import { writeStdout } from '../../interp/stdout';
import { dirname } from '../../interp/skapath';

const cmd: Command = {
  names: ['s6-dirname'],
  usage: 's6-dirname [ -n ] file',
  options: 'n',
  run(ctx: Ctx) {
    const nl = !ctx.opts.some((o) => o.c === 'n');
    if (!ctx.args.length) ctx.usage();
    const d = dirname(ctx.args[0]);
    writeStdout(ctx, nl ? d + '\n' : d);
    return { exit: 0 };
  },
};

export default cmd;
