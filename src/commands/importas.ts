// importas: substitute a key with the value of an environment variable.
import type { Command } from '../interp/command';
import { substitute, transformOptions, transformValue } from '../interp/substitution';

const importas: Command = {
  names: ['importas'],
  usage: 'importas [ -i | -D default ] [ -u ] [ -N | -n ] [ -s ] [ -C | -c ] [ -d delim ] key var prog...',
  options: 'iD:uNnsCcd:',
  run(ctx) {
    if (ctx.args.length < 2) ctx.usage();
    const [key, name] = ctx.args;
    let insist = false;
    let dflt: string | undefined;
    let unexport = false;
    for (const o of ctx.opts) {
      if (o.c === 'i') insist = true;
      else if (o.c === 'D') dflt = o.arg;
      else if (o.c === 'u') unexport = true;
    }
    const value = ctx.env.get(name);
    let values: string[];
    if (value === undefined) {
      if (insist) ctx.fatal(`${name} not set`, 100);
      values = dflt === undefined ? [] : transformValue(ctx, transformOptions(ctx.opts), dflt);
    } else {
      values = transformValue(ctx, transformOptions(ctx.opts), value);
    }
    const next = substitute(ctx, new Map([[key, values]]), ctx.args.slice(2));
    if (unexport && value !== undefined) ctx.env.unset(name);
    return next;
  },
};

export default importas;
