// getpid: put the pid of this process (which execs prog), or with -P its
// parent's, in a variable, then exec.
import type { Command, Ctx } from '../interp/command';
import { modifAndExec } from '../interp/autoimport';
import { libc } from '../runtime/libc';

const getpid: Command = {
  names: ['getpid'],
  usage: 'getpid [ -E | -e ] [ -P | -p ] variable prog...',
  options: 'EePp',
  // the pid must be the one prog runs with: inside a block, run in a real process
  ownProcess: true,
  run(ctx: Ctx) {
    let autoImport = false, parent = false;
    for (const o of ctx.opts) {
      if (o.c === 'E' || o.c === 'e') autoImport = o.c === 'E';
      else parent = o.c === 'P';
    }
    if (ctx.args.length < 2) ctx.usage();
    const name = ctx.args[0];
    if (name === '' || name.includes('=')) ctx.fatal('invalid variable name');
    const pid = parent ? libc().getppid() : process.pid;
    return modifAndExec(ctx, ctx.args.slice(1), name, String(pid), autoImport);
  },
};

export default getpid;
