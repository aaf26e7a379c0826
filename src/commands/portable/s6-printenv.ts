// s6-printenv: print the environment, one variable per line, NUL-terminated
// with -0, or as netstrings with -d "" (s6-portable-utils 2.2.5.1; s6-env runs it).
import type { Command, Ctx } from '../../interp/command';
import { OutBuffer } from '../../interp/stdout';

const cmd: Command = {
  names: ['s6-printenv'],
  usage: 's6-printenv [ -n ] [ -0 | -d delimchar ]',
  options: 'nd:0',
  run(ctx: Ctx) {
    let delim = '\n';
    let zero = false, newline = true;
    for (const o of ctx.opts) {
      if (o.c === 'n') newline = false;
      else if (o.c === 'd') delim = o.arg!.length ? o.arg![0] : '\0';
      else zero = true;
    }
    if (zero) delim = '\0';
    const out = new OutBuffer(ctx);
    const entries = ctx.env.entries;
    entries.forEach((e, i) => {
      if (delim !== '\0' || zero) out.put(e + (newline || i + 1 < entries.length ? delim : ''));
      else out.put(`${e.length}:${e},`);
    });
    out.flush();
    return { exit: 0 };
  },
};

export default cmd;
