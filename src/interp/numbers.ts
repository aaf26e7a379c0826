// skalibs number scanners (spec §1.2). Each returns undefined on failure.

const MAXU32 = 4294967295;

/**
 * Whether s is one or more digits below `top` ('9' + 1: decimal, '7' + 1: octal). A loop,
 * not a regular expression: each RegExp a start uses is compiled at its first use.
 */
export function allDigits(s: string, top = 0x3a): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c >= top) return false;
  }
  return true;
}

/** uint0_scan: digits only, whole string, ≤ 2^32-1. */
export function strictUint(s: string): number | undefined {
  if (!allDigits(s)) return undefined;
  const n = Number(s);
  return n <= MAXU32 ? n : undefined;
}

/** uint_scan: longest digit prefix, stopping before overflow; undefined if no digit. */
export function prefixUint(s: string, max = MAXU32): number | undefined {
  let n = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    const next = n * 10 + c;
    if (next > max) break;
    n = next;
  }
  return i === 0 ? undefined : n;
}

/** uint_oscan: longest octal prefix. */
export function prefixOctal(s: string): number | undefined {
  let n = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 7) break;
    const next = n * 8 + c;
    if (next > MAXU32) break;
    n = next;
  }
  return i === 0 ? undefined : n;
}

/** int_scan: optional sign, digit prefix, magnitude capped before overflow, cast to int32. */
export function prefixInt(s: string): number | undefined {
  let i = 0;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') { neg = s[0] === '-'; i = 1; }
  const m = prefixUint(s.slice(i));
  if (m === undefined) return undefined;
  const v = neg ? -m : m;
  return v | 0;
}

/** ushort_scanlist: up to 256 prefix-ushorts separated by runs of , : ; space tab CR LF. */
export function codeList(s: string): number[] | undefined {
  const out: number[] = [];
  let i = 0;
  const sep = ',:; \t\r\n';
  while (i < s.length && out.length < 256) {
    while (i < s.length && sep.includes(s[i])) i++;
    if (i >= s.length) break;
    let j = i;
    let n = 0;
    while (j < s.length && s[j] >= '0' && s[j] <= '9') {
      const next = n * 10 + (s.charCodeAt(j) - 48);
      if (next > 65535) break;
      n = next;
      j++;
    }
    if (j === i) break;
    out.push(n);
    i = j;
    // skip the rest of a too-long number or garbage up to the next separator
    while (i < s.length && !sep.includes(s[i])) { if (s[i] < '0' || s[i] > '9') { i = s.length; break; } i++; }
  }
  return out.length ? out : undefined;
}
