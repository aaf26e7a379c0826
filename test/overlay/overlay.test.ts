// End-to-end: our /init as PID 1 with native s6 (issue 5, "Done when" 1-10 and the zombie check).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { boot, cleanup, layer } from './harness';
import { FAST, BOOT_LINES, SHUTDOWN_LINES, sh, between, dump } from './common';

const test = suite('overlay');

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

test('3. -e FOO=bar: plain cont-init sees the minimal PATH only; with-contenv sees FOO', async () => {
  const c = boot({
    env: { ...FAST, FOO: 'bar' },
    cmd: ['true'],
    files: {
      'etc/cont-init.d/10-plain': sh('echo "plain FOO=${FOO-unset} PATH=$PATH"'),
      'etc/cont-init.d/20-contenv': '#!/usr/bin/with-contenv sh\necho "contenv FOO=$FOO PATH=$PATH"\n',
    },
  });
  assert.is(await c.exited, 0, dump(c));
  const init = between(c.stdout, '[cont-init.d] executing container initialization scripts...', '[cont-init.d] done.');
  assert.equal(init, [
    '[cont-init.d] 10-plain: executing... plain FOO=unset PATH=/usr/bin:/usr/sbin:/bin:/sbin',
    '[cont-init.d] 10-plain: exited 0.',
    '[cont-init.d] 20-contenv: executing... contenv FOO=bar PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    '[cont-init.d] 20-contenv: exited 0.',
  ], dump(c));
});

const DATA = {
  'data/a': { content: 'a', mode: 0o644 },
  'data/sub/b': { content: 'b', mode: 0o644 },
  'data/.hidden': { content: 'h', mode: 0o644 },
  'data/sub/.h2': { content: 'h', mode: 0o644 },
  'etc/fix-attrs.d/00-empty': '',
  // D1: the last line has no newline and is still applied.
  'etc/fix-attrs.d/01-data': '/data true nobody,32768:32768 0600 0700',
};
const STAT = ['sh', '-c', 'stat -c "%n %U %a" /data /data/a /data/sub /data/sub/b /data/.hidden /data/sub/.h2'];

for (const hidden of ['0', '1']) {
  test(`4. recursive fix-attrs.d rule (S6_FIX_ATTRS_HIDDEN=${hidden}); D1 last line, D2 empty table`, async () => {
    const c = boot({ env: { ...FAST, S6_FIX_ATTRS_HIDDEN: hidden }, cmd: STAT, files: DATA });
    assert.is(await c.exited, 0, dump(c));
    const h = hidden === '1' ? 'nobody 600' : 'root 644';
    assert.equal(between(c.stdout, '[fix-attrs.d] applying ownership & permissions fixes...', '[fix-attrs.d] done.'), [
      '[fix-attrs.d] 00-empty: applying... [fix-attrs.d] 00-empty: exited 0.',
      '[fix-attrs.d] 01-data: applying... [fix-attrs.d] 01-data: exited 0.',
    ], dump(c));
    assert.equal(between(c.stdout, '[services.d] done.', '[cmd] sh exited 0'), [
      '/data nobody 700', '/data/a nobody 600', '/data/sub nobody 700', '/data/sub/b nobody 600',
      `/data/.hidden ${h}`, `/data/sub/.h2 ${h}`,
    ], dump(c));
  });
}

test('5. built-in perms pass: a 0600 cont-init script and a 0644 run still run', async () => {
  const c = boot({
    env: FAST,
    cmd: ['sh', '-c', 'for i in $(seq 50); do [ -e /shared/svc ] && break; sleep 0.2; done; cat /shared/svc'],
    files: {
      'etc/cont-init.d/10-private': { content: sh('echo private-ran'), mode: 0o600 },
      'etc/services.d/svc/run': { content: sh('echo svc-ran > /shared/svc; exec sleep 1000'), mode: 0o644 },
    },
  });
  assert.is(await c.exited, 0, dump(c));
  assert.ok(c.stdout.includes('[cont-init.d] 10-private: executing... private-ran'), dump(c));
  assert.ok(c.stdout.includes('svc-ran'), dump(c));
});

test('6. S6_BEHAVIOUR_IF_STAGE2_FAILS=2 + failing cont-init: stop, no services/CMD, cont-finish runs, exit 1, no banner', async () => {
  const c = boot({
    env: { ...FAST, S6_BEHAVIOUR_IF_STAGE2_FAILS: '2' },
    cmd: ['echo', 'cmd-ran'],
    files: {
      'etc/cont-init.d/10-fail': sh('echo failing; exit 3'),
      'etc/cont-init.d/20-later': sh('echo later-ran'),
      'etc/services.d/svc/run': sh('echo svc-ran; exec sleep 1000'),
      'etc/cont-finish.d/10-bye': sh('echo bye-ran'),
    },
  });
  assert.is(await c.exited, 1, dump(c));
  assert.equal(c.stdout, [
    ...BOOT_LINES.slice(0, 5),
    '[cont-init.d] 10-fail: executing... failing',
    '[cont-init.d] 10-fail: exited 3.',
    '[cont-finish.d] executing container finish scripts...',
    '[cont-finish.d] 10-bye: executing... bye-ran',
    '[cont-finish.d] 10-bye: exited 0.',
    '[cont-finish.d] done.',
    ...SHUTDOWN_LINES.slice(2),
  ], dump(c));
});

test('7. a finish script writing 42 to S6_STAGE2_EXITED and calling s6-svscanctl -t: exit 42', async () => {
  const c = boot({
    env: FAST,
    files: {
      'etc/services.d/svc/run': sh('echo svc-once; exec sleep 0.3'),
      'etc/services.d/svc/finish': sh('printf 42 > /var/run/s6/env-stage3/S6_STAGE2_EXITED\ns6-svscanctl -t /var/run/s6/services'),
    },
  });
  assert.is(await c.exited, 42, dump(c));
  assert.equal(c.stdout.slice(-5), SHUTDOWN_LINES, dump(c));
});

