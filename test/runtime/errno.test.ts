// The errno table of runtime/errno.ts is Linux's, as Node knows it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as os from 'node:os';
import { E, strerror } from '../../src/runtime/errno';

const t = suite('errno');

t('every name has the number os.constants.errno gives it', () => {
  const node = os.constants.errno as Record<string, number>;
  for (const [name, n] of Object.entries(E)) assert.is(n, node[name], name);
});

t('strerror gives the C library text', () => {
  assert.is(strerror(E.ENOENT), 'No such file or directory');
  assert.is(strerror(E.EBADF), 'Bad file descriptor');
});

t.run();
