// POSIX regular expressions and fnmatch through glibc, byte-exact (the native
// tools use the same functions, in the C locale).
import { libc, cstr } from './libc';

export const REG = { EXTENDED: 1, ICASE: 2, NEWLINE: 4, NOSUB: 8, NOMATCH: 1, ESPACE: 12 };
export const FNM = { PATHNAME: 1, NOESCAPE: 2, PERIOD: 4, NOMATCH: 1 };

const REGEX_T_SIZE = 64;      // sizeof(regex_t) on glibc 64-bit
const RE_NSUB_OFFSET = 48;    // offsetof(regex_t, re_nsub)
const REGMATCH_SIZE = 8;      // two int regoff_t

export interface Regex {
  buf: Buffer;
  nsub: number;
}

function errorText(code: number, re: Buffer): string {
  const out = Buffer.alloc(256);
  libc().regerror(code, re, out, out.length);
  const end = out.indexOf(0);
  return out.toString('latin1', 0, end < 0 ? out.length : end);
}

export function compileRegex(pattern: string, flags: number): Regex | { error: string; code: number } {
  const buf = Buffer.alloc(REGEX_T_SIZE);
  const r = libc().regcomp(buf, cstr(pattern), flags);
  if (r !== 0) return { error: errorText(r, buf), code: r };
  return { buf, nsub: Number(buf.readBigUInt64LE(RE_NSUB_OFFSET)) };
}

/** regexec; groups are [start, end) byte offsets, -1 for a group that did not take part. */
export function matchRegex(re: Regex, s: string, nmatch: number): { matched: boolean; groups: [number, number][] } | { error: string } {
  const n = Math.max(nmatch, 1);
  const pm = Buffer.alloc(n * REGMATCH_SIZE);
  const r = libc().regexec(re.buf, cstr(s), nmatch, pm, 0);
  if (r === REG.NOMATCH) return { matched: false, groups: [] };
  if (r !== 0) return { error: errorText(r, re.buf) };
  const groups: [number, number][] = [];
  for (let i = 0; i < nmatch; i++) groups.push([pm.readInt32LE(i * 8), pm.readInt32LE(i * 8 + 4)]);
  return { matched: true, groups };
}

export function freeRegex(re: Regex): void {
  libc().regfree(re.buf);
}

export function fnmatch(pattern: string, s: string, flags: number): number {
  return libc().fnmatch(cstr(pattern), cstr(s), flags);
}
