// The chevrotain grammar (grammar/), the script-path lexer (src/syntax/lexer.ts)
// and native execlineb must build the same argv, or fail with the same error
// class, for any script. Seeded: a failure prints the seed and the script.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { lex } from '../../src/syntax/lexer';
import { parseScript } from '../../grammar';
import { NATIVE, hasNative, tmpdir } from '../helpers';

const t = suite('grammar/property');

// A fixed default seed keeps CI reproducible; explore with GRAMMAR_SEED=random or a number.
const SEED = process.env.GRAMMAR_SEED === 'random' ? Date.now() % 1_000_000 : Number(process.env.GRAMMAR_SEED ?? 20261128);
const COUNT = Math.max(10_000, Number(process.env.GRAMMAR_COUNT ?? 0));
const NATIVE_COUNT = Number(process.env.GRAMMAR_NATIVE_COUNT ?? 300);

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// Biased toward what the lexer treats specially; a few multi-byte snippets
// reach the deeper states (escapes in quotes, blocks, fragments).
const ALPHABET: [string, number][] = [
  ['"', 8], ['\\', 10], ['{', 7], ['}', 7], [' ', 10], ['\n', 6], ['#', 4],
  ['0', 3], ['1', 3], ['2', 2], ['5', 2], ['7', 2], ['9', 1], ['x', 3], ['a', 2], ['n', 2], ['f', 1], ['F', 1], ['z', 2],
  ['\t', 2], ['\r', 1], ['\x01', 1], ['\x1b', 1], ['\x1f', 1], ['\x7f', 1], ['\xff', 2], ['\x80', 1], ['\0', 1],
  ['{ ', 3], [' }', 3], ['\\\n', 2], ['"\\0x', 1], ['\\0', 2], ['\\x', 1], ['{\\', 2], ['}\\', 2], ['"\\25', 1],
];
const TOTAL = ALPHABET.reduce((s, [, w]) => s + w, 0);

function randomScript(r: () => number): string {
  const n = Math.floor(r() * r() * 40);
  let s = '';
  for (let i = 0; i < n; i++) {
    let k = r() * TOTAL;
    for (const [piece, w] of ALPHABET) { k -= w; if (k < 0) { s += piece; break; } }
  }
  return s;
}

type Outcome = { argv: string[] } | { error: string };

function viaLexer(src: string): Outcome {
  // execlineb reads the script up to the first NUL (spec §2.2); lex() treats NUL as the end too.
  const r = lex(src);
  return r.ok ? { argv: r.words } : { error: r.error.kind };
}

function viaGrammar(src: string): Outcome {
  const r = parseScript(src);
  return r.argv ? { argv: r.argv } : { error: r.errorKind! };
}

const show = (s: string): string => JSON.stringify(s);

t(`lex() and parseScript() agree on ${COUNT} random scripts (seed ${SEED})`, () => {
  const r = rng(SEED);
  for (let i = 0; i < COUNT; i++) {
    const src = randomScript(r);
    const a = viaLexer(src), b = viaGrammar(src);
    assert.equal(b, a, `seed ${SEED}, script #${i} ${show(src)}`);
  }
});

t('parseScript keeps comments and positions', () => {
  const r = parseScript('# head\nfoo "a b" { bar\n  baz }\n');
  assert.equal(r.argv, ['foo', 'a b', ' bar', ' baz', '']);
  assert.equal(r.comments.map((c) => [c.text, c.line, c.col]), [['# head', 1, 1]]);
  assert.equal(r.words.slice(0, 4).map((w) => [w.value, w.line, w.col]), [['foo', 2, 1], ['a b', 2, 5], [' bar', 2, 13], [' baz', 3, 3]]);
  const e = parseScript('foo {\n bar "x\n');
  assert.is(e.errorKind, 'syntax error');
  const u = parseScript('a {\n b\n');
  assert.is(u.errorKind, 'unmatched {');
  assert.equal([u.errors[0].line, u.errors[0].col], [1, 3]);
  const c = parseScript('a\n }\n');
  assert.is(c.errorKind, 'unmatched }');
  assert.equal([c.errors[0].line, c.errors[0].col], [2, 2]);
});

if (hasNative) {
  t(`native execlineb agrees on ${NATIVE_COUNT} random scripts (seed ${SEED})`, () => {
    const r = rng(SEED ^ 0x5eed);
    const dir = tmpdir('elts-grammar-');
    // The script's words are printed NUL-separated by printf after a marker word.
    const prefix = '/usr/bin/printf "%s\\\\0" START ';
    const scripts: string[] = [];
    for (let i = 0; i < NATIVE_COUNT; i++) {
      const src = prefix + randomScript(r);
      scripts.push(src);
      fs.writeFileSync(path.join(dir, `${i}.el`), Buffer.from(src, 'latin1'));
    }
    // One shell runs every case: a native process per script is ~5 ms, a Node spawn each would be far more.
    const loop = `i=0; while [ $i -lt ${NATIVE_COUNT} ]; do "${NATIVE}/execlineb" -P "$i.el" >"$i.out" 2>"$i.err"; echo $? >"$i.rc"; i=$((i+1)); done`;
    const run = spawnSync('/bin/sh', ['-c', loop], { cwd: dir, env: { PATH: "/usr/bin:/bin" }, timeout: 120000 + NATIVE_COUNT * 50 });
    assert.is(run.status, 0);
    for (let i = 0; i < NATIVE_COUNT; i++) {
      const rc = Number(fs.readFileSync(path.join(dir, `${i}.rc`), 'utf8'));
      let native: Outcome;
      if (rc === 0) {
        const words = fs.readFileSync(path.join(dir, `${i}.out`)).toString('latin1').split('\0');
        words.pop();
        assert.is(words[0], 'START', `native output for ${show(scripts[i])}`);
        native = { argv: ['/usr/bin/printf', '%s\\0', ...words] };
      } else {
        const err = fs.readFileSync(path.join(dir, `${i}.err`), 'latin1');
        const m = /^execlineb: fatal: (syntax error|unmatched \{|unmatched \})\n$/.exec(err);
        assert.ok(rc === 100 && m, `native rc ${rc} stderr ${show(err)} for ${show(scripts[i])}`);
        native = { error: m![1] };
      }
      const mine = viaLexer(scripts[i]);
      assert.equal(mine, native, `lex() vs native, seed ${SEED}, script ${show(scripts[i])}`);
      const gram = viaGrammar(scripts[i]);
      assert.equal(gram, native, `parseScript() vs native, seed ${SEED}, script ${show(scripts[i])}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

t.run();
