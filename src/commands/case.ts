// case: exec the block of the first regular expression (or -s glob) matching a value.
import type { Command, Ctx, Next } from '../interp/command';
import { readBlock } from '../interp/blocks';
import { fatalUnable } from '../interp/errors';
import { compileRegex, matchRegex, freeRegex, fnmatch, REG, FNM } from '../runtime/regex';

const caseCmd: Command = {
  names: ['case'],
  usage: 'case [ -s | -S ] [ -e | -E ] [ -n | -N ] [ -i ] value { re1 { prog1... } re2 { prog2... } ... } progdefault... ',
  options: 'sSeEnNi',
  run(ctx: Ctx) {
    let shell = false, extended = true, noSub = true, icase = false;
    for (const o of ctx.opts) {
      switch (o.c) {
        case 's': shell = true; break;
        case 'S': shell = false; break;
        case 'e': extended = false; break;
        case 'E': extended = true; break;
        case 'N': noSub = false; break;
        case 'n': noSub = true; break;
        case 'i': icase = true; break;
      }
    }
    if (ctx.args.length < 2) ctx.usage();
    const value = ctx.args[0];
    const outer = readBlock(ctx.args, 1, ctx.prog, ctx.env);
    if (!outer) ctx.fatal('unterminated case block', 100);
    const dir = outer.words;
    // Directives are parsed one at a time: a later malformed one is never seen
    // once an earlier one matched.
    let i = 0;
    while (i < dir.length) {
      const expr = dir[i++];
      if (i === dir.length) ctx.fatal('malformed case block', 100);
      const inner = readBlock(dir, i, ctx.prog, ctx.env);
      if (!inner) ctx.fatal('unterminated regex block', 100);
      const words = inner.words;
      if (shell) {
        const flags = (extended ? 0 : FNM.NOESCAPE) | (icase ? FNM.PERIOD : 0) | (noSub ? 0 : FNM.PATHNAME);
        const r = fnmatch(expr, value, flags);
        if (r === 0) return { exec: words };
        if (r !== FNM.NOMATCH) ctx.warn(`invalid fnmatch pattern: ${expr}`);
      } else {
        const next = tryRegex(ctx, expr, words, value, { extended, icase, noSub });
        if (next) return next;
      }
      i = inner.next;
    }
    return { exec: ctx.args.slice(outer.next) };
  },
};

function tryRegex(ctx: Ctx, expr: string, words: string[], value: string, o: { extended: boolean; icase: boolean; noSub: boolean }): Next | undefined {
  const flags = (o.extended ? REG.EXTENDED : 0) | (o.icase ? REG.ICASE : 0) | (o.noSub ? REG.NOSUB : 0) | REG.NEWLINE;
  const re = compileRegex(`^${expr}$`, flags);
  if ('error' in re) {
    // Native bug kept: the message names the block's first word, not the regex.
    fatalUnable(ctx.prog, `regcomp "^${words.length ? words[0] : ''}$": ${re.error}`, re.code === REG.ESPACE ? 111 : 100);
  }
  const m = matchRegex(re, value, o.noSub ? 0 : re.nsub + 1);
  freeRegex(re);
  if ('error' in m) {
    fatalUnable(ctx.prog, `match string "${value}" against regex "${expr}": ${m.error}`, 111);
  }
  if (!m.matched) return undefined;
  if (!o.noSub) {
    ctx.env.set('#', String(re.nsub));
    ctx.env.set('0', expr);
    for (let k = 1; k <= re.nsub; k++) {
      const [so, eo] = m.groups[k];
      ctx.env.set(String(k), so < 0 ? '' : value.slice(so, eo));
    }
  }
  return { exec: words };
}

export default caseCmd;
