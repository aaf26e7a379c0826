// shift: shift the positional parameters by args and/or blocks (spec §4).
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';
import { fatalUnable } from '../interp/errors';
import { readSharp, readParam } from '../interp/params';

const shift: Command = {
  names: ['shift'],
  usage: 'shift [ -n arg# ] [ -b block# ] prog...',
  options: 'n:b:',
  run(ctx: Ctx) {
    let n = 0;
    let blocks = 0;
    let given = false;
    for (const o of ctx.opts) {
      const v = strictUint(o.arg!);
      if (v === undefined) ctx.usage();
      if (o.c === 'n') n = v; else blocks = v;
      given = true;
    }
    if (ctx.args.length === 0) ctx.usage();
    if (!given) n = 1;
    const strict = ctx.strict();
    const sharp = readSharp(ctx);
    if (n > sharp) {
      if (strict === 1) ctx.warn(`unable to shift ${n} arguments: got ${sharp}`);
      else if (strict > 1) fatalUnable(ctx.prog, `shift ${n} arguments: got ${sharp}`, 100);
      n = sharp;
    }
    for (let i = 0; i < blocks; i++) {
      const base = n;
      for (;;) {
        n++;
        if (n > sharp) {
          // native formats the block index over the digits of n without terminating it
          const idx = String(i);
          fatalUnable(ctx.prog, `shift block : too few arguments (${idx + String(n).slice(idx.length)})`, 100);
        }
        const x = readParam(ctx, n);
        if (x === '') break;
        if (x[0] !== ' ' && strict) {
          const msg = `unquoted positional ${x} at block ${i} position ${n - base}`;
          if (strict === 1) ctx.warn(msg); else ctx.fatal(msg, 100);
        }
      }
    }
    const kept = sharp - n;
    const moved: (string | undefined)[] = [];
    for (let i = 1; i <= kept; i++) moved.push(ctx.env.get(String(i + n)));
    ctx.env.set('#', String(kept));
    for (let i = 1; i <= sharp; i++) {
      const v = i <= kept ? moved[i - 1] : undefined;
      if (v === undefined) ctx.env.unset(String(i)); else ctx.env.set(String(i), v);
    }
    return { exec: ctx.args };
  },
};

export default shift;
