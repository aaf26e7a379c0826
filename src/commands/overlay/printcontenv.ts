// printcontenv VAR: a container-environment value, as the overlay reads it.
import type { Command, Ctx } from '../../interp/command';
import * as fs from 'node:fs';
import { CONTENV, keepEnv } from '../../overlay/contenv';

const cmd: Command = {
  names: ['printcontenv'],
  usage: 'printcontenv var',
  run(ctx: Ctx) {
    if (ctx.args.length < 1) return { exit: 1 };
    const name = ctx.args[0];
    if (keepEnv(ctx.env.entries, ctx.prog)) {
      const v = ctx.env.get(name);
      if (v === undefined) return { exit: 100 };
      ctx.write(1, v);
      return { exit: 0 };
    }
    const p = Buffer.from(`${CONTENV}/${name}`, 'latin1');
    let s: string;
    try {
      if (!fs.statSync(p).isFile()) return { exit: 1 };
      s = fs.readFileSync(p, 'latin1');
    } catch {
      return { exit: 1 };
    }
    ctx.write(1, (s.endsWith('\n') ? s.slice(0, -1) : s) + '\n');
    return { exit: 0 };
  },
};
export default cmd;
