// exec: exec into prog, optionally with an empty environment or another argv[0].
import type { Command, Ctx } from '../interp/command';
import type { Opt } from '../interp/getopt';

/** -a / -l: the argv[0] to give the program (undefined: the word as written). */
export function argv0Of(opts: Opt[], word: string): string | undefined {
  let argv0: string | undefined;
  let dash = false;
  for (const o of opts) {
    if (o.c === 'a') argv0 = o.arg;
    else if (o.c === 'l') dash = true;
  }
  if (dash) return '-' + (argv0 ?? word);
  return argv0;
}

const exec: Command = {
  names: ['exec'],
  usage: 'exec [ -c ] [ -l ] [ -a argv0 ] prog...',
  options: 'cla:',
  run(ctx: Ctx) {
    if (ctx.args.length === 0) ctx.usage();
    return {
      exec: ctx.args,
      argv0: argv0Of(ctx.opts, ctx.args[0]),
      emptyEnv: ctx.opts.some((o) => o.c === 'c'),
    };
  },
};

export default exec;
