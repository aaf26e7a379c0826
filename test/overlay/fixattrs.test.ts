// fix-attrs run through its shim on a scratch tree (spec §1.10.1; D1, D2).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ours, tmpdir } from '../helpers';

const test = suite('fix-attrs');

function tree(): string {
  const d = tmpdir('fa-');
  fs.mkdirSync(path.join(d, 'dir/sub'), { recursive: true });
  for (const f of ['dir/a', 'dir/sub/b', 'dir/.h', 'x1', 'x2', 'y1']) fs.writeFileSync(path.join(d, f), f, { mode: 0o644 });
  return d;
}
const mode = (p: string): string => (fs.statSync(p).mode & 0o7777).toString(8);
const owner = (p: string): string => `${fs.statSync(p).uid}:${fs.statSync(p).gid}`;

test('globs, fallback accounts, "-" modes, D1 unterminated last line', () => {
  const d = tree();
  const r = ours(['fix-attrs'], { input: `${d}/x* false nobody,32768:32768 0600 -\n\n${d}/dir true 5:6 - 2750` });
  assert.is(r.status, 0, r.stderr);
  assert.is(r.stderr, '');
  assert.is(mode(`${d}/x1`), '600');
  assert.is(mode(`${d}/y1`), '644');
  assert.is(owner(`${d}/x2`), '65534:65534');
  assert.is(mode(`${d}/dir`), '2750');
  assert.is(mode(`${d}/dir/sub`), '2750');
  assert.is(mode(`${d}/dir/a`), '644');
  assert.is(owner(`${d}/dir/sub/b`), '5:6');
  assert.is(owner(`${d}/dir/.h`), '0:0');
  fs.rmSync(d, { recursive: true });
});

test('D2 empty table exits 0; bad lines are reported and skipped', () => {
  assert.is(ours(['fix-attrs'], { input: '' }).status, 0);
  const d = tree();
  const r = ours(['fix-attrs'], { input: `${d}/x1 false unexisting 0600 0700\n${d}/x2 false root 0600\n${d}/y1 false root 9z 0700\n${d}/nomatch* false root 0600 0700\n` });
  assert.is(r.status, 0);
  assert.equal(r.stderr.split('\n'), [
    's6-envuidgid: fatal: unknown user: unexisting',
    `fix-attrs: warning: ignoring a line with fewer than 5 fields: ${d}/x2 false root 0600`,
    's6-chmod: usage: s6-chmod mode file',
    '',
  ]);
  assert.is(mode(`${d}/x1`), '644');
  fs.rmSync(d, { recursive: true });
});

test.run();
