// s6-env: run a program with a modified environment, or print the environment
// through s6-printenv when no program is given (s6-portable-utils 2.2.5.1).
import type { Command, Ctx } from '../../interp/command';

const cmd: Command = {
  names: ['s6-env'],
  usage: 's6-env [ -i ] [ name=value... ] prog...',
  options: 'i',
  run(ctx: Ctx) {
    if (ctx.opts.length) ctx.env.clear();
    let i = 0;
    for (; i < ctx.args.length && ctx.args[i].includes('='); i++) {
      const a = ctx.args[i];
      const eq = a.indexOf('=');
      ctx.env.set(a.slice(0, eq), a.slice(eq + 1));
    }
    const rest = ctx.args.slice(i);
    return { exec: rest.length ? rest : ['s6-printenv'] };
  },
};

export default cmd;
