// s6-touch: create files or update their times, by opening them for writing
// (s6-portable-utils 2.2.5.1); stops at the first failure.
import * as fs from 'node:fs';
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';

const FLAGS = fs.constants.O_WRONLY | fs.constants.O_NONBLOCK | fs.constants.O_CREAT;

const cmd: Command = {
  names: ['s6-touch'],
  usage: 's6-touch file ...',
  run(ctx: Ctx) {
    if (ctx.argv.length < 2) ctx.usage();
    for (const f of ctx.argv.slice(1)) {
      try {
        const fd = fs.openSync(Buffer.from(f, 'latin1'), FLAGS, 0o666);
        try {
          const now = Date.now() / 1000;
          fs.futimesSync(fd, now, now);
        } finally {
          fs.closeSync(fd);
        }
      } catch (e) {
        ctx.fatalSys(`unable to touch ${f}`, errnoOf(e));
      }
    }
    return { exit: 0 };
  },
};

export default cmd;
