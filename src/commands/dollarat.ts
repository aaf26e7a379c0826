// dollarat: print the positional parameters (spec §4).
import type { Command, Ctx } from '../interp/command';
import { errnoOf } from '../interp/errors';
import { readSharp, readParam } from '../interp/params';

const dollarat: Command = {
  names: ['dollarat'],
  usage: 'dollarat [ -n ] [ -0 | -d delimchar ]',
  options: 'nd:0',
  run(ctx: Ctx) {
    let last = true;
    let delim = '\n';
    let zero = false;
    for (const o of ctx.opts) {
      if (o.c === 'n') last = false;
      else if (o.c === 'd') { delim = o.arg!.length ? o.arg![0] : '\0'; zero = false; }
      else zero = true;
    }
    if (zero) delim = '\0';
    // -d "" (not overridden by a later -0): netstrings, and -n has no effect
    const netstrings = delim === '\0' && !zero;
    const n = readSharp(ctx);
    let out = '';
    for (let i = 1; i <= n; i++) {
      const x = readParam(ctx, i);
      if (netstrings) out += `${x.length}:${x},`;
      else out += x + (i < n || last ? delim : '');
    }
    try {
      ctx.write(1, out);
    } catch (e) {
      ctx.fatalSys('unable to write to stdout', errnoOf(e), 111);
    }
    return { exit: 0 };
  },
};

export default dollarat;
