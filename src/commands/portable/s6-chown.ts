// s6-chown: set a file's numeric owner and/or group (s6-portable-utils 2.2.5.1).
// Like chown(2) it acts on what the operand names (a symlink operand: its target).
import * as fs from 'node:fs';
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { strictUint } from '../../interp/numbers';

const cmd: Command = {
  names: ['s6-chown'],
  usage: 's6-chown [ -U ] [ -u uid ] [ -g gid ] file',
  options: 'Uu:g:',
  run(ctx: Ctx) {
    let uid = -1, gid = -1;
    for (const o of ctx.opts) {
      if (o.c === 'u') uid = strictUint(o.arg!) ?? ctx.usage();
      else if (o.c === 'g') gid = strictUint(o.arg!) ?? ctx.usage();
      else {
        const u = ctx.env.get('UID');
        if (u === undefined) ctx.fatal('UID not set', 100);
        uid = strictUint(u) ?? ctx.fatal('invalid $UID', 100);
        const g = ctx.env.get('GID');
        if (g === undefined) ctx.fatal('GID not set', 100);
        gid = strictUint(g) ?? ctx.fatal('invalid $GID', 100);
      }
    }
    if (!ctx.args.length) ctx.usage();
    const file = ctx.args[0];
    try {
      // (uid_t)-1 leaves the owner as is, whatever way it is spelt
      fs.chownSync(Buffer.from(file, 'latin1'), uid === 0xffffffff ? -1 : uid, gid === 0xffffffff ? -1 : gid);
    } catch (e) {
      ctx.fatalSys(`unable to chown ${file}`, errnoOf(e));
    }
    return { exit: 0 };
  },
};

export default cmd;
