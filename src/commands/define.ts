// define: substitute one key with a literal value (spec §3, define).
import type { Command } from '../interp/command';
import { substitute, transformFromOpts } from '../interp/substitution';

const define: Command = {
  names: ['define'],
  usage: 'define [ -N | -n ] [ -s ] [ -C | -c ] [ -d delim ] key value prog...',
  options: 'NnsCcd:',
  run(ctx) {
    if (ctx.args.length < 2) ctx.usage();
    const [key, value] = ctx.args;
    const values = transformFromOpts(ctx, ctx.opts, value);
    return substitute(ctx, new Map([[key, values]]), ctx.args.slice(2));
  },
};

export default define;
