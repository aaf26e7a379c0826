// loopwhilex: run prog again and again while its exit code is "ok".
import type { Command, Ctx } from '../interp/command';
import { SpawnFailure } from '../interp/command';
import { cloneState } from '../interp/state';
import { fatalUnable } from '../interp/errors';
import { approxStatus, ENOENT } from '../runtime/process';
import { CodeSet, parseCodes } from '../interp/loops';

const loopwhilex: Command = {
  names: ['loopwhilex'],
  usage: 'loopwhilex [ -n ] [ -o okcode,okcode,... | -x exitcode,exitcode,... ] prog...',
  options: 'no:x:',
  run(ctx: Ctx) {
    let negate = false, reverse = false;
    let codes = new CodeSet([]);
    for (const o of ctx.opts) {
      if (o.c === 'n') negate = true;
      else if (o.c === 'o') { reverse = false; codes = parseCodes(ctx, o.arg!); }
      else if (o.c === 'x') { reverse = true; codes = parseCodes(ctx, o.arg!); }
    }
    const prog = ctx.args;
    if (prog.length === 0) ctx.usage();
    // No list: ok means 0. -x inverts the list's meaning (the codes are the exits).
    if (codes.codes.length === 0) codes = new CodeSet([0]);
    else if (reverse) negate = !negate;
    for (;;) {
      let raw: number;
      try {
        raw = ctx.run(prog, cloneState(ctx.st));
      } catch (e) {
        if (!(e instanceof SpawnFailure)) throw e;
        if (e.errno === ENOENT && prog[0][0] === ' ') {
          fatalUnable(ctx.prog, `spawn ${prog[0]}: name begins with a space, are you trying to spawn a block as your loop body?`, 111);
        }
        ctx.fatalSys(`unable to spawn ${prog[0]}`, e.errno);
      }
      const code = approxStatus(raw);
      if (negate === codes.has(code)) return { exit: code };
    }
  },
};

export default loopwhilex;
