// withstdinas: read all of stdin into a variable, then exec.
import type { Command, Ctx } from '../interp/command';
import { modifAndExec } from '../interp/autoimport';
import { errnoFrom } from '../interp/fdutil';
import { readAll } from '../runtime/io';
import { E } from '../runtime/errno';

const withstdinas: Command = {
  names: ['withstdinas'],
  usage: 'withstdinas [ -i | -I | -D default ] [ -N | -n ] [ -E | -e ] var remainder...',
  options: 'iINnD:Ee',
  run(ctx: Ctx) {
    let insist = 0, chomp = true, autoImport = false;
    let dflt: string | undefined;
    for (const o of ctx.opts) {
      switch (o.c) {
        case 'i': insist = 2; break;
        case 'I': insist = 1; break;
        case 'N': chomp = false; break;
        case 'n': chomp = true; break;
        case 'D': dflt = o.arg; break;
        case 'E': autoImport = true; break;
        case 'e': autoImport = false; break;
      }
    }
    if (ctx.args.length === 0) ctx.usage();
    const name = ctx.args[0];
    if (name === '' || name.includes('=')) ctx.fatal('invalid variable name', 100);
    const fd = ctx.st.fds.real(0);
    if (fd === undefined) ctx.fatalSys('unable to slurp', E.EBADF);
    let data: string;
    try {
      data = readAll(fd);
    } catch (e) {
      ctx.fatalSys('unable to slurp', errnoFrom(e));
    }
    let value: string | undefined = data;
    const nul = data.indexOf('\0');
    if (nul >= 0) {
      if (insist >= 2) ctx.fatal('stdin contained a null character', 1);
      else if (insist) value = undefined;
      else if (dflt !== undefined) {
        value = dflt;
        ctx.warn('stdin contained a null character - using default instead');
      } else value = data.slice(0, nul);
    } else if (chomp && data.endsWith('\n')) value = data.slice(0, -1);
    return modifAndExec(ctx, ctx.args.slice(1), name, value, autoImport);
  },
};

export default withstdinas;
