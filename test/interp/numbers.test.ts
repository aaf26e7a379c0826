// The skalibs number scanners: allDigits is what the regular expressions it replaced said.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { allDigits, strictUint } from '../../src/interp/numbers';
import { strictOctal } from '../../src/interp/scanlist';

const t = suite('numbers');

const CASES = ['', '0', '7', '8', '9', '022', '0777', '0o7', '12a', 'a12', ' 1', '1 ', '-1', '+1', '4294967295', '4294967296', '٣', '1.5', '/', ':'];

t('allDigits agrees with /^[0-9]+$/ and /^[0-7]+$/', () => {
  for (const c of CASES) {
    assert.is(allDigits(c), /^[0-9]+$/.test(c), `decimal ${JSON.stringify(c)}`);
    assert.is(allDigits(c, 0x38), /^[0-7]+$/.test(c), `octal ${JSON.stringify(c)}`);
  }
});

t('strictUint and strictOctal: the whole string, at most 32 bits', () => {
  assert.is(strictUint('4294967295'), 4294967295);
  assert.is(strictUint('4294967296'), undefined);
  assert.is(strictUint('12a'), undefined);
  assert.is(strictUint(''), undefined);
  assert.is(strictOctal('022'), 0o22);
  assert.is(strictOctal('8'), undefined);
  assert.is(strictOctal('37777777777'), 0xffffffff);
  assert.is(strictOctal('40000000000'), undefined);
});

t.run();
