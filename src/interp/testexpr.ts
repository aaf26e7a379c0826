// The expression language shared by eltest and s6-test (spec §6): every word
// is classified exactly (no context), then a shift-reduce parser builds the
// tree. The parser is deliberately the same kind of machine as the native one:
// its error positions and its "too many left parentheses" report for dangling
// operands (`a = b = c`, `-n a = b`) are observable behaviour.
import type { Ctx } from './command';
import { fatalUnable } from './errors';
import { prefixInt, strictUint } from './numbers';
import { libc, cstr } from '../runtime/libc';
import { statOf, modeOf, canAccess, S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFBLK, S_IFCHR, S_IFIFO, S_IFSOCK } from '../runtime/stat';

const F_OK = 0, R_OK = 4, W_OK = 2, X_OK = 1;

const UNARY = new Set(['-n', '-z', '-e', '-f', '-d', '-b', '-c', '-p', '-S', '-h', '-L', '-k', '-g', '-u', '-s',
  '-r', '-w', '-x', '-t', '-O', '-U', '-G', '-N', '-v']);
const BINARY = new Set(['=', '!=', '<', '<=', '>', '>=', '-eq', '-ne', '-gt', '-ge', '-lt', '-le', '-nt', '-ot', '-ef', '=~']);

/** What a stack item or an input word is. The last four are reduced forms. */
type Kind = 'atom' | 'end' | 'unary' | 'binary' | 'lparen' | 'rparen' | 'not' | 'and' | 'or'
  | 'primary' | 'conj' | 'disj' | 'expr';

export type Node =
  | { t: 'str'; s: string }
  | { t: 'un'; op: string; s: string }
  | { t: 'bin'; op: string; a: string; b: string }
  | { t: 'not'; x: Node }
  | { t: 'and' | 'or'; a: Node; b: Node };

interface Item { kind: Kind; word: string; node?: Node }

function classify(word: string): Item {
  if (UNARY.has(word)) return { kind: 'unary', word };
  if (BINARY.has(word)) return { kind: 'binary', word };
  switch (word) {
    case '!': return { kind: 'not', word };
    case '-a': return { kind: 'and', word };
    case '-o': return { kind: 'or', word };
    case '(': return { kind: 'lparen', word };
    case ')': return { kind: 'rparen', word };
  }
  // an operand: one leading backslash is an escape
  return { kind: 'atom', word: word[0] === '\\' ? word.slice(1) : word };
}

/** The words as items, with the operand value (backslash removed) for atoms. */
export function lex(words: string[]): Item[] {
  return words.map(classify);
}

/** Things that may start an operand, and what may precede one. */
const STARTS = new Set<Kind>(['atom', 'unary', 'lparen', 'not']);
const BEFORE_OPERAND = new Set<Kind>(['end', 'lparen', 'not', 'and', 'or']);

export class ParseError {
  constructor(public readonly message: string) {}
}

/**
 * Parse items (as returned by lex) into a tree. Throws ParseError with the
 * native message. An implicit ")" then end-of-input follow the words.
 */
