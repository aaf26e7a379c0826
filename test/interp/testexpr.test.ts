// The eltest/s6-test expression parser (src/interp/testexpr.ts): a table of
// parse results recorded from native eltest 2.9.3.0, and a seeded differential
// run of random token sequences against native eltest (when installed).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lex, parse, ParseError, Node } from '../../src/interp/testexpr';
import { ours, native, hasNative, tmpdir } from '../helpers';

const t = suite('testexpr');

/** The tree as a compact string, or the error message. */
function shape(words: string[]): string {
  const show = (n: Node): string => {
    switch (n.t) {
      case 'str': return JSON.stringify(n.s);
      case 'un': return `(${n.op} ${JSON.stringify(n.s)})`;
      case 'bin': return `(${JSON.stringify(n.a)} ${n.op} ${JSON.stringify(n.b)})`;
      case 'not': return `!${show(n.x)}`;
      default: return `(${show(n.a)} ${n.t} ${show(n.b)})`;
    }
  };
  try {
    return show(parse(lex(words)));
  } catch (e) {
    if (e instanceof ParseError) return e.message;
    throw e;
  }
}

// error messages as native eltest prints them (after "eltest: fatal: ")
const table: [string[], string][] = [
  [[], 'parse error at argument 0'],
  [['-n'], 'parse error at argument 1'],
  [['='], 'parse error at argument 0'],
  [['-n', '=', '-n'], 'parse error at argument 1'],
  [['\\-n', '=', '\\-n'], '("-n" = "-n")'],
  [['(', 'a'], 'parse error: too many left parentheses'],
  [['a', ')'], 'parse error: bad right parenthesis at argument 2'],
  [['(', ')'], 'parse error at argument 1'],
  [['a', '-a'], 'parse error at argument 2'],
  [['-a'], 'parse error at argument 0'],
  [['a', 'b'], 'parse error at argument 1'],
  [['a', '=', 'b', '=', 'c'], 'parse error: too many left parentheses'],
  [['-n', 'a', '=', 'b'], 'parse error: too many left parentheses'],
  [['-n', 'a', 'b'], 'parse error at argument 2'],
  [['!'], 'parse error at argument 1'],
  [['1', '-eq'], 'parse error at argument 2'],
  [['abc', '=~', '('], 'parse error at argument 2'],
  [['(', '(', 'a', ')', ')', ')'], 'parse error: bad right parenthesis at argument 6'],
  [['a', '-o', 'b', '-a', 'c'], '("a" or ("b" and "c"))'],
  [['a', '-a', 'b', '-a', 'c'], '(("a" and "b") and "c")'],
  [['!', '!', 'a', '-o', '!', '(', 'b', ')'], '(!!"a" or !"b")'],
  [['\\\\x', '<', '\\'], '("\\\\x" < "")'],
];
t('parse table (native messages)', () => {
  for (const [words, want] of table) assert.is(shape(words), want, JSON.stringify(words));
});

// --- differential run against native eltest -------------------------------
const ATOMS = ['a', '', 'b', '1', '-1', '02', 'x5', '\\x', '\\-n', 'PATH', '.*', '^a', ']'];
const UNARIES = ['-n', '-z', '-v', '-t', '-d', '-f', '-e'];
const BINARIES = ['=', '!=', '<', '>=', '-eq', '-lt', '-ge', '=~'];
const OTHERS = ['!', '-a', '-o', '(', ')'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

/** A random well-formed expression, then (often) one token dropped, added or replaced. */
function randomWords(rand: () => number): string[] {
  const pick = <T>(l: T[]): T => l[Math.floor(rand() * l.length)];
  const expr = (d: number): string[] => {
    const r = rand();
    if (d > 2 || r < 0.25) return [pick(ATOMS)];
    if (r < 0.4) return [pick(UNARIES), pick(ATOMS)];
    if (r < 0.6) return [pick(ATOMS), pick(BINARIES), pick(ATOMS)];
    if (r < 0.7) return ['!', ...expr(d + 1)];
    if (r < 0.8) return ['(', ...expr(d + 1), ')'];
    return [...expr(d + 1), rand() < 0.5 ? '-a' : '-o', ...expr(d + 1)];
  };
  const w = expr(0);
  const r = rand();
  const all = [...ATOMS, ...UNARIES, ...BINARIES, ...OTHERS];
  const at = Math.floor(rand() * (w.length + 1));
  if (r < 0.15) w.splice(at, 1);
  else if (r < 0.3) w.splice(at, 0, pick(all));
  else if (r < 0.45) w.splice(at, 1, pick(all));
  return w;
}

/** execline double-quoted word */
const quote = (w: string): string => `"${w.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

if (hasNative) {
  t('random expressions: same output, messages and status as native eltest', () => {
    const rand = rng(20261128);
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) {
      const words = randomWords(rand);
      // each check in its own block, so that $? is substituted there only
      lines.push(`foreground { foreground { fdmove -c 2 1 eltest ${words.map(quote).join(' ')} } importas ? ? echo ${i}:$? }`);
    }
    const script = lines.join('\n') + '\n';
    const cwd = tmpdir();
    const a = ours(['execlineb', '-Pc', script], { cwd });
    const b = native(['execlineb', '-Pc', script], { cwd });
    assert.is(b.status, 0);
    // the generator must mostly produce expressions that get evaluated, not parse errors
    const evaluated = b.stdout.split('\n').filter((l) => /^[0-9]+:[01]$/.test(l)).length;
    assert.ok(evaluated > 150, `only ${evaluated} evaluated expressions`);
    const got = a.stdout.split('\n'), want = b.stdout.split('\n');
    for (let i = 0; i < want.length; i++) assert.is(got[i], want[i], `line ${i}`);
    assert.is(a.status, b.status);
  });
}

t.run();
