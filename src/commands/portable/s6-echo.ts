// s6-echo: print the arguments, separated by one character (s6-portable-utils 2.2.5.1).
import type { Command, Ctx } from '../../interp/command';
import { writeStdout } from '../../interp/stdout';

const cmd: Command = {
  names: ['s6-echo'],
  usage: 's6-echo [ -n ] [ -s sep ] args...',
  options: 'ns:',
  run(ctx: Ctx) {
    let sep = ' ';
    let newline = true;
    for (const o of ctx.opts) {
      if (o.c === 'n') newline = false;
      // only the first character counts; an empty separator is a NUL
      else sep = o.arg!.length ? o.arg![0] : '\0';
    }
    writeStdout(ctx, ctx.args.join(sep) + (newline ? '\n' : ''));
    return { exit: 0 };
  },
};

export default cmd;
