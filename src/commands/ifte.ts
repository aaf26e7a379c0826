// ifte: run command-if (the remainder); exec the then-block on success, else the else-block.
import type { Command, Ctx } from '../interp/command';
import { needBlock } from '../interp/blocks';
import { runTest } from '../interp/conditions';
import { fatalUnable } from '../interp/errors';
import { ENOENT } from '../runtime/process';

const ifte: Command = {
  names: ['ifte'],
  usage: 'ifte [ -X ] [ -n ] { command-then... } { command-else... } command-if...',
  options: 'Xn',
  run(ctx: Ctx) {
    let negate = false, crashOk = false;
    for (const o of ctx.opts) {
      if (o.c === 'n') negate = true;
      else if (o.c === 'X') crashOk = true;
    }
    const then = needBlock(ctx.args, 0, ctx.prog, ctx.env, 'unterminated then block');
    if (then.next >= ctx.args.length) ctx.fatal('else block required');
    const otherwise = needBlock(ctx.args, then.next, ctx.prog, ctx.env, 'unterminated else block');
    const cond = ctx.args.slice(otherwise.next);
    if (cond.length === 0) ctx.fatal('empty command-if');
    const ok = runTest(ctx, cond, crashOk, (e) => {
      // a quoted word here is most likely a block given where a command was expected
      if (e.errno === ENOENT && e.argv0[0] === ' ') {
        fatalUnable(ctx.prog, `spawn ${e.argv0}: name begins with a space, are you trying to spawn a block as your command-if?`, 111);
      }
    }) === 0;
    return { exec: ok !== negate ? then.words : otherwise.words };
  },
};

export default ifte;
