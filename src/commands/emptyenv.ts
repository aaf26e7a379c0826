// emptyenv: exec with an emptied or cleaned-up environment, or pop the
// positional / elgetopt frames (spec §4).
import type { Command, Ctx } from '../interp/command';
import { nameOf } from '../interp/env';
import { popFrame, isPositionalName } from '../interp/positionals';

/** What -c removes: execline's own variables. */
function isExeclineVar(entry: string): boolean {
  return entry.startsWith('ELGETOPT_') || entry.startsWith('EXECLINE_') || entry.startsWith('FD')
    || isPositionalName(entry);
}

const emptyenv: Command = {
  names: ['emptyenv'],
  usage: 'emptyenv [ -p | -c | -o | -P ] prog...',
  options: 'pcoP',
  run(ctx: Ctx) {
    const flags = new Set(ctx.opts.map((o) => o.c));
    if (ctx.args.length === 0) ctx.usage();
    const env = ctx.env;
    if (flags.has('c')) {
      const original = env.entries.slice();
      env.unset('!');
      env.unset('?');
      for (const e of original) if (isExeclineVar(e)) env.unset(nameOf(e));
    } else if (!flags.has('o') && !flags.has('P')) {
      const path = flags.has('p') ? env.entries.find((e) => e.startsWith('PATH=')) : undefined;
      env.entries = path === undefined ? [] : [path];
    } else {
      const pos = flags.has('P');
      const opt = flags.has('o');
      const ok = popFrame(env, (name) => (pos && isPositionalName(name)) || (opt && name.startsWith('ELGETOPT_')), pos ? 1 : 9);
      if (!ok) ctx.fatalSys('unable to pop current execline environment', 22, 111);
    }
    return { exec: ctx.args };
  },
};

export default emptyenv;
