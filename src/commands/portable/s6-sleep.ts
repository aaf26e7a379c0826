// s6-sleep: sleep some seconds (or milliseconds with -m), then exec the rest
// or exit 0 (s6-portable-utils 2.2.5.1).
import type { Command, Ctx } from '../../interp/command';
import { strictUint } from '../../interp/numbers';
import { sleepMs } from '../../runtime/io';

const cmd: Command = {
  names: ['s6-sleep'],
  usage: 's6-sleep [ -m ] duration prog...',
  options: 'm',
  run(ctx: Ctx) {
    const milli = ctx.opts.length > 0;
    if (!ctx.args.length) ctx.usage();
    const n = strictUint(ctx.args[0]);
    if (n === undefined) ctx.usage();
    const deadline = Date.now() + (milli ? n : n * 1000);
    for (let left = deadline - Date.now(); left > 0; left = deadline - Date.now()) sleepMs(Math.min(left, 2 ** 30));
    return { exec: ctx.args.slice(1) };
  },
};

export default cmd;
