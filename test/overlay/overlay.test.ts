// End-to-end: our /init as PID 1 with native s6 (issue 5, "Done when").
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { boot, cleanup, layer } from './harness';

const test = suite('overlay');
const FAST = { S6_KILL_GRACETIME: '0' };

const BOOT_LINES = [
  '[s6-init] making user provided files available at /var/run/s6/etc...exited 0.',
  '[s6-init] ensuring user provided files have correct perms...exited 0.',
  '[fix-attrs.d] applying ownership & permissions fixes...',
  '[fix-attrs.d] done.',
  '[cont-init.d] executing container initialization scripts...',
  '[cont-init.d] done.',
  '[services.d] starting services',
  '[services.d] done.',
];
const SHUTDOWN_LINES = [
  '[cont-finish.d] executing container finish scripts...',
  '[cont-finish.d] done.',
  '[s6-finish] waiting for services.',
  '[s6-finish] sending all processes the TERM signal.',
  '[s6-finish] sending all processes the KILL signal and exiting.',
];

test.before(() => { layer(); });
test.after(() => cleanup());

test('1. bare boot: 8 boot lines, PID 1 is s6-svscan, SIGTERM → 5 shutdown lines, exit 0', async () => {
  const c = boot({ env: FAST });
  assert.ok(await c.waitFor(/^\[services\.d\] done\./), `no boot: ${c.stdout.join('\n')}\n${c.stderr.join('\n')}`);
  assert.equal(c.stdout, BOOT_LINES);
  assert.is(c.processes().find((p) => p.pid === c.pid1())?.comm, 's6-svscan');
  const code = await c.stop();
  assert.equal(c.stdout, [...BOOT_LINES, ...SHUTDOWN_LINES], c.stderr.join('\n'));
  assert.is(code, 0);
  assert.equal(c.stderr, []);
});

test('2. CMD exit code: [cmd] sh exited 3, container exits 3', async () => {
  const c = boot({ env: FAST, cmd: ['sh', '-c', 'echo hi; exit 3'] });
  const code = await c.exited;
  assert.is(code, 3, c.stderr.join('\n'));
  assert.equal(c.stdout, [...BOOT_LINES, 'hi', '[cmd] sh exited 3', ...SHUTDOWN_LINES]);
});

test.run();
