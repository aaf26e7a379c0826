// s6-mkdir: make directories (s6-portable-utils 2.2.5.1). -m gives the exact
// mode (umask ignored, trailing junk after the octal digits accepted); -p makes
// every prefix ending before a slash and accepts anything already there.
import * as fs from 'node:fs';
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { prefixOctal } from '../../interp/numbers';
import { writeErr } from '../../runtime/io';
import { strerror, E } from '../../runtime/errno';

function makeOne(ctx: Ctx, dir: string, mode: number, verbose: boolean, existOk: boolean): number {
  try {
    fs.mkdirSync(Buffer.from(dir, 'latin1'), mode);
  } catch (e) {
    const errno = errnoOf(e);
    if (existOk && errno === E.EEXIST) return 0;
    ctx.warn(`unable to mkdir ${dir}: ${strerror(errno)}`);
    return 111;
  }
  if (verbose) writeErr(`${ctx.prog}: created directory ${dir}\n`);
  return 0;
}

function makeWithParents(ctx: Ctx, dir: string, mode: number, verbose: boolean): number {
  for (let i = 1; i < dir.length; i++) {
    if (dir[i] !== '/') continue;
    const e = makeOne(ctx, dir.slice(0, i), mode, verbose, true);
    if (e) return e;
  }
  return makeOne(ctx, dir, mode, verbose, true);
}

const cmd: Command = {
  names: ['s6-mkdir'],
  usage: 's6-mkdir [ -p ] [ -v ] [ -m mode ] dir',
  options: 'pvm:',
  run(ctx: Ctx) {
    let parents = false, verbose = false;
    let mode = 0o777;
    let exactMode = false;
    for (const o of ctx.opts) {
      if (o.c === 'p') parents = true;
      else if (o.c === 'v') verbose = true;
      else { mode = prefixOctal(o.arg!) ?? ctx.usage(); exactMode = true; }
    }
    const saved = exactMode ? process.umask(0) : undefined;
    let status = 0;
    try {
      for (const d of ctx.args) {
        status |= parents ? makeWithParents(ctx, d, mode, verbose) : makeOne(ctx, d, mode, verbose, false);
      }
    } finally {
      if (saved !== undefined) process.umask(saved);
    }
    return { exit: status };
  },
};

export default cmd;
