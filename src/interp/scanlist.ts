// skalibs uint32_scan / uint32_scanlist, which report how many characters they
// consumed (callers test that, not the value): used for uid/gid lists.
import { allDigits } from './numbers';

const MAXU32 = 4294967295;

/** Longest decimal prefix that fits in 32 bits: [value, chars consumed] (0 chars: no digit). */
export function scanUint(s: string, from = 0): [number, number] {
  let n = 0;
  let i = from;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    const next = n * 10 + c;
    if (next > MAXU32) break;
    n = next;
  }
  return [n, i - from];
}

const SEPARATORS = ',:; \t\r\n';

/**
 * uint32_scanlist: numbers separated by runs of `, : ; space tab CR LF`, at
 * most `max`, starting right at `from`. Returns the list and the characters consumed.
 */
export function scanUintList(s: string, max: number, from = 0): { list: number[]; len: number } {
  const list: number[] = [];
  let len = from;
  while (len < s.length && list.length < max) {
    const [v, w] = scanUint(s, len);
    if (!w) break;
    list.push(v);
    len += w;
    while (len < s.length && SEPARATORS.includes(s[len])) len++;
  }
  return { list, len: len - from };
}

/** uint0_oscan: octal digits only, the whole string, at most 32 bits. */
export function strictOctal(s: string): number | undefined {
  if (!allDigits(s, 0x38)) return undefined;
  const n = parseInt(s, 8);
  return n <= MAXU32 ? n : undefined;
}
