// if: run a block; go on only if it succeeded (or failed, with -n).
import type { Command, Ctx } from '../interp/command';
import { needBlock } from '../interp/blocks';
import { prefixUint } from '../interp/numbers';
import { runTest } from '../interp/conditions';

const ifCmd: Command = {
  names: ['if'],
  usage: 'if [ -n ] [ -X ] [ -t | -x exitcode ] { command... }',
  options: 'nXtx:',
  run(ctx: Ctx) {
    let negate = false, crashOk = false;
    let code: number | undefined;
    for (const o of ctx.opts) {
      if (o.c === 'n') negate = true;
      else if (o.c === 'X') crashOk = true;
      else if (o.c === 't') code = 0;
      else if (o.c === 'x') {
        const n = prefixUint(o.arg!, 65535);
        if (n === undefined) ctx.usage();
        if (n > 255) ctx.fatal('invalid exit code', 100);
        code = n;
      }
    }
    const b = needBlock(ctx.args, 0, ctx.prog, ctx.env);
    const c = runTest(ctx, b.words, crashOk);
    if (!negate && c !== 0) return { exit: code ?? c };
    if (negate && c === 0) return { exit: code ?? 1 };
    return { exec: ctx.args.slice(b.next) };
  },
};

export default ifCmd;
