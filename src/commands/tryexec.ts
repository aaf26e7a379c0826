// tryexec: exec the block (with exec's -c -l -a); if that fails, exec the
// remainder instead. -n swaps the two.
import type { Command, Ctx } from '../interp/command';
import { needNonEmptyBlock } from '../interp/blocks';
import { argv0Of } from './exec';

const tryexec: Command = {
  names: ['tryexec'],
  usage: 'tryexec [ -n ] [ -c ] [ -l ] [ -a argv0 ] { command... } remainder...',
  options: 'ncla:',
  run(ctx: Ctx) {
    const b = needNonEmptyBlock(ctx.args, 0, ctx.prog, ctx.env);
    const rest = ctx.args.slice(b.next);
    const swap = ctx.opts.some((o) => o.c === 'n');
    if (swap && rest.length === 0) ctx.fatal('empty remainder not allowed with -n');
    const first = swap ? rest : b.words;
    const second = swap ? b.words : rest;
    return {
      exec: first,
      argv0: argv0Of(ctx.opts, first[0]),
      emptyEnv: ctx.opts.some((o) => o.c === 'c'),
      orElse: { exec: second },
    };
  },
};

export default tryexec;
