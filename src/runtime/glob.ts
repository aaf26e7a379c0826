// glob(3) through libc, so elglob matches exactly what the native one does on
// the same system (same matching rules, same unsorted directory order).
import { libc, cstr } from './libc';

// Flag and return values: identical in glibc and musl.
export const GLOB_ERR = 1;
export const GLOB_MARK = 2;
export const GLOB_NOSORT = 4;
export const GLOB_NOCHECK = 16;
export const GLOB_NOESCAPE = 64;
const GLOB_NOMATCH = 3;

/** glob_t starts with size_t gl_pathc; char **gl_pathv (glibc and musl, 64-bit). */
const GLOB_T_SIZE = 512;

let errfuncType: unknown = null;

export type GlobResult = { paths: string[] } | { errno: number };

/* eslint-disable @typescript-eslint/no-explicit-any */
function readBytes(k: any, ptr: unknown): string {
  const len = Number(libc().strlen(ptr));
  if (len === 0) return '';
  return Buffer.from(k.view(ptr, len)).toString('latin1');
}

/**
 * Run glob(pattern, flags). A no-match (without GLOB_NOCHECK) is zero paths.
 * `onError(dir, errno)` is glob's errfunc (its return value is ignored: 0, go on).
 * Any other failure returns the errno glob left (or the last one reported).
 */
export function globPaths(pattern: string, flags: number, onError?: (dir: string, errno: number) => void): GlobResult {
  const L = libc();
  const k = L.koffi;
  const g = Buffer.alloc(GLOB_T_SIZE);
  let cb: unknown = null;
  let lastErr = 0;
  if (onError) {
    if (errfuncType === null) errfuncType = k.pointer(k.proto('int elts_glob_errfunc(void *epath, int eerrno)'));
    cb = k.register((p: unknown, e: number) => {
      lastErr = e;
      onError(readBytes(k, p), e);
      return 0;
    }, errfuncType);
  }
  try {
    const r: number = L.glob(cstr(pattern), flags, cb, g);
    const errno = L.errno();
    if (r === GLOB_NOMATCH) return { paths: [] };
    if (r !== 0) return { errno: lastErr || errno };
    const n = Number(g.readBigUInt64LE(0));
    const paths: string[] = [];
    if (n > 0) {
      const vec = k.decode(g, 8, 'void *');
      const ptrs: unknown[] = k.decode(vec, 'void *', n);
      for (const p of ptrs) paths.push(readBytes(k, p));
    }
    L.globfree(g);
    return { paths };
  } finally {
    if (cb !== null) k.unregister(cb);
  }
}
