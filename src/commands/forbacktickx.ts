// forbacktickx: a pure rewrite into
//   pipeline -- { block } unexport ! forstdin OPTS -- var fdmove 0 N command...
// where N is a copy of the original stdin (fdclose 0 if stdin was closed), so
// the loop reads the block's output and each command gets the original stdin.
import type { Command, Ctx } from '../interp/command';
import { parseCodes } from '../interp/loops';

const forbacktickx: Command = {
  names: ['forbacktickx'],
  usage: 'forbacktickx [ -p | -o okcode,okcode,... | -x breakcode,breakcode,... ] [ -E | -e ] [ -N | -n ] [ -C | -c ] [ -0 | -d delim ] var { backtickcmd... } command...',
  options: 'pNnCc0d:o:x:Ee',
  run(ctx: Ctx) {
    let parallel = false, doImport = false, chomp = true, crunch = false;
    let delim: string | null = '\n';
    let codesOpt: string[] = [];
    for (const o of ctx.opts) {
      switch (o.c) {
        case 'p': parallel = true; break;
        case 'N': chomp = false; break;
        case 'n': chomp = true; break;
        case 'C': crunch = true; break;
        case 'c': crunch = false; break;
        case '0': delim = null; break;
        case 'd': delim = o.arg!; break;
        case 'o': case 'x': parseCodes(ctx, o.arg!); codesOpt = [`-${o.c}`, o.arg!]; break;
        case 'E': doImport = true; break;
        case 'e': doImport = false; break;
      }
    }
    const args = ctx.args;
    if (args.length < 2) ctx.usage();
    if (args[0] === '') ctx.usage();
    if (args[1] === '') ctx.fatal('empty block');
    // the block, words passed on as given (still quoted): pipeline reads it
    let i = 1;
    while (i < args.length && args[i] !== '') i++;
    if (i >= args.length) ctx.fatal('unterminated block');
    const block = args.slice(1, i + 1);
    const rest = args.slice(i + 1);

    // dup(0): the lowest free descriptor now refers to the original stdin
    const fds = ctx.st.fds;
    const stdin = fds.real(0);
    let restore: string[];
    if (stdin === undefined) restore = ['fdclose', '0'];
    else {
      const copy = fds.lowestFree();
      fds.set(copy, stdin);
      restore = ['fdmove', '0', String(copy)];
    }
    const loopOpts = [doImport ? '-E' : '-e'];
    if (parallel) loopOpts.push('-p');
    loopOpts.push(chomp ? '-n' : '-N');
    if (crunch) loopOpts.push('-C');
    if (delim === null) loopOpts.push('-0');
    else if (delim !== '\n') loopOpts.push('-d', delim);
    loopOpts.push(...codesOpt);
    return {
      exec: ['pipeline', '--', ...block, 'unexport', '!', 'forstdin', ...loopOpts, '--', args[0], ...restore, ...rest],
    };
  },
};

export default forbacktickx;
