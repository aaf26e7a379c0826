// s6-rmrf: remove files and whole trees (s6-portable-utils 2.2.5.1, skalibs rm_rf).
// A name is unlinked first; only if that says "is a directory" is it listed and
// emptied, so a symlink is removed itself and never followed out of the tree.
import * as fs from 'node:fs';
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { E } from '../../runtime/errno';

class RmError { constructor(public errno: number) {} }

function attempt(f: () => void): number {
  try { f(); return 0; } catch (e) { return errnoOf(e); }
}

/** The entries of a directory (a vanished directory has none). */
function entries(dir: Buffer): Buffer[] {
  try {
    return fs.readdirSync(dir, { encoding: 'buffer' });
  } catch (e) {
    const errno = errnoOf(e);
    if (errno === E.ENOENT) return [];
    throw new RmError(errno);
  }
}

export function removeTree(p: Buffer): void {
  const err = attempt(() => fs.unlinkSync(p));
  if (err === 0 || err === E.ENOENT) return;
  if (err !== E.EISDIR && err !== E.EPERM) throw new RmError(err);
  try {
    for (const name of entries(p)) removeTree(Buffer.concat([p, Buffer.from('/'), name]));
  } catch (e) {
    // EPERM from unlink on something that is not a directory: report EPERM
    if (err === E.EPERM && e instanceof RmError && e.errno === E.ENOTDIR) throw new RmError(E.EPERM);
    throw e;
  }
  const r = attempt(() => fs.rmdirSync(p));
  if (r) throw new RmError(r);
}

const cmd: Command = {
  names: ['s6-rmrf'],
  usage: 's6-rmrf file ...',
  run(ctx: Ctx) {
    if (ctx.argv.length < 2) ctx.usage();
    for (const f of ctx.argv.slice(1)) {
      try {
        removeTree(Buffer.from(f, 'latin1'));
      } catch (e) {
        if (!(e instanceof RmError)) throw e;
        // the native message always names the first operand
        ctx.fatalSys(`unable to remove ${ctx.argv[1]}`, e.errno);
      }
    }
    return { exit: 0 };
  },
};

export default cmd;
