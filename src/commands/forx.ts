// forx: run a command once per value of a block, with var set to the value.
import type { Command, Ctx } from '../interp/command';
import { needBlock } from '../interp/blocks';
import { approxStatus } from '../runtime/process';
import {
  CodeSet, parseCodes, checkVarName, bodyArgv, iterationState, runIteration, startIteration, ChildPool,
} from '../interp/loops';

const forx: Command = {
  names: ['forx'],
  usage: 'forx [ -E | -e ] [ -p ] [ -o okcode,okcode,... | -x breakcode,breakcode,... ] var { values... } command...',
  options: 'po:x:Ee',
  run(ctx: Ctx) {
    let parallel = false, doImport = false;
    // breakWhenListed: -x (and the default, with an empty list: never breaks)
    let breakWhenListed = true;
    let codes = new CodeSet([]);
    for (const o of ctx.opts) {
      if (o.c === 'p') parallel = true;
      else if (o.c === 'o') { breakWhenListed = false; codes = parseCodes(ctx, o.arg!); }
      else if (o.c === 'x') { breakWhenListed = true; codes = parseCodes(ctx, o.arg!); }
      else if (o.c === 'E') doImport = true;
      else if (o.c === 'e') doImport = false;
    }
    if (ctx.args.length < 2) ctx.usage();
    const varName = ctx.args[0];
    checkVarName(ctx, varName);
    const b = needBlock(ctx.args, 1, ctx.prog, ctx.env);
    const command = ctx.args.slice(b.next);
    if (b.words.length === 0 || command.length === 0) return { exit: 0 };
    const argv = bodyArgv(varName, doImport, command);
    const breaks = (code: number): boolean => breakWhenListed === codes.has(code);

    if (parallel) {
      let ok = true;
      const pool = new ChildPool((raw) => { if (breaks(approxStatus(raw))) ok = false; });
      for (const v of b.words) pool.add(startIteration(ctx, argv, iterationState(ctx.st, varName, v), command[0]));
      pool.waitAll();
      return { exit: ok ? 0 : 1 };
    }
    for (const v of b.words) {
      const code = approxStatus(runIteration(ctx, argv, iterationState(ctx.st, varName, v), command[0]));
      if (breaks(code)) return { exit: code };
    }
    return { exit: 0 };
  },
};

export default forx;
