// src/main.ts: the words a run starts with. Plain ASCII comes from process.argv (no /proc
// read), anything else from /proc/self/cmdline, byte for byte.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SHIMS, ROOT } from './helpers';

/** Run a shell line (bytes given with printf) and return stdout as bytes. */
function sh(line: string, cwd = ROOT): { out: string; status: number | null } {
  const r = spawnSync('/bin/sh', ['-c', line], { cwd, encoding: 'latin1', env: { PATH: `${SHIMS}:/usr/bin:/bin` } });
  return { out: r.stdout, status: r.status };
}

test('words that are not UTF-8 text reach the program byte for byte', () => {
  const r = sh(`exec ${SHIMS}/execlineb -S2 -c 'printf %s|%s| $1 $2' "$(printf 'a\\377b')" "$(printf '\\303\\251')"`);
  assert.is(r.status, 0);
  assert.is(r.out, 'a\xffb|\xc3\xa9|');
});

test('plain words come through as they are, the empty one included', () => {
  const r = sh(`exec ${SHIMS}/execlineb -S3 -c 'printf <%s><%s><%s> $1 $2 $3' "a b" "" "-P"`);
  assert.is(r.status, 0);
  assert.is(r.out, '<a b><><-P>');
});

test('$0 of execlineb -c run through a shim by a relative path is the full path (docs/divergences.md)', () => {
  const r = sh(`exec ./shims/execlineb -S0 -c 'echo $0'`);
  assert.is(r.out, `${path.join(SHIMS, 'execlineb')}\n`);
});

test.run();
