import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Env } from '../../src/interp/env';
import { popFrame, pushFrame, isPositionalName } from '../../src/interp/positionals';

// skalibs env_mergen, checked natively: `env -i A=1 B=2 C=3 export A 9 env` → C=3 B=2 A=9
const t = suite('interp/env');

t('set and unset remove the first match by moving the last entry into its slot', () => {
  const e = new Env(['A=1', 'B=2', 'C=3']);
  e.set('A', '9');
  assert.equal(e.entries, ['C=3', 'B=2', 'A=9']);
  e.unset('B');
  assert.equal(e.entries, ['C=3', 'A=9']);
  e.unset('A');
  assert.equal(e.entries, ['C=3']);
  e.set('C', '4');
  assert.equal(e.entries, ['C=4']);
});

t('only NAME= entries match; the first of duplicates goes', () => {
  const e = new Env(['X', 'X=1', 'Y=2', 'X=3']);
  e.unset('X');
  assert.equal(e.entries, ['X', 'X=3', 'Y=2']);
  assert.is(e.get('X'), '3');
  e.set('', 'v');
  assert.equal(e.entries, ['X', 'X=3', 'Y=2', '=v']);
  e.unset('');
  assert.equal(e.entries, ['X', 'X=3', 'Y=2']);
});

t('positional frames: push and pop, depth limits, EINVAL on entries without =', () => {
  const e = new Env(['1=a', '1:1=b', '1:x=c', '1:4294967296=d', 'A=1', '#=1']);
  assert.ok(pushFrame(e, isPositionalName, 1));
  assert.equal(e.entries, ['1:1=a', '1:2=b', '1:x=c', '1:4294967296=d', 'A=1', '#:1=1']);
  assert.ok(popFrame(e, isPositionalName, 1));
  assert.equal(e.entries, ['1=a', '1:1=b', '1:x=c', '1:4294967296=d', 'A=1', '#=1']);
  assert.ok(popFrame(e, isPositionalName, 1));
  assert.equal(e.entries, ['1=b', '1:x=c', '1:4294967296=d', 'A=1']);
  const bad = new Env(['1', 'A=1']);
  assert.is(popFrame(bad, isPositionalName, 1), false);
  assert.equal(bad.entries, ['1', 'A=1']);
});

t.run();