test('8. SIGTERM with a service trapping TERM: the service stops before cont-finish.d; timing', async () => {
  const c = boot({
    env: FAST,
    files: {
      'etc/services.d/svc/run': sh("trap 'echo svc-term; sleep 1; echo svc-done; exit 0' TERM\necho svc-up\nwhile :; do sleep 0.1; done"),
      'etc/cont-finish.d/10-bye': sh('echo bye-ran'),
    },
  });
  assert.ok(await c.waitFor(/^svc-up$/), dump(c));
  const t = Date.now() - c.t0;
  const code = await c.stop();
  assert.is(code, 0, dump(c));
  const at = (text: string): number => c.out.find((l) => l.text === text)?.t ?? -1;
  const done = at('svc-done');
  const finish = at('[cont-finish.d] executing container finish scripts...');
  assert.ok(done > 0 && finish > done, dump(c));
  assert.ok(done - t >= 900, `service stopped too early: ${done - t} ms`);
  // waiting for services → +200 ms → TERM; grace 0 → KILL line at once.
  const term = at('[s6-finish] sending all processes the TERM signal.');
  assert.ok(term - at('[s6-finish] waiting for services.') >= 150, dump(c));
  assert.ok(at('[s6-finish] sending all processes the KILL signal and exiting.') - t < 3500, dump(c));
});

test('9. logutil-service with S6_LOGGING_SCRIPT "n3 s4096 T": rotation, 3 archives, timestamps, logger as nobody', async () => {
  const c = boot({
    env: { ...FAST, S6_LOGGING_SCRIPT: 'n3 s4096 T' },
    cmd: ['sh', '-c', 'cd /var/log/app; while ! cat ./@* current 2>/dev/null | grep -q "line 399"; do sleep 0.1; done; ls; cat ./@* current | head -n1'],
    files: {
      'var/log/app/': '',
      'etc/fix-attrs.d/app-logs': '/var/log/app true nobody,32768:32768 0644 0700\n',
      'etc/services.d/app/run': sh('i=0\nwhile [ $i -lt 400 ]; do echo "line $i some padding to fill the log faster"; i=$((i+1)); done\nexec sleep 1000'),
      'etc/services.d/app/log/run': sh('exec logutil-service /var/log/app'),
    },
  });
  assert.ok(await c.waitFor(/^\[services\.d\] done\.$/), dump(c));
  assert.ok(await c.waitFor(/^current$/), dump(c));
  const loggers = c.processes().filter((p) => p.comm === 's6-log');
  assert.is(loggers.length, 1, JSON.stringify(c.processes()));
  assert.is(loggers[0].uid, 65534);
  assert.ok(loggers[0].args.startsWith('s6-log -bp -- n3 s4096 T /var/log/app'), loggers[0].args);
  assert.is(await c.exited, 0, dump(c));
  const listing = between(c.stdout, '[services.d] done.', '[cmd] sh exited 0');
  const archives = listing.filter((n) => /^@[0-9a-f]{24}\.s$/.test(n));
  assert.is(archives.length, 3, listing.join('\n'));
  assert.ok(listing.includes('current') && listing.includes('state') && listing.includes('lock'), listing.join('\n'));
  assert.match(listing[listing.length - 1], /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9}  line \d+ some padding/);
});

test('10. S6_READ_ONLY_ROOT=1 on a read-only root with a writable /var: boots, services and CMD run; D10 links copied verbatim', async () => {
  const c = boot({
    readOnly: true,
    env: { ...FAST, S6_READ_ONLY_ROOT: '1' },
    cmd: ['sh', '-c', 'for i in $(seq 50); do [ -e /var/svc-ran ] && break; sleep 0.2; done; cat /var/svc-ran; [ -d /var/run/s6/etc/cont-init.d ] && [ ! -L /var/run/s6/etc/cont-init.d ] && echo copied; touch /etc/x 2>/dev/null || echo etc-ro'],
    files: {
      'etc/cont-init.d/10-hello': sh('echo init-ran'),
      // D10: a relative link is copied as a link, and dangles in the copy.
      'etc/cont-init.d/20-link': '',
      'etc/services.d/svc/run': sh('echo svc-ran > /var/svc-ran; exec sleep 1000'),
    },
    links: { 'etc/cont-init.d/20-link': '../scripts/hello', 'etc/scripts/hello': '../cont-init.d/10-hello' },
  });
  assert.is(await c.exited, 0, dump(c));
  assert.ok(c.stdout.includes('[cont-init.d] 10-hello: executing... init-ran'), dump(c));
  assert.ok(c.stdout.includes('[cont-init.d] 20-link: executing... [cont-init.d] 20-link: exited 127.'), dump(c));
  assert.equal(between(c.stdout, '[services.d] done.', '[cmd] sh exited 0'), ['svc-ran', 'copied', 'etc-ro'], dump(c));
});

test('100 double-forked children leave no zombie', async () => {
  const c = boot({
    env: FAST,
    cmd: ['sh', '-c', 'i=0; while [ $i -lt 100 ]; do (sleep 0.3 &); i=$((i+1)); done; sleep 1.5; echo zombies=$(ps -eo stat= | grep -c "^Z")'],
  });
  assert.ok(await c.waitFor(/^\[services\.d\] done\.$/), dump(c));
  await new Promise((r) => setTimeout(r, 1000));
  assert.is(c.processes().filter((p) => p.comm === 'zombie').length, 0);
  assert.is(await c.exited, 0, dump(c));
  assert.ok(c.stdout.includes('zombies=0'), dump(c));
});

test.run();
