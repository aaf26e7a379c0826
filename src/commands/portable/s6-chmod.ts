// s6-chmod: set a file's mode from an absolute octal number (s6-portable-utils 2.2.5.1).
// Bits above 07777 are dropped; operands after the file are ignored.
import * as fs from 'node:fs';
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { strictOctal } from '../../interp/scanlist';

const cmd: Command = {
  names: ['s6-chmod'],
  usage: 's6-chmod mode file',
  run(ctx: Ctx) {
    if (ctx.argv.length < 3) ctx.usage();
    const m = strictOctal(ctx.argv[1]);
    if (m === undefined) ctx.usage();
    const file = ctx.argv[2];
    try {
      fs.chmodSync(Buffer.from(file, 'latin1'), m & 0o7777);
    } catch (e) {
      ctx.fatalSys(`unable to change mode of ${file}`, errnoOf(e));
    }
    return { exit: 0 };
  },
};

export default cmd;
