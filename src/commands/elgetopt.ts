// elgetopt: parse the positional parameters as options (spec §4). The parser
// is skalibs' subgetopt as the native sgetopt_r uses it, including its quirks:
// errors are printed as "$0: illegal option" (no "fatal:"), and a leading ':'
// in optstring makes a missing argument yield ELGETOPT_: instead of failing.
import type { Command, Ctx } from '../interp/command';
import { writeErr } from '../runtime/io';
import { pushFrame } from '../interp/positionals';
import { readSharp, readParam } from '../interp/params';

interface Found { c: string; arg?: string }

/** Parse args[1..] with optstring. Returns the options and the index of the first operand, or an error. */
function parseParams(args: string[], optstring: string): { opts: Found[]; ind: number } | { error: string } {
  const opts: Found[] = [];
  const missing = optstring[0] === ':' ? ':' : '?';
  const letters = missing === ':' ? optstring.slice(1) : optstring;
  let ind = 1;
  let pos = 0;
  for (;;) {
    if (ind >= args.length) break;
    if (pos && pos >= args[ind].length) {
      ind++; pos = 0;
      if (ind >= args.length) break;
    }
    const w = args[ind];
    if (!pos) {
      if (w[0] !== '-') break;
      pos = 1;
      if (w[1] === '-') {
        if (w.length > 2) return { error: 'illegal option' };
        ind++; pos = 0;
        break;
      }
      if (w.length === 1) { pos = 0; break; }
    }
    const c = w[pos++];
    let k = 0;
    let known = false;
    while (k < letters.length) {
      if (letters[k] === c) { known = true; break; }
      k++;
      if (letters[k] === ':') k++;
    }
    if (!known) return { error: ind < args.length ? 'illegal option' : 'option requires an argument' };
    // sgetopt_r reports every ':' it returns as a missing argument, even a real option ':'
    if (c === ':') writeErr(`${args[0]}: option requires an argument\n`);
    if (letters[k + 1] !== ':') { opts.push({ c }); continue; }
    let arg = w.slice(pos);
    ind++; pos = 0;
    if (arg === '') {
      if (ind >= args.length) {
        if (missing === '?') return { error: 'option requires an argument' };
        // the quirk: reported (unless already, for option ':'), then recorded as option ':'
        if (c !== ':') writeErr(`${args[0]}: option requires an argument\n`);
        opts.push({ c: ':' });
        continue;
      }
      arg = args[ind++];
    }
    opts.push({ c, arg });
  }
  return { opts, ind };
}

const elgetopt: Command = {
  names: ['elgetopt'],
  usage: 'elgetopt [ -D default ] optstring prog...',
  options: 'D:',
  run(ctx: Ctx) {
    let dflt = '1';
    for (const o of ctx.opts) dflt = o.arg!;
    if (ctx.args.length < 2) ctx.usage();
    const n = readSharp(ctx);
    const args: string[] = [];
    for (let i = 0; i <= n; i++) args.push(readParam(ctx, i));
    const r = parseParams(args, ctx.args[0]);
    if ('error' in r) {
      writeErr(`${args[0]}: ${r.error}\n`);
      return { exit: 1 };
    }
    const rest = args.slice(r.ind);
    if (!pushFrame(ctx.env, (name) => name.startsWith('ELGETOPT_'), 9)) {
      ctx.fatalSys('unable to update environment', 22, 111);
    }
    for (const o of r.opts) ctx.env.set(`ELGETOPT_${o.c}`, o.arg ?? dflt);
    for (let i = 1; i <= n; i++) {
      if (i <= rest.length) ctx.env.set(String(i), rest[i - 1]);
      else ctx.env.unset(String(i));
    }
    ctx.env.set('#', String(rest.length));
    return { exec: ctx.args.slice(1) };
  },
};

export default elgetopt;
