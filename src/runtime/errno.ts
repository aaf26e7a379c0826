// glibc's strerror texts (the native tools print them), via libc itself.
import { libc } from './libc';

const cache = new Map<number, string>();

export function strerror(errno: number): string {
  let s = cache.get(errno);
  if (s === undefined) {
    s = String(libc().strerror(errno));
    cache.set(errno, s);
  }
  return s;
}

/**
 * The errno numbers the commands name: Linux's, the same on x86-64 and arm64 (the
 * generic table). A literal: os.constants.errno would load node:os at every start.
 * test/runtime/errno.test.ts checks them against os.constants.errno.
 */
export const E = {
  EPERM: 1, ENOENT: 2, EIO: 5, ENXIO: 6, EBADF: 9, ENOMEM: 12, EEXIST: 17, ENOTDIR: 20, EISDIR: 21,
  EINVAL: 22, EMFILE: 24, EPIPE: 32, ERANGE: 34, EIDRM: 43, EPROTO: 71, ENOTSUP: 95, ETIMEDOUT: 110,
} as const;
