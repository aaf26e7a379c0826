// stat(2), lstat(2) and access(2) as system calls (runtime/libc.ts), for eltest and
// s6-test: the first fs.statSync of a process costs ~0.3 ms (its JS layers and
// BigIntStats), paid by every service start that tests a file. struct stat is read
// by offset (the kernel's layout): x86-64, and the generic one of arm64.
import { libc, cArg } from './libc';

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

/** stat (or lstat) of a byte-string path; undefined if it fails. */
export function statOf(p: string, link = false): FileStat | undefined {
  const L = libc();
  if ((link ? L.lstat(cArg(p), buf) : L.stat(cArg(p), buf)) !== 0) return undefined;
  const ns = (at: number): bigint => view.getBigInt64(at, true) * 1000000000n + view.getBigInt64(at + 8, true);
  return {
    mode: view.getUint32(OFF.mode, true), uid: view.getUint32(OFF.uid, true), gid: view.getUint32(OFF.gid, true),
    dev: view.getBigUint64(0, true), ino: view.getBigUint64(8, true), size: view.getBigInt64(48, true),
    atimeNs: ns(72), mtimeNs: ns(88),
  };
}

/** Only the st_mode of a path (stat), or undefined: no BigInt for callers that need no more. */
export function modeOf(p: string): number | undefined {
  if (libc().stat(cArg(p), buf) !== 0) return undefined;
  return buf[OFF.mode] | (buf[OFF.mode + 1] << 8) | (buf[OFF.mode + 2] << 16);
}

/** access(2) with F_OK / R_OK / W_OK / X_OK. */
export function canAccess(p: string, mode: number): boolean {
  return libc().access(cArg(p), mode) === 0;
}
