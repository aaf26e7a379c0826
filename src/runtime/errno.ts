// glibc's strerror texts (the native tools print them), via libc itself.
import { libc } from './libc';
import * as os from 'node:os';

const cache = new Map<number, string>();

export function strerror(errno: number): string {
  let s = cache.get(errno);
  if (s === undefined) {
    s = String(libc().strerror(errno));
    cache.set(errno, s);
  }
  return s;
}

export const E = os.constants.errno;
