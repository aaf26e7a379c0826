// exit: exit with a code.
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';

const exit: Command = {
  names: ['exit'],
  usage: 'exit [ exitcode ]',
  // no option parsing natively: `--` or `-x` is an operand
  run(ctx: Ctx) {
    if (ctx.args.length === 0) return { exit: 0 };
    const n = strictUint(ctx.args[0]);
    if (n === undefined) ctx.usage();
    return { exit: n & 255 };
  },
};

export default exit;
