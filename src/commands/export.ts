// export: set an environment variable.
import type { Command, Ctx } from '../interp/command';

const exportCmd: Command = {
  names: ['export'],
  usage: 'export variable value prog...',
  // no option parsing natively: `--` or `-x` is an operand
  run(ctx: Ctx) {
    if (ctx.args.length < 3) ctx.usage();
    const [name, value] = ctx.args;
    if (name.includes('=')) ctx.fatal(`invalid variable name: ${name}`, 100);
    ctx.env.set(name, value);
    return { exec: ctx.args.slice(2) };
  },
};

export default exportCmd;
