// s6-setuidgid: run a program as an account (s6 2.11.3.2, spec §7.3), by
// rewriting itself into s6-envuidgid / s6-applyuidgid (bare names: our builtins).
import type { Command, Ctx } from '../../interp/command';

const cmd: Command = {
  names: ['s6-setuidgid'],
  usage: 's6-setuidgid username prog...',
  run(ctx: Ctx) {
    if (ctx.argv.length < 3) ctx.usage();
    const account = ctx.argv[1];
    const prog = ctx.argv.slice(2);
    if (account === '') return { exec: prog };
    const colon = account.indexOf(':');
    if (colon >= 0) {
      return { exec: ['s6-applyuidgid', '-u', account.slice(0, colon), '-g', account.slice(colon + 1), '-G', '', '--', ...prog] };
    }
    return { exec: ['s6-envuidgid', account, 's6-applyuidgid', '-Uz', '--', ...prog] };
  },
};

export default cmd;
