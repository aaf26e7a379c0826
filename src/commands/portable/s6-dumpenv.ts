// s6-dumpenv: write each environment variable into DIR/NAME (s6-portable-utils 2.2.5.1),
// through a NAME=.tmp file renamed into place; -N adds a newline to each value.
import * as fs from 'node:fs';
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { strictOctal } from '../../interp/scanlist';
import { E } from '../../runtime/errno';

const cmd: Command = {
  names: ['s6-dumpenv'],
  usage: 's6-dumpenv [ -N | -n ] [ -m mode ] envdir',
  options: 'nNm:',
  run(ctx: Ctx) {
    let mode = 0o755;
    let newline = false;
    for (const o of ctx.opts) {
      if (o.c === 'n') newline = false;
      else if (o.c === 'N') newline = true;
      else mode = strictOctal(o.arg!) ?? ctx.usage();
    }
    if (!ctx.args.length) ctx.usage();
    const dir = ctx.args[0];
    const bdir = Buffer.from(dir, 'latin1');
    try {
      fs.mkdirSync(bdir, mode);
    } catch (e) {
      const errno = errnoOf(e);
      if (errno !== E.EEXIST) ctx.fatalSys(`unable to mkdir ${dir}`, errno);
      let st: fs.Stats;
      try {
        st = fs.statSync(bdir);
      } catch (e2) {
        ctx.fatalSys(`unable to stat ${dir}`, errnoOf(e2));
      }
      if (!st.isDirectory()) ctx.fatalSys(`unable to mkdir ${dir}`, E.ENOTDIR);
    }
    for (const entry of ctx.env.entries) {
      const eq = entry.indexOf('=');
      const name = eq < 0 ? entry : entry.slice(0, eq);
      const value = eq < 0 ? '' : entry.slice(eq + 1);
      const file = `${dir}/${name}`;
      const tmp = Buffer.from(`${file}=.tmp`, 'latin1');
      try {
        fs.writeFileSync(tmp, Buffer.from(newline ? value + '\n' : value, 'latin1'), { mode: 0o666 });
        try {
          fs.renameSync(tmp, Buffer.from(file, 'latin1'));
        } catch (e) {
          try { fs.unlinkSync(tmp); } catch { /* keep the rename's error */ }
          throw e;
        }
      } catch (e) {
        ctx.fatalSys(`unable to open ${file}`, errnoOf(e));
      }
    }
    return { exit: 0 };
  },
};

export default cmd;
