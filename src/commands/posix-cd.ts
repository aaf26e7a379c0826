// posix-cd: the POSIX cd utility as a chain command: HOME, `-` (OLDPWD), CDPATH,
// logical (-L, default) or physical (-P) PWD, OLDPWD; then exec the rest.
import * as fs from 'node:fs';
import type { Command, Ctx } from '../interp/command';
import { changeDir, currentDir } from '../interp/cwd';
import { errnoOf } from '../interp/errors';

const PATH_MAX = 4096;
const ENOTDIR = 20;

const posixCd: Command = {
  names: ['posix-cd'],
  usage: 'posix-cd [ -L | -P ] [ - | path ] [ prog... ]',
  options: 'LP',
  run(ctx: Ctx) {
    let physical = false;
    for (const o of ctx.opts) physical = o.c === 'P';
    let args = ctx.args;
    let where: string | undefined;
    let printDir = false;
    if (args.length === 0) where = ctx.env.get('HOME');
    else {
      where = args[0];
      args = args.slice(1);
      if (where === '-') { where = ctx.env.get('OLDPWD'); printDir = true; }
    }
    if (!where) ctx.usage();

    let target = where;
    if (!isExplicit(where)) {
      const found = searchCdpath(ctx.env.get('CDPATH'), where);
      if (found) {
        target = found.path;
        if (found.isDir) printDir = true;
      }
    }

    const old = currentDir();
    if (typeof old === 'number') ctx.fatalSys('unable to getcwd', old);
    const pwd = ctx.env.get('PWD');
    ctx.env.set('OLDPWD', old);

    let dest = target;
    if (!physical) {
      let full = target;
      if (pwd !== undefined && full[0] !== '/') full = pwd + (pwd !== '' && !pwd.endsWith('/') ? '/' : '') + full;
      const c = canonicalize(full);
      if (typeof c !== 'string') ctx.fatalSys(`unable to canonicalize ${full}: problem with ${c.problem}`, c.errno);
      ctx.env.set('PWD', c);
      dest = c;
      // an over-long path is shortened to one relative to PWD when possible
      if (dest.length + 1 > PATH_MAX && where.length < PATH_MAX && pwd) {
        const slash = pwd.endsWith('/');
        if (dest.startsWith(pwd) && (slash || (dest.length > pwd.length && dest[pwd.length] === '/'))) {
          dest = dest.slice(pwd.length + (slash ? 0 : 1));
        }
      }
    }
    const err = changeDir(ctx, dest);
    if (err) ctx.fatalSys(`unable to chdir to ${where}`, err);
    if (physical) {
      const now = currentDir();
      if (typeof now === 'number') ctx.fatalSys('unable to getcwd', now);
      ctx.env.set('PWD', now);
      dest = now;
    }
    if (printDir) {
      try { ctx.write(1, dest + '\n'); } catch (e) { ctx.fatalSys('unable to write to stdout', errnoOf(e)); }
    }
    return { exec: args };
  },
};

/** Paths that are never looked up in CDPATH: /..., ., ./..., .., ../... */
function isExplicit(p: string): boolean {
  return p[0] === '/' || p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../');
}

/**
 * Try each CDPATH entry (an empty one means "."). The native tool keeps the last
 * candidate it tried when none is a directory, so that is what is returned then.
 */
function searchCdpath(cdpath: string | undefined, where: string): { path: string; isDir: boolean } | undefined {
  if (!cdpath) return undefined;
  let last = '';
  let pos = 0;
  while (pos < cdpath.length) {
    let end = cdpath.indexOf(':', pos);
    if (end < 0) end = cdpath.length;
    const dir = cdpath.slice(pos, end);
    last = (dir === '' ? './' : dir.endsWith('/') ? dir : dir + '/') + where;
    if (isDirectory(last)) return { path: last, isDir: true };
    pos = end + 1;
  }
  return { path: last, isDir: false };
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(Buffer.from(p, 'latin1')).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Lexical canonicalisation (skalibs path_canonicalize with checking): drop empty
 * and `.` components, let `..` remove the previous component after checking that
 * it is a directory, keep leading `..` of a relative path.
 */
export function canonicalize(input: string): string | { problem: string; errno: number } {
  const absolute = input[0] === '/';
  const kept: string[] = [];
  let ups = 0; // leading ".." kept in a relative path
  const parts = input.split('/');
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part !== '..') { kept.push(part); continue; }
    if (kept.length > 0) {
      const upTo = (absolute ? '/' : '') + [...Array(ups).fill('..'), ...kept].join('/');
      let errno = 0;
      try {
        if (!fs.statSync(Buffer.from(upTo, 'latin1')).isDirectory()) errno = ENOTDIR;
      } catch (e) {
        errno = errnoOf(e);
      }
      if (errno) return { problem: upTo, errno };
      kept.pop();
    } else if (!absolute) {
      ups++;
    }
  }
  const body = [...Array(ups).fill('..'), ...kept].join('/');
  if (absolute) return '/' + body;
  return body === '' ? '.' : body;
}

export default posixCd;