export function parse(items: Item[]): Node {
  const input: Item[] = [...items, { kind: 'rparen', word: ')' }, { kind: 'end', word: '' }];
  const stack: Item[] = [{ kind: 'end', word: '' }];
  const top = (k = 0): Item => stack[stack.length - 1 - k];
  const fail = (pos: number): never => { throw new ParseError(`parse error at argument ${pos}`); };
  /** after a primary is complete: fold the `!`s in front of it */
  const finishPrimary = (node: Node): void => {
    while (top().kind === 'not') { stack.pop(); node = { t: 'not', x: node }; }
    stack.push({ kind: 'primary', word: '', node });
  };
  let pos = 0;
  for (;;) {
    const cur = input[pos];
    const t = top().kind;
    if (cur.kind === 'end') {
      if (t !== 'rparen') fail(pos);
      break;
    }
    if (STARTS.has(cur.kind)) {
      const ok = BEFORE_OPERAND.has(t) || (cur.kind === 'atom' && (t === 'unary' || t === 'binary'));
      if (!ok) fail(pos);
      stack.push(cur); pos++;
      continue;
    }
    if (cur.kind === 'binary') {
      if (t !== 'atom') fail(pos);
      stack.push(cur); pos++;
      continue;
    }
    // cur is ")", "-a" or "-o": reduce what is on the stack, or shift
    if (t === 'atom') {
      const atom = stack.pop()!;
      const below = top();
      if (below.kind === 'unary') {
        stack.pop();
        finishPrimary({ t: 'un', op: below.word, s: atom.word });
      } else if (below.kind === 'binary') {
        stack.pop();
        const left = stack.pop()!;
        finishPrimary({ t: 'bin', op: below.word, a: left.word, b: atom.word });
      } else {
        finishPrimary({ t: 'str', s: atom.word });
      }
    } else if (t === 'rparen') {
      if (top(2).kind !== 'lparen') throw new ParseError(`parse error: bad right parenthesis at argument ${pos}`);
      stack.pop();
      const inner = stack.pop()!;
      stack.pop();
      finishPrimary(inner.node!);
    } else if (t === 'primary') {
      const right = stack.pop()!;
      if (top().kind === 'and') {
        stack.pop();
        const left = stack.pop()!;
        stack.push({ kind: 'conj', word: '', node: { t: 'and', a: left.node!, b: right.node! } });
      } else {
        stack.push({ kind: 'conj', word: '', node: right.node });
      }
    } else if (t === 'conj') {
      if (cur.kind === 'and') { stack.push(cur); pos++; continue; }
      const right = stack.pop()!;
      if (top().kind === 'or') {
        stack.pop();
        const left = stack.pop()!;
        stack.push({ kind: 'disj', word: '', node: { t: 'or', a: left.node!, b: right.node! } });
      } else {
        stack.push({ kind: 'disj', word: '', node: right.node });
      }
    } else if (t === 'disj') {
      if (cur.kind === 'or') { stack.push(cur); pos++; continue; }
      if (cur.kind === 'and') fail(pos);
      top().kind = 'expr';
    } else if (t === 'expr' && cur.kind === 'rparen') {
      stack.push(cur); pos++;
    } else {
      fail(pos);
    }
  }
  if (stack.length !== 3) throw new ParseError('parse error: too many left parentheses');
  return stack[1].node!;
}

/** How file permissions are tested: access(2) (eltest) or the mode bits (s6-test). */
export interface Flavour { modeBits: boolean; existsByStat: boolean }

export function evaluate(ctx: Ctx, node: Node, fl: Flavour): boolean {
  switch (node.t) {
    case 'str': return node.s !== '';
    case 'not': return !evaluate(ctx, node.x, fl);
    case 'and': return evaluate(ctx, node.a, fl) && evaluate(ctx, node.b, fl);
    case 'or': return evaluate(ctx, node.a, fl) || evaluate(ctx, node.b, fl);
    case 'un': return unary(ctx, node.op, node.s, fl);
    case 'bin': return binary(ctx, node.op, node.a, node.b);
  }
}

/** s6-test's -r/-w/-x: the owner, group or other bit, chosen by the effective ids. */
function modeBit(p: string, bit: number): boolean {
  const st = statOf(p);
  if (!st) return false;
  const mode = st.mode;
  if (st.uid === process.geteuid!()) return (mode & (bit << 6)) !== 0;
  if (st.gid === process.getegid!()) return (mode & (bit << 3)) !== 0;
  return (mode & bit) !== 0;
}

/** tv_sec of a nanosecond timestamp */
const seconds = (ns: bigint): bigint => (ns >= 0n ? ns / 1000000000n : -((-ns + 999999999n) / 1000000000n));

/** The file-type and set-id/sticky tests, on a st_mode. */
function modeTest(op: string, mode: number): boolean {
  const type = mode & S_IFMT;
  switch (op) {
    case '-f': return type === S_IFREG;
    case '-d': return type === S_IFDIR;
    case '-b': return type === S_IFBLK;
    case '-c': return type === S_IFCHR;
    case '-p': return type === S_IFIFO;
    case '-S': return type === S_IFSOCK;
    case '-g': return (mode & 0o2000) !== 0;
    case '-u': return (mode & 0o4000) !== 0;
    default: return (mode & 0o1000) !== 0; // -k
  }
}

