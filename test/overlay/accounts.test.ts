// fix-attrs account syntax with s6-envuidgid semantics (spec §1.10.1 worked table).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { resolveAccount, userByName, groupByName } from '../../src/overlay/accounts';

const test = suite('overlay accounts');

test('worked table (daemon resolved from this system)', () => {
  const du = userByName('daemon')!;
  const dg = groupByName('daemon')!;
  assert.ok(du && dg !== undefined);
  const table: [string, [number, number] | string][] = [
    ['daemon', [du.uid, du.gid]],
    ['daemon,3:4', [du.uid, du.gid]],
    [`${du.uid}:${dg},3:4`, [du.uid, dg]],
    ['daemon:11111,3:4', [du.uid, 11111]],
    ['11111:daemon,3:4', [11111, dg]],
    ['daemon:daemon,3:4', [du.uid, dg]],
    ['daemon:unexisting,3:4', [du.uid, 4]],
    ['unexisting:daemon,3:4', [3, dg]],
    ['11111:11111,3:4', [11111, 11111]],
    ['1000', 'unknown user: 1000'],
    ['1000,1000:1000', [1000, 1000]],
    ['unexisting', 'unknown user: unexisting'],
    ['unexisting,3', [3, 0]],
    ['daemon:unexisting', 'unknown group: unexisting'],
    [':daemon', [0, dg]],
  ];
  for (const [spec, want] of table) {
    const got = resolveAccount(spec);
    if (typeof want === 'string') assert.equal(got, { error: want }, spec);
    else assert.equal(got, want, spec);
  }
});

test.run();
