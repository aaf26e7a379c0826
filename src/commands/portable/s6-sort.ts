// s6-sort: sort the lines of stdin (s6-portable-utils 2.2.5.1). Lines compare as
// strncmp (or strncasecmp with -f) over the shorter length, then by length;
// -b skips leading spaces and tabs; -u drops lines equal to the next one (the
// last of a run stays); -c only checks the order.
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { OutBuffer } from '../../interp/stdout';
import { readSome } from '../../runtime/io';
import { E } from '../../runtime/errno';

interface Order { noBlanks: boolean; icase: boolean; reverse: boolean }

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** strncmp / strncasecmp over n bytes: stops at the first difference or NUL. */
function ncmp(a: string, ai: number, b: string, bi: number, n: number, icase: boolean): number {
  for (let k = 0; k < n; k++) {
    let x = a.charCodeAt(ai + k), y = b.charCodeAt(bi + k);
    if (icase) { x = lower(x); y = lower(y); }
    if (x !== y) return x - y;
    if (x === 0) return 0;
  }
  return 0;
}

/** Compare two lines (their separator excluded). */
function compare(a: string, b: string, o: Order): number {
  let ai = 0, bi = 0;
  if (o.noBlanks) {
    while (a[ai] === ' ' || a[ai] === '\t') ai++;
    while (b[bi] === ' ' || b[bi] === '\t') bi++;
  }
  const n1 = a.length - ai, n2 = b.length - bi;
  let r = ncmp(a, ai, b, bi, Math.min(n1, n2), o.icase);
  if (!r) r = n1 - n2;
  return o.reverse ? -r : r;
}

function readLines(ctx: Ctx, sep: string): string[] {
  const input = ctx.realFd(0);
  const chunks: string[] = [];
  const buf = Buffer.allocUnsafe(65536);
  try {
    if (input === undefined) throw Object.assign(new Error('EBADF'), { errno: -E.EBADF });
    for (;;) {
      const n = readSome(input, buf);
      if (n === 0) break;
      chunks.push(buf.toString('latin1', 0, n));
    }
  } catch (e) {
    ctx.fatalSys('unable to read from stdin', errnoOf(e));
  }
  const all = chunks.join('');
  if (all === '') return [];
  const lines = all.split(sep);
  // a last line without a separator is read as if it had one
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const cmd: Command = {
  names: ['s6-sort'],
  usage: 's6-sort [ -bcfru0 ]',
  options: 'bcfru0',
  run(ctx: Ctx) {
    const o: Order = { noBlanks: false, icase: false, reverse: false };
    let check = false, uniq = false;
    let sep = '\n';
    for (const opt of ctx.opts) {
      if (opt.c === 'b') o.noBlanks = true;
      else if (opt.c === 'c') check = true;
      else if (opt.c === 'f') o.icase = true;
      else if (opt.c === 'r') o.reverse = true;
      else if (opt.c === 'u') uniq = true;
      else sep = '\0';
    }
    const lines = readLines(ctx, sep);
    if (check) {
      for (let i = 1; i < lines.length; i++) {
        if (compare(lines[i - 1], lines[i], o) >= (uniq ? 0 : 1)) return { exit: 1 };
      }
      return { exit: 0 };
    }
    lines.sort((a, b) => compare(a, b, o));
    const out = new OutBuffer(ctx);
    for (let i = 0; i < lines.length; i++) {
      if (uniq && i + 1 < lines.length && compare(lines[i], lines[i + 1], o) === 0) continue;
      out.put(lines[i] + sep);
    }
    out.flush();
    return { exit: 0 };
  },
};

export default cmd;
