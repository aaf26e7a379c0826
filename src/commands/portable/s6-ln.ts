// s6-ln: make hard or symbolic links (s6-portable-utils 2.2.5.1). With -f an
// existing target is replaced atomically: link to a temporary name, then rename.
// Exits with the number of links it failed to make (111 if the target cannot be stat'ed).
import * as fs from 'node:fs';
import * as crypto from 'node:crypto';
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { basename } from '../../interp/skapath';
import { linkAt, AT_SYMLINK_FOLLOW } from '../../runtime/linkat';
import { strerror, E } from '../../runtime/errno';

type LinkFn = (from: string, to: string) => number;

const b = (s: string): Buffer => Buffer.from(s, 'latin1');
const attempt = (f: () => void): number => { try { f(); return 0; } catch (e) { return errnoOf(e); } };

const hardLink: LinkFn = (from, to) => linkAt(from, to, 0);
const hardLinkFollow: LinkFn = (from, to) => linkAt(from, to, AT_SYMLINK_FOLLOW);
const symLink: LinkFn = (from, to) => attempt(() => fs.symlinkSync(b(from), b(to)));

/** Make the link under a fresh temporary name next to `to` (skalibs mklinktemp). */
function linkTemp(from: string, to: string, link: LinkFn): { name: string; errno: number } {
  for (;;) {
    const name = `${to}:s6-ln:${crypto.randomBytes(6).toString('base64').replace(/[+/]/g, '_')}`;
    const errno = link(from, name);
    if (errno !== E.EEXIST) return { name, errno };
  }
}

function makeLink(ctx: Ctx, from: string, to: string, link: LinkFn, force: boolean): number {
  const errno = link(from, to);
  if (!errno) return 0;
  if (!force || errno !== E.EEXIST) {
    ctx.warn(`unable to make a link from ${to} to ${from}: ${strerror(errno)}`);
    return 1;
  }
  const tmp = linkTemp(from, to, link);
  if (tmp.errno) {
    ctx.warn(`unable to make a link to ${from}: ${strerror(tmp.errno)}`);
    return 1;
  }
  const r = attempt(() => fs.renameSync(b(tmp.name), b(to)));
  // renaming a hard link onto the same file does nothing: the temporary name stays
  attempt(() => fs.unlinkSync(b(tmp.name)));
  if (r) {
    ctx.warn(`unable to atomically replace ${to}: ${strerror(r)}`);
    return 1;
  }
  return 0;
}

const cmd: Command = {
  names: ['s6-ln'],
  usage: 's6-ln [ -n ] [ -s ] [ -f ] [ -L ] [ -P ] src... dest',
  options: 'nsfLP',
  run(ctx: Ctx) {
    let link: LinkFn = hardLink;
    let force = false, noDir = false;
    for (const o of ctx.opts) {
      if (o.c === 'n') noDir = true;
      else if (o.c === 's') link = symLink;
      else if (o.c === 'f') force = true;
      else if (o.c === 'L') { if (link !== symLink) link = hardLinkFollow; }
      else if (link !== symLink) link = hardLink;
    }
    const args = ctx.args;
    if (args.length < 2) ctx.usage();
    const dest = args[args.length - 1];
    if (args.length > 2) {
      let failures = 0;
      for (const src of args.slice(0, -1)) failures += makeLink(ctx, src, `${dest}/${basename(src)}`, link, force);
      return { exit: failures };
    }
    const [src] = args;
    let st: fs.Stats;
    try {
      st = noDir ? fs.lstatSync(b(dest)) : fs.statSync(b(dest));
    } catch (e) {
      const errno = errnoOf(e);
      if (errno !== E.ENOENT) ctx.fatalSys(`unable to stat ${dest}`, errno);
      return { exit: makeLink(ctx, src, dest, link, force) };
    }
    if (!st.isDirectory()) return { exit: makeLink(ctx, src, dest, link, force) };
    return { exit: makeLink(ctx, src, `${dest}/${basename(src)}`, link, force) };
  },
};

export default cmd;
