// unexport: remove a variable from the environment (spec §4). No options:
// like the native one, every word is an operand.
import type { Command, Ctx } from '../interp/command';

const unexport: Command = {
  names: ['unexport'],
  usage: 'unexport variable prog...',
  run(ctx: Ctx) {
    if (ctx.argv.length < 3) ctx.usage();
    const name = ctx.argv[1];
    if (name.includes('=')) ctx.fatal(`invalid variable name: ${name}`, 100);
    ctx.env.unset(name);
    return { exec: ctx.argv.slice(2) };
  },
};

export default unexport;
