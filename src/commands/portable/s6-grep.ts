// s6-grep: print the stdin lines matching a pattern (s6-portable-utils 2.2.5.1).
// Native quirks kept: a line is matched as a C string (up to a NUL byte); -F -i
// selects a line when the pattern occurs, case-insensitively, at an offset
// below the pattern's length, or when the line is shorter than the pattern and
// lacks it; -c never prints its count (the native count is never flushed);
// a missing final newline is added on output.
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { OutBuffer } from '../../interp/stdout';
import { readSome } from '../../runtime/io';
import { compileRegex, matchRegex, freeRegex, REG, Regex } from '../../runtime/regex';
import { E } from '../../runtime/errno';

interface Flags { extended: boolean; fixed: boolean; icase: boolean; count: boolean; num: boolean; quiet: boolean; invert: boolean }

function cString(line: string): string {
  const z = line.indexOf('\0');
  return z < 0 ? line : line.slice(0, z);
}

/** tolower in the C locale: ASCII letters only. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

function fixedMatch(line: string, pattern: string, icase: boolean): boolean {
  if (!icase) return line.includes(pattern);
  const pos = asciiLower(line).indexOf(asciiLower(pattern));
  return (pos < 0 ? line.length : pos) < pattern.length;
}

const cmd: Command = {
  names: ['s6-grep'],
  usage: 's6-grep [ -E | -F ] [ -i ] [ -c ] [ -n ] [ -q ] [ -v ] pattern',
  options: 'EFicnqv',
  run(ctx: Ctx) {
    const f: Flags = { extended: false, fixed: false, icase: false, count: false, num: false, quiet: false, invert: false };
    for (const o of ctx.opts) {
      if (o.c === 'E') f.extended = true;
      else if (o.c === 'F') f.fixed = true;
      else if (o.c === 'i') f.icase = true;
      else if (o.c === 'c') f.count = true;
      else if (o.c === 'n') f.num = true;
      else if (o.c === 'q') f.quiet = true;
      else f.invert = true;
    }
    if (!ctx.args.length) ctx.usage();
    const pattern = cString(ctx.args[0]);
    let re: Regex | undefined;
    if (!f.fixed) {
      const r = compileRegex(pattern || '.*', REG.NOSUB | (f.extended ? REG.EXTENDED : 0) | (f.icase ? REG.ICASE : 0));
      if ('error' in r) ctx.fatal(`unable to compile regular expression: ${r.error}`, 111);
      re = r;
    }
    const out = new OutBuffer(ctx);
    let count = 0;
    let lineNo = 0;
    const consider = (line: string): void => {
      lineNo++;
      const subject = cString(line);
      let matched: boolean;
      if (f.fixed) matched = fixedMatch(subject, pattern, f.icase);
      else {
        const m = matchRegex(re!, subject, 0);
        if ('error' in m) ctx.fatal(`unable to match regular expression: ${m.error}`, 111);
        matched = m.matched;
      }
      if (matched === f.invert) return;
      count++;
      if (!f.quiet && !f.count) out.put((f.num ? `${lineNo}:` : '') + line + '\n');
    };
    const input = ctx.realFd(0);
    const buf = Buffer.allocUnsafe(65536);
    let pending = '';
    for (;;) {
      let n: number;
      try {
        if (input === undefined) throw Object.assign(new Error('EBADF'), { errno: -E.EBADF });
        n = readSome(input, buf);
      } catch (e) {
        ctx.fatalSys('unable to read from stdin', errnoOf(e));
      }
      if (n === 0) break;
      pending += buf.toString('latin1', 0, n);
      let start = 0;
      for (;;) {
        const nl = pending.indexOf('\n', start);
        if (nl < 0) break;
        consider(pending.slice(start, nl));
        start = nl + 1;
      }
      pending = pending.slice(start);
      // like buffer_0f1: what is pending goes out before the next read
      out.flush();
    }
    if (pending.length) consider(pending);
    out.flush();
    if (re) freeRegex(re);
    return { exit: count ? 0 : 1 };
  },
};

export default cmd;
