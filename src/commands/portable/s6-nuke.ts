// s6-nuke: send signals to every process it may (kill -1), sparing itself
// (s6-portable-utils 2.2.5.1). It must be a process of its own (`ownProcess`):
// inside a block, the interpreter running the block would otherwise be hit too.
import type { Command, Ctx } from '../../interp/command';
import { libc } from '../../runtime/libc';

const SIGHUP = 1, SIGKILL = 9, SIGTERM = 15, SIGCONT = 18;
const SIG_IGN = 1;

const cmd: Command = {
  names: ['s6-nuke'],
  usage: 's6-nuke [ -h | -t | -k ]',
  options: 'htk',
  ownProcess: true,
  run(ctx: Ctx) {
    const L = libc();
    let errno = 0;
    const blast = (sig: number): void => {
      if (L.kill(-1, sig) < 0) errno = L.errno();
    };
    const has = (c: string): boolean => ctx.opts.some((o) => o.c === c);
    if (has('h')) { L.signal(SIGHUP, SIG_IGN); blast(SIGHUP); }
    if (has('t')) { L.signal(SIGTERM, SIG_IGN); blast(SIGTERM); blast(SIGCONT); }
    if (has('k')) blast(SIGKILL);
    if (errno) ctx.fatalSys('unable to kill', errno);
    return { exit: 0 };
  },
};

export default cmd;
