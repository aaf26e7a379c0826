// s6-test (s6-portable-utils 2.2.5.1): eltest's language with a `[ ... ]` form,
// stat()-based -e and mode-bit -r/-w/-x. The deprecation warning of 2.2.5.1 is
// not printed (see docs/divergences.md).
import * as path from 'node:path';
import type { Command, Ctx } from '../../interp/command';
import { runTest } from '../eltest';

/**
 * Was the program called as `[`? Inside a chain argv[0] is exact. But a process
 * started through our `#!` line gets, from the kernel, the path that was
 * executed instead of argv[0]: there, a PATH entry + `/[` stands for `[`.
 */
function calledAsBracket(argv0: string, pathVar: string | undefined): boolean {
  if (argv0 === '[') return true;
  if (!argv0.endsWith('/[') || path.resolve(argv0) !== process.argv[1]) return false;
  const dir = argv0.slice(0, -2);
  return (pathVar ?? '').split(':').some((d) => d !== '' && (d === dir || d === dir + '/'));
}

const s6test: Command = {
  names: ['s6-test'],
  usage: 's6-test expression...  or  [ expression... ]',
  run(ctx: Ctx) {
    if (ctx.args.length === 0) return { exit: 1 };
    const bracket = calledAsBracket(ctx.argv[0], ctx.lookupPath);
    return runTest(ctx, ctx.args, { modeBits: true, existsByStat: true }, bracket);
  },
};

export default s6test;
