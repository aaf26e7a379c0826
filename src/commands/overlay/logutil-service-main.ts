// logutil-service-main LOGDIR: become nobody and run s6-log with
// S6_LOGGING_SCRIPT, in an empty environment.
import type { Command, Ctx } from '../../interp/command';
import { contenvValue } from '../../overlay/contenv';
import { nobody } from '../../overlay/accounts';
import { libc } from '../../runtime/libc';
import { fatalSys } from '../../interp/errors';

const cmd: Command = {
  names: ['logutil-service-main'],
  usage: 'logutil-service-main logdir',
  run(ctx: Ctx) {
    if (ctx.args.length < 1) return { exit: 1 };
    const script = contenvValue('S6_LOGGING_SCRIPT', ctx.env.entries, ctx.prog) ?? 'n20 s1000000 T';
    const directives = script.split(/[ \t]+/).filter((w) => w !== '');
    const who = nobody();
    const L = libc();
    // The messages are those of s6-applyuidgid, which did this in the original.
    const prog = 's6-applyuidgid';
    if (L.setgroups(who.groups.length, who.groups.length ? who.groups : null) < 0) fatalSys(prog, 'unable to set supplementary group list', L.errno());
    if (L.setgid(who.gid) < 0) fatalSys(prog, `unable to setgid to ${who.gid}`, L.errno());
    if (L.setuid(who.uid) < 0) fatalSys(prog, `unable to setuid to ${who.uid}`, L.errno());
    return { exec: ['s6-log', '-bp', '--', ...directives, ctx.args[0]], emptyEnv: true };
  },
};
export default cmd;
