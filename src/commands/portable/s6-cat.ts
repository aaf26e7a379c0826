// s6-cat: copy stdin to stdout until EOF (s6-portable-utils 2.2.5.1).
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { readSome, writeAll } from '../../runtime/io';
import { E } from '../../runtime/errno';
import { sigpipe } from '../../interp/stdout';

const cmd: Command = {
  names: ['s6-cat'],
  usage: 's6-cat',
  run(ctx: Ctx) {
    const buf = Buffer.allocUnsafe(65536);
    try {
      const input = ctx.realFd(0);
      const output = ctx.realFd(1);
      if (input === undefined || output === undefined) throw Object.assign(new Error('EBADF'), { errno: -E.EBADF });
      for (;;) {
        const n = readSome(input, buf);
        if (n === 0) break;
        writeAll(output, buf.subarray(0, n));
      }
    } catch (e) {
      if (errnoOf(e) === E.EPIPE) sigpipe();
      ctx.fatalSys('unable to fd_cat', errnoOf(e));
    }
    return { exit: 0 };
  },
};

export default cmd;
