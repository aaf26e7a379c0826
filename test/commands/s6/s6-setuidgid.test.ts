// s6-setuidgid against native s6 2.11.3.2 (run as root; ids observed with `id`).
import { nativeSuite, SHOW_IDS, ACCOUNTS, S6Case } from './_native';

const G = ['--groups=5,6'];
const c = (argv: string[], extra: Partial<S6Case> = {}): S6Case => ({ argv, setpriv: G, ...extra });
const ENVIDS = { UID: '9', GID: '9', GIDLIST: '9', OTHER: 'x' };

nativeSuite('s6-setuidgid', [
  c(['s6-setuidgid', 'alice', ...SHOW_IDS], { accounts: ACCOUNTS }),
  c(['s6-setuidgid', 'bob', ...SHOW_IDS], { accounts: ACCOUNTS }),
  c(['s6-setuidgid', 'daemon', ...SHOW_IDS]),
  c(['s6-setuidgid', 'nobody', ...SHOW_IDS]),
  c(['s6-setuidgid', 'root', ...SHOW_IDS]),
  c(['s6-setuidgid', '', ...SHOW_IDS]),
  c(['s6-setuidgid', '1234:5678', ...SHOW_IDS]),
  c(['s6-setuidgid', '0:0', ...SHOW_IDS]),
  // the variables s6-envuidgid sets do not reach the program; other ones do
  c(['s6-setuidgid', 'daemon', 'env'], { env: ENVIDS }),
  c(['s6-setuidgid', '1:4', 'env'], { env: ENVIDS }),
  c(['s6-setuidgid', '', 'env'], { env: ENVIDS }),
  c(['execlineb', '-Pc', 'foreground { s6-setuidgid nobody sh -c "id -u; id -G" } foreground { s6-setuidgid 1:1 sh -c "id -u" } sh -c "id -u; id -G"']),
  // errors
  c(['s6-setuidgid']),
  c(['s6-setuidgid', 'daemon']),
  c(['s6-setuidgid', 'x:y', 'true']),
  c(['s6-setuidgid', '1:', 'true']),
  c(['s6-setuidgid', ':4', 'true']),
  c(['s6-setuidgid', '1:2:3', 'true']),
  c(['s6-setuidgid', 'nosuchuser-xyz', 'true']),
  c(['s6-setuidgid', 'daemon', 'nonexistent-prog-xyz']),
  c(['s6-setuidgid', '', 'nonexistent-prog-xyz']),
  c(['s6-setuidgid', '1:1', '/etc']),
  c(['s6-setuidgid', 'daemon', 'true'], { setpriv: ['--reuid=65534', '--regid=65534', '--clear-groups'] }),
]);

// Where s6-setuidgid does s6-envuidgid's and s6-applyuidgid's work itself, and where it leaves
// them to the chain (src/commands/s6/s6-setuidgid.ts).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ours, native } from '../../helpers';

test('s6-setuidgid: with a PATH that lacks the s6 tools it fails as the chain would (docs/divergences.md)', () => {
  const r = ours(['execlineb', '-Pc', 'export PATH /nonexistent s6-setuidgid nobody /bin/true']);
  assert.is(r.status, 127);
  assert.is(r.stderr, 's6-setuidgid: fatal: unable to exec s6-envuidgid: No such file or directory\n');
});

test('s6-setuidgid: the environment after it is native\'s, in native\'s order (UID, GID, GIDLIST set before)', () => {
  const script = 'export GID 1 export A a export UID 2 export B b export GIDLIST 3 export C c s6-setuidgid daemon /usr/bin/env';
  const names = (r: { stdout: string }): string[] => r.stdout.split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf('=')));
  const got = ours(['execlineb', '-Pc', script]);
  const want = native(['execlineb', '-Pc', script]);
  assert.is(got.status, 0, got.stderr);
  assert.equal(names(got), names(want));
  assert.ok(!names(got).includes('UID'));
});

test('s6-setuidgid: inside a block it changes a child\'s credentials, never the interpreter\'s', () => {
  const r = ours(['execlineb', '-Pc', 'foreground { s6-setuidgid nobody /bin/true } /usr/bin/id -u']);
  assert.is(r.stdout, '0\n');
});

test.run();
