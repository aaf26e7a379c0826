// The substitution engine (spec §3): pure functions over byte strings.

export type Bindings = Map<string, string[]>;

interface Scanned {
  /** literal pieces; a point i sits between pieces[i] and pieces[i+1] */
  pieces: string[];
  names: string[];
}

const STOP = new Set(['\\', '$', '{', '}']);

/** Scan one word for references to the bound keys (spec §3.7). */
function scan(w: string, keys: Bindings): Scanned | null {
  let out = '';
  const pieces: string[] = [];
  const names: string[] = [];
  let esc = 0;
  let i = 0;
  let changed = false;
  const n = w.length;
  const apply = (refText: string, name: string): void => {
    changed = true;
    const k = esc >> 1;
    if ((esc & 1) === 0) {
      out = out.slice(0, out.length - k);
      pieces.push(out);
      names.push(name);
      out = '';
    } else {
      out = out.slice(0, out.length - (k + 1)) + refText;
    }
  };
  while (i < n) {
    const c = w[i];
    if (c === '\\') { out += c; esc++; i++; continue; }
    if (c !== '$') { out += c; esc = 0; i++; continue; }
    if (i + 1 < n && w[i + 1] === '{') {
      let j = i + 2;
      while (j < n && !STOP.has(w[j])) j++;
      if (j < n && w[j] === '}' && j > i + 2) {
        const name = w.slice(i + 2, j);
        if (keys.has(name)) apply('${' + name + '}', name);
        else out += w.slice(i, j + 1);
        i = j + 1; esc = 0; continue;
      }
      out += w.slice(i, j); i = j; esc = 0; continue;
    }
    let j = i + 1;
    while (j < n && !STOP.has(w[j])) j++;
    const name = w.slice(i + 1, j);
    if (name !== '' && keys.has(name)) apply('$' + name, name);
    else out += w.slice(i, j);
    i = j; esc = 0;
  }
  if (!changed) return null;
  pieces.push(out);
  return { pieces, names };
}

/** Expand one word: the cartesian product over its references, left to right. */
export function substWord(w: string, keys: Bindings, out: string[]): void {
  if (w.indexOf('$') < 0) { out.push(w); return; }
  const s = scan(w, keys);
  if (!s) { out.push(w); return; }
  const lists = s.names.map((k) => keys.get(k)!);
  if (lists.some((l) => l.length === 0)) return;
  const rec = (idx: number, acc: string): void => {
    if (idx === lists.length) { out.push(acc + s.pieces[idx]); return; }
    const pre = acc + s.pieces[idx];
    for (const v of lists[idx]) rec(idx + 1, pre + v);
  };
  rec(0, '');
}

/** Substitute every word of argv in one parallel pass. */
export function substArgv(argv: string[], keys: Bindings): string[] {
  if (keys.size === 0) return argv.slice();
  const out: string[] = [];
  for (const w of argv) substWord(w, keys, out);
  return out;
}

export interface TransformOptions {
  delims: string;
  crunch: boolean;
  chomp: boolean;
  split: boolean;
}

export const DEFAULT_DELIMS = ' \n\r\t';

/** Thrown for malformed netstrings: the command reports EINVAL (exit 111). */
export class NetstringError extends Error {}

/** Decode a concatenation of netstrings; throws NetstringError if malformed. */
export function decodeNetstrings(v: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < v.length) {
    let j = i;
    let len = 0;
    while (j < v.length && v[j] >= '0' && v[j] <= '9') { len = len * 10 + (v.charCodeAt(j) - 48); j++; }
    if (j === i || v[j] !== ':') throw new NetstringError();
    const start = j + 1;
    const end = start + len;
    if (end >= v.length || v[end] !== ',') throw new NetstringError();
    out.push(v.slice(start, end));
    i = end + 1;
  }
  return out;
}

/** Value transformation (spec §3.4). */
export function transform(value: string, o: TransformOptions): string[] {
  let v = value;
  const isDelim = (ch: string): boolean => o.delims.includes(ch);
  if (o.crunch && o.delims !== '') {
    let r = '';
    let prevDelim = false;
    for (const ch of v) {
      const d = isDelim(ch);
      if (d && prevDelim) continue;
      r += ch;
      prevDelim = d;
    }
    v = r;
  }
  let chomped = false;
  if (o.chomp && v !== '' && isDelim(v[v.length - 1])) { v = v.slice(0, -1); chomped = true; }
  if (!o.split) return [v];
  if (o.delims === '') return decodeNetstrings(v);
  const words: string[] = [];
  let cur = '';
  for (const ch of v) {
    if (isDelim(ch)) { words.push(cur); cur = ''; } else cur += ch;
  }
  if (cur !== '' && !(o.chomp && !chomped)) words.push(cur);
  return words;
}
