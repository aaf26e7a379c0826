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

type ErrnoTable = typeof import('node:os').constants.errno;
let errnoTable: ErrnoTable | null = null;
const table = (): ErrnoTable => (errnoTable ??= (require('node:os') as typeof import('node:os')).constants.errno);

/** errno numbers by name (os.constants.errno); node:os is loaded on first use, not at every start. */
export const E: ErrnoTable = new Proxy({} as ErrnoTable, {
  get: (_t, key) => (table() as Record<string | symbol, number>)[key],
  has: (_t, key) => key in table(),
  ownKeys: () => Reflect.ownKeys(table()),
  getOwnPropertyDescriptor: (_t, key) => {
    const d = Reflect.getOwnPropertyDescriptor(table(), key);
    return d && { ...d, configurable: true };
  },
});
