// runblock: run one of the blocks found in the positional parameters (spec §4).
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';
import { popPositionals } from '../interp/positionals';
import { readSharp, readParam } from '../interp/params';

function unquoted(ctx: Ctx, strict: number, x: string, block: number, position: number): void {
  const msg = `unquoted positional ${x} at block ${block} position ${position}`;
  if (strict === 1) ctx.warn(msg);
  else ctx.fatal(msg, 100);
}

const runblock: Command = {
  names: ['runblock'],
  usage: 'runblock [ -P ] [ -n argshift ] [ -r ] n cmd...',
  options: 'Prn:',
  run(ctx: Ctx) {
    const strict = ctx.strict();
    let noPop = false;
    let raw = false;
    let m = 0;
    for (const o of ctx.opts) {
      if (o.c === 'P') noPop = true;
      else if (o.c === 'r') raw = true;
      else {
        const v = strictUint(o.arg!);
        if (v === undefined) ctx.usage();
        m = v;
      }
    }
    if (ctx.args.length === 0) ctx.usage();
    const n = strictUint(ctx.args[0]);
    if (n === undefined || (n === 0 && !raw)) ctx.usage();
    const sharp = readSharp(ctx);
    // skip n-1 blocks (n with -r)
    for (let i = 1; i < n + (raw ? 1 : 0); i++) {
      const base = m;
      for (;;) {
        if (++m > sharp) ctx.fatal('too few arguments', 100);
        const x = readParam(ctx, m);
        if (x === '') break;
        if (x[0] !== ' ' && strict) unquoted(ctx, strict, x, i, m - base);
      }
    }
    const argv = ctx.args.slice(1);
    if (raw) {
      if (++m > sharp) return { exit: 0 };
      for (; m <= sharp; m++) argv.push(readParam(ctx, m));
    } else {
      const base = m;
      for (;;) {
        if (++m > sharp) ctx.fatal('too few arguments', 100);
        const x = readParam(ctx, m);
        if (x === '') break;
        if (x[0] === ' ') argv.push(x.slice(1));
        else {
          if (strict) unquoted(ctx, strict, x, n, m - base);
          argv.push(x);
        }
      }
    }
    if (!noPop && !popPositionals(ctx.env)) ctx.fatalSys('unable to pop environment', 22, 111);
    return { exec: argv };
  },
};

export default runblock;
