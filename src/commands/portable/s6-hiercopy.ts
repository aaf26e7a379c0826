// s6-hiercopy: copy a tree (s6-portable-utils 2.2.5.1, skalibs hiercopy), with
// the umask off: modes, owners (lchown) and special files are reproduced.
// The source is examined with lstat, so a symlink is copied as a symlink and
// never followed out of the tree. Only a failure at the top is an error:
// entries below that cannot be copied are silently skipped.
import * as fs from 'node:fs';
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { mknod } from '../../runtime/linkat';
import { E } from '../../runtime/errno';

class CopyError { constructor(public errno: number) {} }

const b = (s: string): Buffer => Buffer.from(s, 'latin1');

function check(f: () => void): void {
  try { f(); } catch (e) { throw new CopyError(errnoOf(e)); }
}

function copyFile(src: string, dst: string, mode: number): void {
  let from = -1, to = -1;
  try {
    check(() => { from = fs.openSync(b(src), fs.constants.O_RDONLY); });
    check(() => { to = fs.openSync(b(dst), fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC, mode & 0o7777); });
    const buf = Buffer.allocUnsafe(65536);
    for (;;) {
      let n = 0;
      check(() => { n = fs.readSync(from, buf, 0, buf.length, null); });
      if (n === 0) break;
      check(() => { let off = 0; while (off < n) off += fs.writeSync(to, buf, off, n - off); });
    }
  } finally {
    if (to >= 0) fs.closeSync(to);
    if (from >= 0) fs.closeSync(from);
  }
}

function copyDir(src: string, dst: string, mode: number): void {
  let names: Buffer[] = [];
  try {
    names = fs.readdirSync(b(src), { encoding: 'buffer' });
  } catch (e) {
    if (errnoOf(e) !== E.ENOENT) throw new CopyError(errnoOf(e));
  }
  try {
    fs.mkdirSync(b(dst), 0o700);
  } catch (e) {
    if (errnoOf(e) !== E.EEXIST) throw new CopyError(errnoOf(e));
    let st: fs.Stats | undefined;
    check(() => { st = fs.statSync(b(dst)); });
    if (!st!.isDirectory()) throw new CopyError(E.ENOTDIR);
  }
  for (const n of names) {
    const name = n.toString('latin1');
    try {
      copyTree(`${src}/${name}`, `${dst}/${name}`);
    } catch (e) {
      if (!(e instanceof CopyError)) throw e;
    }
  }
  check(() => fs.chmodSync(b(dst), mode & 0o7777));
}

export function copyTree(src: string, dst: string): void {
  let st: fs.BigIntStats | undefined;
  check(() => { st = fs.lstatSync(b(src), { bigint: true }); });
  const s = st!;
  const mode = Number(s.mode);
  if (s.isFile()) copyFile(src, dst, mode);
  else if (s.isDirectory()) copyDir(src, dst, mode);
  else if (s.isFIFO()) { const e = mknod(dst, mode, 0); if (e) throw new CopyError(e); }
  else if (s.isSymbolicLink()) {
    let target: Buffer | undefined;
    check(() => { target = fs.readlinkSync(b(src), { encoding: 'buffer' }); });
    check(() => fs.symlinkSync(target!, b(dst)));
  } else if (s.isCharacterDevice() || s.isBlockDevice() || s.isSocket()) {
    const e = mknod(dst, mode, s.rdev);
    if (e) throw new CopyError(e);
  } else throw new CopyError(E.ENOTSUP);
  try { fs.lchownSync(b(dst), Number(s.uid), Number(s.gid)); } catch { /* as native: owners are best effort */ }
  if (!s.isSymbolicLink()) {
    try { fs.chmodSync(b(dst), mode & 0o7777); } catch { /* ignored natively too */ }
  }
}

const cmd: Command = {
  names: ['s6-hiercopy'],
  usage: 's6-hiercopy src dst',
  run(ctx: Ctx) {
    if (ctx.argv.length < 3) ctx.usage();
    const [src, dst] = ctx.argv.slice(1, 3);
    const saved = process.umask(0);
    try {
      copyTree(src, dst);
    } catch (e) {
      if (!(e instanceof CopyError)) throw e;
      ctx.fatalSys(`unable to copy hierarchy from ${src} to ${dst}`, e.errno);
    } finally {
      process.umask(saved);
    }
    return { exit: 0 };
  },
};

export default cmd;
