import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lex, lexBytes, lexPlain } from '../../src/syntax/lexer';

const t = suite('syntax/lexer');

// [script, argv or error kind] — confirmed against native execlineb 2.9.3.0 (spec §10.1).
const table: [string, string[] | string][] = [
  ['showargs "a\\x41\\101\\0101\\0x41" "\\a\\b\\t\\n\\v\\f\\r" "q\\"q" "b\\\\b" "\\$x" "\\z\\Q\\#"',
    ['showargs', 'ax41eAA', '\x07\x08\t\n\x0b\x0c\r', 'q"q', 'b\\b', '$x', 'zQ#']],
  ['showargs "\\255" "\\0377" "\\0xff" "\\0xF" "\\9" "\\12a" "\\1234"',
    ['showargs', '\xff', '\xff', '\xff', '\x0f', '\t', '\x0ca', '{4']],
  ['showargs "\\256"', 'syntax error'], ['showargs "\\0"', 'syntax error'], ['showargs "\\00"', 'syntax error'],
  ['showargs "\\0400"', 'syntax error'], ['showargs "\\0x"', 'syntax error'], ['showargs "\\08"', 'syntax error'],
  ['showargs a\\nb \\"q \\\\ \\{ \\} x\\ y a#b #comment\nc\\\nd e \\\n f',
    ['showargs', 'anb', '"q', '\\', '{', '}', 'x y', 'a#b', 'c\nd', 'e', 'f']],
  ['showargs a"b c"d "" e""f "multi\nline" "cont\\\ninued"', ['showargs', 'ab cd', '', 'ef', 'multi\nline', 'continued']],
  ['showargs a { b { c "" } d {} "{" "}" \\{ {x x} } e { } f {\n}',
    ['showargs', 'a', ' b', '  c', '  ', ' ', ' d', ' {}', ' {', ' }', ' {', ' {x', ' x}', '', 'e', '', 'f', '']],
  ['showargs {\n', 'unmatched {'], ['showargs {', 'syntax error'], ['showargs a }', 'unmatched }'],
  ['showargs "abc', 'syntax error'], ['showargs "abc\\1', ['showargs', 'abc\x01']], ['showargs "abc\\0x41', ['showargs', 'abcA']],
  ['showargs abc\\', 'syntax error'], ['showargs abc \\', ['showargs', 'abc']],
  ['showargs {"a" {# }# {\\x', ['showargs', '{a', '{#', '}#', '{x']],
  ['showargs { a {\\x b }', ['showargs', ' a', ' { x', ' b', '']],
  ['showargs { a }\\x b }', ['showargs', ' a', ' } x', ' b', '']],
  ['showargs { a {\\\n b }', ['showargs', ' a', ' { b', '']],
  ['showargs {\\', ['showargs']],
  // a closing brace after a pending fragment keeps the fragment (native, found by the property test)
  ['p { \n}\\\n}\nf', ['p', ' }', 'f']],
  ['showargs a\x01b\x1fc\rd\te\vf\ng\x7fh\xc3\xa9\n', ['showargs', 'a', 'b', 'c', 'd', 'e', 'f', 'g\x7fh\xc3\xa9']],
  ['showargs a\0b c\n', ['showargs', 'a']],
  ['showargs "a\0b" c\n', 'syntax error'],
  ['', []], ['# only comment', []], ['   ', []],
];

for (const [src, want] of table) {
  t(JSON.stringify(src), () => {
    const r = lex(src);
    if (typeof want === 'string') {
      assert.ok(!r.ok, 'expected an error');
      if (!r.ok) assert.is(r.error.kind, want);
    } else {
      assert.ok(r.ok, r.ok ? '' : r.error.detail);
      if (r.ok) assert.equal(r.words, want);
    }
  });
}

t('error positions name line and column', () => {
  const r = lex('foo\nbar "baz\n');
  assert.ok(!r.ok);
  if (!r.ok) { assert.is(r.error.line, 3); }
  const u = lex('a {\n b\n');
  assert.ok(!u.ok);
  if (!u.ok) { assert.is(u.error.kind, 'unmatched {'); assert.is(u.error.line, 1); assert.is(u.error.col, 3); }
});

t('the fast path for plain scripts agrees with the byte machine (20,000 random plain scripts)', () => {
  let a = 20261128;
  const r = (): number => { a = (a * 1103515245 + 12345) >>> 0; return a / 4294967296; };
  // no quote or backslash: what lexPlain takes (or hands over: a control byte, NUL, unbalanced braces)
  const pieces = ['{', '}', ' ', ' ', '\n', '\t', '\r', '#', 'a', 'foo', 'x{', '}y', '{}', '#z', '\xff', '\x7f', ' { ', ' } ', '\n}\n', '\x01', '\0', '\x1f'];
  let taken = 0;
  for (let i = 0; i < 20000; i++) {
    let src = '';
    const n = Math.floor(r() * r() * 30);
    for (let k = 0; k < n; k++) src += pieces[Math.floor(r() * pieces.length)];
    const fast = lexPlain(src);
    const slow = lexBytes(src);
    if (fast) {
      taken++;
      assert.ok(slow.ok, `fast path took ${JSON.stringify(src)}, which is an error`);
      if (slow.ok) assert.equal(fast, slow.words, JSON.stringify(src));
    }
    assert.equal(lex(src), slow, JSON.stringify(src));
  }
  assert.ok(taken > 3000, `fast path taken ${taken} times`);
});

t('a typical run script takes the fast path', () => {
  const src = '#!/usr/bin/execlineb -P\nfdmove -c 2 1\nimportas -D /root HOME HOME\ncd /\numask 022\nif { eltest -d /tmp }\ns6-setuidgid nobody /bin/true\n';
  assert.equal(lexPlain(src), ['fdmove', '-c', '2', '1', 'importas', '-D', '/root', 'HOME', 'HOME', 'cd', '/', 'umask', '022', 'if', ' eltest', ' -d', ' /tmp', '', 's6-setuidgid', 'nobody', '/bin/true']);
});

t.run();
