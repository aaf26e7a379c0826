// stat(2), lstat(2) and access(2) through libc, for eltest and s6-test: the
// first fs.statSync of a process costs ~0.3 ms (its JS layers and BigIntStats),
// paid by every service start that tests a file. struct stat is read by offset
// (the kernel's layout, the same for glibc and musl): x86-64, and the generic
// one of arm64. A C library without the stat symbols (glibc < 2.33 only has
// __xstat) gets Node's fs instead.
import * as fs from 'node:fs';
import { libc, cArg, isAscii } from './libc';

export interface FileStat {
  mode: number; uid: number; gid: number;
  dev: bigint; ino: bigint; size: bigint;
  atimeNs: bigint; mtimeNs: bigint;
}

export const S_IFMT = 0o170000, S_IFREG = 0o100000, S_IFDIR = 0o040000, S_IFLNK = 0o120000,
  S_IFBLK = 0o060000, S_IFCHR = 0o020000, S_IFIFO = 0o010000, S_IFSOCK = 0o140000;

const ARM64 = process.arch === 'arm64';
const OFF = ARM64
  ? { mode: 16, uid: 24, gid: 28 }
  : { mode: 24, uid: 28, gid: 32 };
const buf = new Uint8Array(256);
const view = new DataView(buf.buffer);
type StatFn = (path: string | Buffer, buf: Uint8Array) => number;
let fns: { stat: StatFn; lstat: StatFn } | false | null = null;

function fromLibc(p: string, link: boolean): FileStat | undefined {
  if (fns === null) {
    const L = libc();
    try { fns = { stat: L.stat, lstat: L.lstat }; } catch { fns = false; }
  }
  if (!fns) return fromNode(p, link);
  if ((link ? fns.lstat : fns.stat)(cArg(p), buf) !== 0) return undefined;
  const ns = (at: number): bigint => view.getBigInt64(at, true) * 1000000000n + view.getBigInt64(at + 8, true);
  return {
    mode: view.getUint32(OFF.mode, true), uid: view.getUint32(OFF.uid, true), gid: view.getUint32(OFF.gid, true),
    dev: view.getBigUint64(0, true), ino: view.getBigUint64(8, true), size: view.getBigInt64(48, true),
    atimeNs: ns(72), mtimeNs: ns(88),
  };
}

function fromNode(p: string, link: boolean): FileStat | undefined {
  const name = isAscii(p) ? p : Buffer.from(p, 'latin1');
  try {
    const s = link ? fs.lstatSync(name, { bigint: true }) : fs.statSync(name, { bigint: true });
    return { mode: Number(s.mode), uid: Number(s.uid), gid: Number(s.gid), dev: s.dev, ino: s.ino, size: s.size, atimeNs: s.atimeNs, mtimeNs: s.mtimeNs };
  } catch {
    return undefined;
  }
}

/** stat (or lstat) of a byte-string path; undefined if it fails. */
export const statOf = (p: string, link = false): FileStat | undefined => fromLibc(p, link);

/** access(2) with F_OK / R_OK / W_OK / X_OK. */
export function canAccess(p: string, mode: number): boolean {
  return libc().access(cArg(p), mode) === 0;
}
