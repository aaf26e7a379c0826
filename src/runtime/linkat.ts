// linkat(2) and mknod(2), which Node's fs lacks (link with AT_SYMLINK_FOLLOW,
// device nodes and sockets). Bound on first use; errors come back as errno.
import { libc, cstr } from './libc';

/* eslint-disable @typescript-eslint/no-explicit-any */
let fns: { linkat: any; mknod: any } | null = null;

function bind(): { linkat: any; mknod: any } {
  if (!fns) {
    const lib = libc().koffi.load('libc.so.6');
    fns = {
      linkat: lib.func('int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)'),
      mknod: lib.func('int mknod(const char *path, uint32 mode, uint64 dev)'),
    };
  }
  return fns;
}

const AT_FDCWD = -100;
export const AT_SYMLINK_FOLLOW = 0x400;

/** linkat(AT_FDCWD, from, AT_FDCWD, to, flags): 0 or errno. */
export function linkAt(from: string, to: string, flags: number): number {
  return bind().linkat(AT_FDCWD, cstr(from), AT_FDCWD, cstr(to), flags) < 0 ? libc().errno() : 0;
}

/** mknod(path, mode, dev): 0 or errno. */
export function mknod(path: string, mode: number, dev: number | bigint): number {
  return bind().mknod(cstr(path), mode, BigInt(dev)) < 0 ? libc().errno() : 0;
}
