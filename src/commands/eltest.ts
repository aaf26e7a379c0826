// eltest: evaluate a test expression (spec §6); no arguments is false.
import type { Command, Ctx, Next } from '../interp/command';
import { lex, parse, evaluate, ParseError, Flavour } from '../interp/testexpr';

/** Shared by eltest and s6-test: exit 0 true, 1 false, 100 bad expression. */
export function runTest(ctx: Ctx, words: string[], fl: Flavour, bracket = false): Next {
  let items = lex(words);
  if (bracket) {
    const last = items[items.length - 1];
    if (!last || last.kind !== 'atom' || last.word !== ']') ctx.fatal('parse error: missing closing bracket');
    items = items.slice(0, -1);
  }
  let tree;
  try {
    tree = parse(items);
  } catch (e) {
    if (e instanceof ParseError) ctx.fatal(e.message);
    throw e;
  }
  return { exit: evaluate(ctx, tree, fl) ? 0 : 1 };
}

const eltest: Command = {
  names: ['eltest'],
  usage: 'eltest expression...',
  run(ctx: Ctx) {
    if (ctx.args.length === 0) return { exit: 1 };
    return runTest(ctx, ctx.args, { modeBits: false, existsByStat: false });
  },
};

export default eltest;
