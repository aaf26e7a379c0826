// baseName is path.basename (without its suffix argument), checked against it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import { baseName } from '../../src/interp/basename';

const t = suite('baseName');

t('agrees with path.basename', () => {
  const cases = ['', '/', '//', '///', 'a', 'a/', 'a//', '/a', '/a/', 'a/b', 'a/b/', '/usr/bin/execlineb', 'shims/execlineb',
    './x', '../x/', 'x/./', 'x/..', ' /y', 'a b/c d', '\u00e9/\u00ff', '/a//b//'];
  for (const c of cases) assert.is(baseName(c), path.basename(c), JSON.stringify(c));
});

t.run();
