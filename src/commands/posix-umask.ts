// posix-umask: print the umask (octal or -S symbolic), or set it from an octal
// or POSIX symbolic mode, then exec the rest.
import type { Command, Ctx } from '../interp/command';
import { errnoOf } from '../interp/errors';

const posixUmask: Command = {
  names: ['posix-umask'],
  usage: 'posix-umask [ -S ] [ mask ] [ prog... ]',
  options: 'S',
  run(ctx: Ctx) {
    const symbolic = ctx.opts.some((o) => o.c === 'S');
    if (ctx.args.length === 0) {
      const text = symbolic ? symbolicText(ctx.st.umask) : ctx.st.umask.toString(8).padStart(4, '0');
      try { ctx.write(1, text + '\n'); } catch (e) { ctx.fatalSys('unable to write to stdout', errnoOf(e)); }
      return { exit: 0 };
    }
    const spec = ctx.args[0];
    let mask: number;
    if (/^[0-7]+$/.test(spec) && parseInt(spec, 8) <= 0xffffffff) mask = parseInt(spec, 8);
    else {
      const perms = applySymbolic(~ctx.st.umask & 0o777, spec);
      if (perms === undefined) ctx.fatal('invalid mode string', 1);
      mask = ~perms;
    }
    ctx.st.umask = mask & 0o777;
    return { exec: ctx.args.slice(1) };
  },
};

/** u=rwx,g=rx,o=rx: the permissions the umask lets through. */
function symbolicText(umask: number): string {
  const allowed = ~umask;
  return ['u', 'g', 'o'].map((who, i) => {
    const bits = (allowed >> (3 * (2 - i))) & 7;
    return `${who}=${bits & 4 ? 'r' : ''}${bits & 2 ? 'w' : ''}${bits & 1 ? 'x' : ''}`;
  }).join(',');
}

const WHO: Record<string, number> = { u: 4, g: 2, o: 1, a: 7 };
const PERM: Record<string, number> = { r: 4, w: 2, x: 1, X: 1, s: 0, t: 0 };
/** index of each class's 3 bits in the mode: o = 0, g = 1, u = 2 */
const SHIFT: Record<string, number> = { o: 0, g: 1, u: 2 };

/**
 * Apply a symbolic mode to permission bits, as the native tool does: clauses
 * `who* (op (perm* | copy))*` separated by commas, empty clauses allowed; an
 * operator right after the who list with nothing after it changes nothing
 * (`u=` is a no-op), an operator with no who list means all classes.
 */
export function applySymbolic(perms: number, spec: string): number | undefined {
  const classes = [perms & 7, (perms >> 3) & 7, (perms >> 6) & 7];
  const apply = (who: number, op: string, bits: number): void => {
    for (let i = 2; i >= 0; i--) {
      if (!(who & (1 << i))) continue;
      if (op === '-') classes[i] &= ~bits;
      else if (op === '+') classes[i] |= bits;
      else classes[i] = bits;
    }
  };
  const clauses = spec.split(',');
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k];
    if (clause === '') continue;
    let i = 0;
    let who = 0;
    while (i < clause.length && clause[i] in WHO) who |= WHO[clause[i++]];
    if (i === clause.length) {
      // a who list alone changes nothing, but only at the very end
      if (k === clauses.length - 1) continue;
      return undefined;
    }
    if (!'+-='.includes(clause[i])) return undefined;
    const implicitWho = who === 0;
    if (implicitWho) who = 7;
    // after the first operator: (op perms*)* or (op copy)*
    let op = clause[i++];
    let bits = 0;
    let pending = implicitWho; // something to apply at the next operator or the end
    while (i < clause.length) {
      const c = clause[i++];
      if ('+-='.includes(c)) {
        if (pending) apply(who, op, bits);
        op = c; bits = 0; pending = false;
      } else if (c in PERM) {
        bits |= PERM[c]; pending = true;
      } else if (c in SHIFT && !pending) {
        bits = classes[SHIFT[c]]; pending = true;
        // a copy source must be followed by an operator or the end
        if (i < clause.length && !'+-='.includes(clause[i])) return undefined;
      } else {
        return undefined;
      }
    }
    if (pending) apply(who, op, bits);
  }
  return (classes[2] << 6) | (classes[1] << 3) | classes[0];
}

export default posixUmask;
