import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { substArgv, transform, DEFAULT_DELIMS } from '../../src/expand/subst';

const t = suite('expand/subst');
const one = (k: string, v: string[]) => new Map([[k, v]]);

// From spec §10.3 (native define/multisubstitute). Inputs are argv as define sees them.
t('name termination and backslash parity', () => {
  const words = ['$A', '${A}', '$A/x', '${A}/x', '$Ax', '$A$A', '${A}${A}', '$A}', '${A', '$A{', 'x$A', '\\$A',
    '\\\\$A', '\\\\\\$A', '\\${A}', '${}', '$', '$$A', '${A}}', '${A}x', '$B', '\\$B'];
  // (script-level backslashes already halved by the lexer in the spec's example)
  assert.equal(substArgv(words, one('A', ['val'])),
    ['val', 'val', '$A/x', 'val/x', '$Ax', 'valval', 'valval', 'val}', '${A', 'val{', 'xval', '$A', '\\val', '\\$A', '${A}', '${}', '$', '$val', 'val}', 'valx', '$B', '\\$B']);
});

t('abandoned braces and odd cases', () => {
  assert.equal(substArgv(['\\$$A', '$\\A', '${A$A}', '${A\\A}', '\\\\\\${A}x', '$A$', '${A}}'], one('A', ['v'])),
    ['\\$v', '$\\A', '${Av}', '${A\\A}', '\\${A}x', 'v$', 'v}']);
});

t('cartesian products and zero values', () => {
  assert.equal(substArgv(['x${S}y'], one('S', ['a', 'b', '', 'c'])), ['xay', 'xby', 'xy', 'xcy']);
  const m = new Map([['A', ['a', 'b']], ['B', ['1', '2', '3']]]);
  assert.equal(substArgv(['${A}x${B}'], m), ['ax1', 'ax2', 'ax3', 'bx1', 'bx2', 'bx3']);
  assert.equal(substArgv(['a', 'x${F}y', 'b'], one('F', [])), ['a', 'b']);
});

t('transform: crunch, chomp, split, netstrings', () => {
  const o = (x: Partial<Parameters<typeof transform>[1]>) => ({ delims: DEFAULT_DELIMS, crunch: false, chomp: false, split: false, ...x });
  assert.equal(transform('a b  c', o({ split: true })), ['a', 'b', '', 'c']);
  assert.equal(transform(' a b  c ', o({ split: true, crunch: true })), ['', 'a', 'b', 'c']);
  assert.equal(transform('a b c', o({ split: true, chomp: true })), ['a', 'b']);
  assert.equal(transform('a b c ', o({ split: true, chomp: true })), ['a', 'b', 'c']);
  assert.equal(transform('', o({ split: true })), []);
  assert.equal(transform('abc\n', o({ chomp: true })), ['abc']);
  assert.equal(transform('abc  ', o({ chomp: true, crunch: true })), ['abc']);
  assert.equal(transform('a:b::c', o({ split: true, delims: ':' })), ['a', 'b', '', 'c']);
  assert.equal(transform('1:a,2:bb,0:,3:x y,', o({ split: true, delims: '' })), ['a', 'bb', '', 'x y']);
  assert.throws(() => transform('1:a,2:bb', o({ split: true, delims: '' })));
});

t.run();
