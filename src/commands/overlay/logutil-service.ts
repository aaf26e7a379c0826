// logutil-service [ -f FIFO ] LOGDIR: a logger service's run command; with -f
// the logger reads FIFO (opened without waiting for a writer).
import type { Command, Ctx } from '../../interp/command';
import * as fs from 'node:fs';
import { errnoOf } from '../../interp/errors';
import { libc } from '../../runtime/libc';

const F_GETFL = 3, F_SETFL = 4, O_NONBLOCK = 0o4000;

const cmd: Command = {
  names: ['logutil-service'],
  usage: 'logutil-service [ -f fifo ] logdir',
  options: 'f:',
  run(ctx: Ctx) {
    let fifo: string | undefined;
    for (const o of ctx.opts) fifo = o.arg;
    if (ctx.args.length < 1) return { exit: 1 };
    if (fifo !== undefined) {
      let fd: number;
      try {
        fd = fs.openSync(Buffer.from(fifo, 'latin1'), fs.constants.O_RDONLY | O_NONBLOCK);
      } catch (e) {
        return ctx.fatalSys(`unable to open ${fifo}`, errnoOf(e), 111);
      }
      const L = libc();
      L.fcntl3(fd, F_SETFL, L.fcntl2(fd, F_GETFL) & ~O_NONBLOCK);
      ctx.st.fds.set(0, ctx.st.fds.own(fd));
    }
    return { exec: ['logutil-service-main', ctx.args[0]] };
  },
};
export default cmd;
