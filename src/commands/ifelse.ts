// ifelse: run command-if; exec the then-block if it succeeded, else the rest.
import type { Command, Ctx } from '../interp/command';
import { needBlock } from '../interp/blocks';
import { runTest } from '../interp/conditions';

const ifelse: Command = {
  names: ['ifelse'],
  usage: 'ifelse [ -n ] [ -X ] { command-if } { command-then... } command-else...',
  options: 'nX',
  run(ctx: Ctx) {
    let negate = false, crashOk = false;
    for (const o of ctx.opts) {
      if (o.c === 'n') negate = true;
      else if (o.c === 'X') crashOk = true;
    }
    const cond = needBlock(ctx.args, 0, ctx.prog, ctx.env, 'unterminated if block');
    if (cond.next >= ctx.args.length) ctx.fatal('then block required');
    const then = needBlock(ctx.args, cond.next, ctx.prog, ctx.env, 'unterminated then block');
    const ok = runTest(ctx, cond.words, crashOk) === 0;
    return { exec: ok !== negate ? then.words : ctx.args.slice(then.next) };
  },
};

export default ifelse;
