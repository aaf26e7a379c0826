// ifthenelse: run command-if, then run the chosen block like foreground and go on
// with the remainder; -s (undocumented) execs the chosen block followed by the remainder.
import type { Command, Ctx } from '../interp/command';
import { needBlock } from '../interp/blocks';
import { runTest } from '../interp/conditions';
import { runOrWarn } from './foreground';

const ifthenelse: Command = {
  names: ['ifthenelse'],
  usage: 'ifthenelse [ -X ] { command-if... } { command-then... } { command-else... } [ remainder... ]',
  options: 'Xs',
  run(ctx: Ctx) {
    let crashOk = false, magicScope = false;
    for (const o of ctx.opts) {
      if (o.c === 'X') crashOk = true;
      else if (o.c === 's') magicScope = true;
    }
    const cond = needBlock(ctx.args, 0, ctx.prog, ctx.env, 'unterminated if block');
    if (cond.next >= ctx.args.length) ctx.fatal('then block required');
    const then = needBlock(ctx.args, cond.next, ctx.prog, ctx.env, 'unterminated then block');
    const otherwise = needBlock(ctx.args, then.next, ctx.prog, ctx.env, 'unterminated else block');
    const rest = ctx.args.slice(otherwise.next);
    const chosen = runTest(ctx, cond.words, crashOk) === 0 ? then.words : otherwise.words;
    if (magicScope) return { exec: [...chosen, ...rest] };
    const status = runOrWarn(ctx, chosen);
    if (rest.length === 0) return { exit: 0 };
    ctx.env.set('?', String(status));
    return { exec: rest };
  },
};

export default ifthenelse;