function unary(ctx: Ctx, op: string, s: string, fl: Flavour): boolean {
  switch (op) {
    case '-n': return s !== '';
    case '-z': return s === '';
    case '-v': return ctx.env.get(s) !== undefined;
    case '-e': return fl.existsByStat ? statOf(s) !== undefined : canAccess(s, F_OK);
    case '-r': return fl.modeBits ? modeBit(s, 4) : canAccess(s, R_OK);
    case '-w': return fl.modeBits ? modeBit(s, 2) : canAccess(s, W_OK);
    case '-x': return fl.modeBits ? modeBit(s, 1) : canAccess(s, X_OK);
    case '-h': case '-L': { const st = statOf(s, true); return !!st && (st.mode & S_IFMT) === S_IFLNK; }
    case '-t': {
      const fd = strictUint(s);
      if (fd === undefined) ctx.fatal(`${op} requires an integer argument`);
      const real = ctx.realFd(fd);
      return real !== undefined && libc().isatty(real) === 1;
    }
  }
  switch (op) {
    case '-f': case '-d': case '-b': case '-c': case '-p': case '-S': case '-g': case '-u': case '-k': {
      // the mode alone: no BigInt fields to make (a run script's `eltest -d` is on every start)
      const mode = modeOf(s);
      return mode !== undefined && modeTest(op, mode);
    }
  }
  const st = statOf(s);
  if (!st) return false;
  switch (op) {
    case '-s': return st.size > 0n;
    case '-N': return seconds(st.mtimeNs) > seconds(st.atimeNs);
    case '-O': case '-U': return st.uid === process.geteuid!();
    case '-G': return st.gid === process.getegid!();
  }
  return ctx.fatal('operation not implemented', 101);
}

function binary(ctx: Ctx, op: string, a: string, b: string): boolean {
  switch (op) {
    case '=': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    case '-nt': case '-ot': case '-ef': {
      // a missing first file makes -ot true, a missing second makes -nt/-ef true
      const s1 = statOf(a);
      if (!s1) return op === '-ot';
      const s2 = statOf(b);
      if (!s2) return op !== '-ot';
      if (op === '-ef') return s1.dev === s2.dev && s1.ino === s2.ino;
      const m1 = seconds(s1.mtimeNs), m2 = seconds(s2.mtimeNs);
      return op === '-nt' ? m1 > m2 : m1 < m2;
    }
    case '=~': return matches(ctx, a, b);
  }
  const x = prefixInt(a), y = prefixInt(b);
  if (x === undefined || y === undefined) ctx.fatal(`${op} requires integer arguments`);
  switch (op) {
    case '-eq': return x === y;
    case '-ne': return x !== y;
    case '-gt': return x > y;
    case '-ge': return x >= y;
    case '-lt': return x < y;
    default: return x <= y;
  }
}

const REG_EXTENDED = 1, REG_NOSUB = 8, REG_ESPACE = 12;

/** POSIX ERE search through glibc; an empty regex means ".*". */
function matches(ctx: Ctx, s: string, re: string): boolean {
  const L = libc();
  const buf = Buffer.alloc(256); // regex_t is 64 bytes on glibc LP64
  const r = L.regcomp(buf, cstr(re === '' ? '.*' : re), REG_EXTENDED | REG_NOSUB);
  if (r !== 0) {
    const msg = Buffer.alloc(256);
    L.regerror(r, buf, msg, 256);
    const text = msg.toString('latin1', 0, msg.indexOf(0) < 0 ? 256 : msg.indexOf(0));
    fatalUnable(ctx.prog, `compile ${re} into a regular expression: ${text}`, r === REG_ESPACE ? 111 : 100);
  }
  const found = L.regexec(buf, cstr(s), 0, null, 0) === 0;
  L.regfree(buf);
  return found;
}
