// getcwd: put the (physical) working directory in a variable, then exec.
import type { Command, Ctx } from '../interp/command';
import { currentDir } from '../interp/cwd';
import { modifAndExec } from '../interp/autoimport';

const getcwd: Command = {
  names: ['getcwd'],
  usage: 'getcwd [ -E | -e ] variable prog...',
  options: 'Ee',
  run(ctx: Ctx) {
    let autoImport = false;
    for (const o of ctx.opts) autoImport = o.c === 'E';
    if (ctx.args.length < 2) ctx.usage();
    const name = ctx.args[0];
    if (name === '' || name.includes('=')) ctx.fatal('invalid variable name');
    const dir = currentDir();
    if (typeof dir === 'number') ctx.fatalSys('unable to getcwd', dir);
    return modifAndExec(ctx, ctx.args.slice(1), name, dir, autoImport);
  },
};

export default getcwd;
