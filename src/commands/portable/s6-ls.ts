// s6-ls: list a directory's names in directory order (s6-portable-utils 2.2.5.1).
import * as fs from 'node:fs';
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { OutBuffer } from '../../interp/stdout';

const cmd: Command = {
  names: ['s6-ls'],
  usage: 's6-ls [ -0 ] [ -a | -A ] [ -x exclude ] dir',
  options: '0aAx:',
  run(ctx: Ctx) {
    let all = 0;
    let exclude: string | undefined;
    let delim = '\n';
    for (const o of ctx.opts) {
      if (o.c === '0') delim = '\0';
      else if (o.c === 'a') all = 1;
      else if (o.c === 'A') all = 2;
      else exclude = o.arg;
    }
    if (!ctx.args.length) ctx.usage();
    const dir = ctx.args[0];
    let d: fs.Dir;
    try {
      d = fs.opendirSync(Buffer.from(dir, 'latin1') as unknown as string, { encoding: 'buffer' as BufferEncoding });
    } catch (e) {
      ctx.fatalSys(`unable to open directory ${dir}`, errnoOf(e));
    }
    const out = new OutBuffer(ctx);
    const emit = (name: string): void => {
      if (name.startsWith('.') && all < 2) {
        if (!all || name === '.' || name === '..') return;
      }
      if (name === exclude) return;
      out.put(name + delim);
    };
    try {
      // the directory stream Node gives never has . and .., which readdir(3) lists first
      emit('.');
      emit('..');
      for (;;) {
        const ent = d.readSync();
        if (!ent) break;
        emit((ent.name as unknown as Buffer).toString('latin1'));
      }
    } catch (e) {
      ctx.fatalSys(`unable to read directory ${dir}`, errnoOf(e));
    } finally {
      d.closeSync();
    }
    out.flush();
    return { exit: 0 };
  },
};

export default cmd;
