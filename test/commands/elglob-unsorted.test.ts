// elglob without -s: the order is glob(3)'s unsorted one, i.e. the directory
// order, which we get by calling libc's glob like the native elglob. Directory
// order depends on the filesystem, so there is no golden value: in one and the
// same directory ours must equal native (when installed), and always be a
// permutation of the sorted matches.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ours, native, hasNative, tmpdir } from '../helpers';

const t = suite('elglob-unsorted');
const names = ['zz', 'b1', 'a9', 'm', 'c22', 'q0', 'x.y', 'k', 'aa', 'r7', 'e', 'w3'];

const run = (which: typeof ours, dir: string, script: string): string =>
  which(['execlineb', '-Pc', script], { cwd: dir }).stdout;

t('unsorted matches: directory order, same as native', () => {
  const dir = tmpdir('elts-glob-');
  try {
    for (const n of names) fs.writeFileSync(path.join(dir, n), '');
    fs.mkdirSync(path.join(dir, 'dd'));
    const unsorted = run(ours, dir, 'elglob F * printf "%s\\n" $F');
    const sorted = run(ours, dir, 'elglob -s F * printf "%s\\n" $F');
    assert.equal(unsorted.split('\n').sort(), sorted.split('\n').sort());
    assert.is(sorted, [...names, 'dd'].sort().map((n) => n + '\n').join(''));
    if (hasNative) {
      assert.is(unsorted, run(native, dir, 'elglob F * printf "%s\\n" $F'));
      assert.is(run(ours, dir, 'elglob -m F * printf "%s\\n" $F'), run(native, dir, 'elglob -m F * printf "%s\\n" $F'));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

t('bytes that are not UTF-8 survive globbing', () => {
  const dir = tmpdir('elts-glob-');
  try {
    fs.writeFileSync(Buffer.from(path.join(dir, 'f\xff\xe9'), 'latin1'), '');
    const r = ours(['execlineb', '-Pc', 'elglob F f* printf "[%s]" $F'], { cwd: dir });
    assert.is(r.stdout, '[f\xff\xe9]');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

t.run();
