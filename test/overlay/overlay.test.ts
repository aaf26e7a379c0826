// End-to-end: our /init as PID 1 with native s6 (issue 5, "Done when").
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers';
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

const sh = (body: string): string => `#!/bin/sh\n${body}\n`;
const between = (lines: string[], from: string, to: string): string[] => lines.slice(lines.indexOf(from) + 1, lines.indexOf(to));
const dump = (c: { stdout: string[]; stderr: string[] }): string => `stdout:\n${c.stdout.join('\n')}\nstderr:\n${c.stderr.join('\n')}`;

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

test('D5: a service ignoring SIGTERM does not hang shutdown (killed after S6_SERVICES_GRACETIME)', async () => {
  const c = boot({
    env: { ...FAST, S6_SERVICES_GRACETIME: '1000' },
    files: { 'etc/services.d/stubborn/run': sh("trap '' TERM\necho stubborn-up\nexec sleep 1000") },
  });
  assert.ok(await c.waitFor(/^stubborn-up$/), dump(c));
  const t = Date.now();
  assert.is(await c.stop(), 0, dump(c));
  const took = Date.now() - t;
  assert.ok(took >= 900 && took < 4000, `shutdown took ${took} ms`);
  assert.equal(c.stdout.slice(-5), SHUTDOWN_LINES, dump(c));
});

test('D3: after the CMD exits, stage 3 waits until services are really down', async () => {
  const c = boot({
    env: FAST,
    cmd: ['sh', '-c', 'until [ -e /tmp/slow-up ]; do sleep 0.05; done'],
    files: { 'etc/services.d/slow/run': sh("trap 'sleep 1; echo slow-done; exit 0' TERM\ntouch /tmp/slow-up\nwhile :; do sleep 0.1; done") },
  });
  assert.is(await c.exited, 0, dump(c));
  const at = (text: string): number => c.out.find((l) => l.text === text)?.t ?? -1;
  assert.ok(at('slow-done') > 0, dump(c));
  assert.ok(at('slow-done') < at('[s6-finish] sending all processes the TERM signal.'), dump(c));
});

test('D4: S6_LOGGING=1, docker stop: no deadlock, cont-finish.d runs, catch-all log written', async () => {
  const c = boot({
    env: { ...FAST, S6_LOGGING: '1' },
    files: { 'etc/cont-finish.d/10-mark': sh('echo finished > /shared/finish-ran'), 'etc/cont-finish.d/20-copy': sh('sleep 0.2; cp /var/log/s6-uncaught-logs/current /shared/log') },
  });
  let log = '';
  for (let i = 0; i < 50 && !log.includes('[services.d] done.'); i++) {
    await new Promise((r) => setTimeout(r, 100));
    log = c.exec(['cat', '/var/log/s6-uncaught-logs/current']).stdout;
  }
  assert.match(log, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9}  \[s6-init\] making user provided files/m);
  assert.match(log, /\[services\.d\] done\./);
  const t = Date.now();
  assert.is(await c.stop(), 0, dump(c));
  assert.ok(Date.now() - t < 5000);
  assert.ok(fs.existsSync(`${c.shared}/finish-ran`), 'cont-finish.d did not run');
  assert.equal(c.stdout, [], dump(c));
  // Stage 3's lines reach the catch-all log (the logger dies at the global HUP).
  log = fs.readFileSync(`${c.shared}/log`, 'utf8');
  assert.match(log, /  \[cont-finish\.d\] executing container finish scripts\.\.\.\n.*  \[cont-finish\.d\] 10-mark: executing\.\.\. \[cont-finish\.d\] 10-mark: exited 0\.\n$/s);
});

test('D6: S6_CMD_WAIT_FOR_SERVICES waits for readiness, no s6-svwait race', async () => {
  const c = boot({
    env: { ...FAST, S6_CMD_WAIT_FOR_SERVICES: '1' },
    cmd: ['echo', 'cmd-start'],
    files: {
      'etc/services.d/ready/run': sh('sleep 0.5; echo svc-ready; echo >&3; exec sleep 1000'),
      'etc/services.d/ready/notification-fd': { content: '3\n', mode: 0o644 },
      'etc/services.d/plain/run': sh('exec sleep 1000'),
    },
  });
  assert.is(await c.exited, 0, dump(c));
  const i = c.stdout.indexOf('svc-ready');
  assert.ok(i >= 0 && i < c.stdout.indexOf('[services.d] done.') && c.stdout.indexOf('[services.d] done.') < c.stdout.indexOf('cmd-start'), dump(c));
  assert.equal(c.stderr, []);
});

test('D7: a CMD killed by a signal gives exit code = signal number', async () => {
  const c = boot({ env: FAST, cmd: ['sh', '-c', 'kill -9 $$'] });
  assert.is(await c.exited, 9, dump(c));
  assert.ok(c.stdout.includes('[cmd] sh exited 265'), dump(c));
});

test('D8: S6_BEHAVIOUR_IF_STAGE2_FAILS=1: banner, no services, no CMD, container stays up; stop → exit 1', async () => {
  const c = boot({
    env: { ...FAST, S6_BEHAVIOUR_IF_STAGE2_FAILS: '1' },
    cmd: ['echo', 'cmd-ran'],
    files: { 'etc/cont-init.d/10-fail': sh('exit 1'), 'etc/services.d/svc/run': sh('echo svc-ran; exec sleep 1000') },
  });
  assert.ok(await c.waitFor(/^ init-stage2 failed\.$/), dump(c));
  await new Promise((r) => setTimeout(r, 300));
  assert.is(c.processes().find((p) => p.pid === c.pid1())?.comm, 's6-svscan');
  assert.is(await c.stop(), 1, dump(c));
  assert.equal(between(c.stdout, '[cont-init.d] 10-fail: executing... [cont-init.d] 10-fail: exited 1.', '[cont-finish.d] executing container finish scripts...'), ['', '!!!!!', ' init-stage2 failed.', '!!!!!'], dump(c));
});

test('D9: a non-numeric S6_* value: one warning naming it, default used', async () => {
  const c = boot({
    // S6_SERVICES_GRACETIME is read by stage 2 (timeout-kill) and stage 3: still one warning.
    env: { ...FAST, S6_KILL_FINISH_MAXTIME: 'soon', S6_SERVICES_GRACETIME: '' },
    cmd: ['sh', '-c', 'cat /var/run/s6/services/svc/timeout-kill'],
    files: { 'etc/cont-finish.d/10-bye': sh('echo bye-ran'), 'etc/services.d/svc/run': sh('exec sleep 1000') },
  });
  assert.is(await c.exited, 0, dump(c));
  assert.ok(c.stdout.includes('[cont-finish.d] 10-bye: executing... bye-ran'), dump(c));
  assert.ok(c.stdout.includes('3000'), dump(c));
  assert.equal(c.stderr, [
    'init-stage2: warning: S6_SERVICES_GRACETIME is not a number (""): using the default 3000',
    'init-stage3: warning: S6_KILL_FINISH_MAXTIME is not a number ("soon"): using the default 5000',
  ], dump(c));
});

const HELPERS = `#!/bin/sh
st() { echo "$1 -> $?"; }
printcontenv FOO; st printcontenv
printcontenv NOPE; st nope
printcontenv; st noarg
set-contenv NEWVAR hello; st set
with-contenv sh -c 'echo "new=$NEWVAR"'
printf 'piped\\n' | set-contenv PIPED; printf '[%s]\\n' "$(cat /var/run/s6/container_environment/PIPED)"
set-contenv EMPTY ''
with-contenv sh -c 'echo "empty:\${EMPTY+set}"'
with-contenv-legacy sh -c 'echo "legacy-empty:\${EMPTY+set}"'
set-contenv 'A=B' x 2>&1; st badname
mkdir /tmp/e; printf 'x\\n' > /tmp/e/A; : > /tmp/e/.hidden
justc-envdir /tmp/e sh -c 'printf "A=[%s]\\n" "$A"'
with-retries -n 3 sh -c 'echo try >> /tmp/tries; exit 1'; st retries; wc -l < /tmp/tries
with-retries -n 0 true; st zero
with-retries -n 2 -t 100 sleep 5; st timeout
with-retries sh -c 'exit 0'; st ok
printf '/tmp/fa false 2:3 0600 0700' > /tmp/table; : > /tmp/fa; fix-attrs < /tmp/table; st fix-attrs; stat -c '%u:%g %a' /tmp/fa
s6-svc -u /var/run/s6/services/s6-fdholderd; logutil-newfifo -m 0640 -o nobody /tmp/ff; st newfifo; stat -c '%F %a %U' /tmp/ff
host-ip > /tmp/ip; echo "host-ip -> $? $(cat /tmp/ip)"
`;

test('helpers inside a container: printcontenv, set-contenv, with-contenv(-legacy), justc-envdir, with-retries, fix-attrs, logutil-newfifo, host-ip', async () => {
  const c = boot({ env: { ...FAST, FOO: 'bar' }, cmd: ['/usr/local/bin/check'], files: { 'usr/local/bin/check': HELPERS } });
  assert.is(await c.exited, 0, dump(c));
  const out = between(c.stdout, '[services.d] done.', '[cmd] /usr/local/bin/check exited 0');
  const ip = out.pop()!;
  assert.equal(out, [
    'bar', 'printcontenv -> 0', 'nope -> 1', 'noarg -> 1', 'set -> 0', 'new=hello', '[piped]',
    'empty:set', 'legacy-empty:', 'set-contenv: fatal: invalid variable name: A=B', 'badname -> 100',
    'A=[x', ']', 'retries -> 1', '3', 'zero -> 1', 'timeout -> 1', 'ok -> 0',
    'fix-attrs -> 0', '2:3 600', 'newfifo -> 0', 'fifo 640 nobody',
  ], dump(c));
  const route = fs.readFileSync('/proc/net/route', 'utf8').split('\n').find((l) => /^\S+\t00000000\t/.test(l));
  if (route) {
    const addrs = (os.networkInterfaces()[route.split('\t')[0]] ?? []).filter((a) => a.family === 'IPv4').map((a) => a.address);
    assert.ok(addrs.some((a) => ip === `host-ip -> 0 ${a}`), ip);
  } else assert.match(ip, /^host-ip -> [01]/);
});

test('S6_CMD_ARG0 words are prepended; S6_LOGGING=2 sends the CMD output to the catch-all log', async () => {
  const c = boot({ env: { ...FAST, S6_CMD_ARG0: 'sh\n-c', S6_LOGGING: '2' }, cmd: ['echo "cmd-out $0"; echo cmd-err >&2; sleep 0.3; cat /var/log/s6-uncaught-logs/current > /shared/log', 'zero'] });
  assert.is(await c.exited, 0, dump(c));
  assert.equal(c.stdout, [], dump(c));
  const log = fs.readFileSync(`${c.shared}/log`, 'utf8');
  assert.match(log, /  cmd-out zero\n/);
  assert.match(log, /  cmd-err\n/);
  assert.match(log, /  \[services\.d\] done\.\n/);
});

test('S6_KEEP_ENV=1: no container_environment, the tree keeps the full environment', async () => {
  const c = boot({
    env: { ...FAST, S6_KEEP_ENV: '1', FOO: 'kept' },
    cmd: ['sh', '-c', '[ -e /var/run/s6/container_environment ] || echo no-dump; printcontenv FOO; echo; with-contenv sh -c \'echo "w=$FOO"\''],
    files: { 'etc/cont-init.d/10-env': sh('echo "init FOO=$FOO"') },
  });
  assert.is(await c.exited, 0, dump(c));
  assert.ok(c.stdout.includes('[cont-init.d] 10-env: executing... init FOO=kept'), dump(c));
  assert.equal(between(c.stdout, '[services.d] done.', '[cmd] sh exited 0'), ['no-dump', 'kept', 'w=kept'], dump(c));
});

test('examples/overlay: the sample service and its logger work as a user would run them', async () => {
  const files: Record<string, string | { content: string; mode: number }> = { 'var/log/hello/': '' };
  const base = path.join(ROOT, 'examples/overlay/etc');
  (function walk(dir: string): void {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files[path.join('etc', path.relative(base, p))] = { content: fs.readFileSync(p, 'utf8'), mode: fs.statSync(p).mode & 0o777 };
    }
  })(base);
  const c = boot({
    env: { ...FAST, GREETING: 'test', S6_LOGGING_SCRIPT: 'n5 s100000 T' },
    cmd: ['sh', '-c', 'until grep -q "hello, test" /var/log/hello/current 2>/dev/null; do sleep 0.1; done; sed "s/^[-0-9]* [0-9:.]*  //" /var/log/hello/current; stat -c "%U %a" /var/log/hello'],
    files,
  });
  assert.is(await c.exited, 0, dump(c));
  assert.ok(c.stdout.includes('[cont-init.d] 10-greeting: executing... greeting will be: test'), dump(c));
  const out = between(c.stdout, '[services.d] done.', '[cmd] sh exited 0');
  assert.match(out[0], /^hello service up \(configured at \d\d:\d\d:\d\d\)$/);
  assert.equal(out.slice(1), ['hello, test', 'nobody 750'], dump(c));
  assert.ok(c.stdout.includes('[cont-finish.d] 10-bye: executing... hello is shutting down'), dump(c));
});

test('no PATH: /init exports the default; S6_SYNC_DISKS=1; S6_KILL_FINISH_MAXTIME kills a slow finish script', async () => {
  const c = boot({
    env: { ...FAST, PATH: undefined, S6_SYNC_DISKS: '1', S6_KILL_FINISH_MAXTIME: '300' },
    cmd: ['sh', '-c', 'echo "PATH=$PATH"'],
    files: { 'etc/cont-finish.d/10-slow': sh('echo slow; exec sleep 10') },
  });
  assert.is(await c.exited, 0, dump(c));
  assert.ok(c.stdout.includes('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'), dump(c));
  assert.equal(c.stdout.slice(-8), [
    '[cont-finish.d] executing container finish scripts...',
    '[cont-finish.d] 10-slow: executing... slow',
    '[cont-finish.d] 10-slow: exited 99.',
    '[cont-finish.d] done.',
    '[s6-finish] waiting for services.',
    '[s6-finish] syncing disks.',
    '[s6-finish] sending all processes the TERM signal.',
    '[s6-finish] sending all processes the KILL signal and exiting.',
  ], dump(c));
});

test('docker stop with a CMD running: exit 0, no [cmd] line (D7)', async () => {
  const c = boot({ env: FAST, cmd: ['sh', '-c', 'echo cmd-up; exec sleep 100'] });
  assert.ok(await c.waitFor(/^cmd-up$/), dump(c));
  assert.is(await c.stop(), 0, dump(c));
  assert.not.ok(c.stdout.some((l) => l.startsWith('[cmd]')), dump(c));
  assert.equal(c.stdout.slice(-5), SHUTDOWN_LINES, dump(c));
});

test('S6_RUNTIME_PROFILE takes the user dirs from /etc/cont-profile.d/PROFILE', async () => {
  const c = boot({
    env: { ...FAST, S6_RUNTIME_PROFILE: 'dev' },
    cmd: ['readlink', '/var/run/s6/etc/cont-init.d'],
    files: { 'etc/cont-init.d/10-default': sh('echo default-ran'), 'etc/cont-profile.d/dev/cont-init.d/10-dev': sh('echo dev-ran') },
  });
  assert.is(await c.exited, 0, dump(c));
  assert.equal(between(c.stdout, '[cont-init.d] executing container initialization scripts...', '[cont-init.d] done.'),
    ['[cont-init.d] 10-dev: executing... dev-ran', '[cont-init.d] 10-dev: exited 0.'], dump(c));
  assert.ok(c.stdout.includes('/etc/cont-profile.d/dev/cont-init.d'), dump(c));
  assert.not.ok(c.stdout.includes('[fix-attrs.d] applying ownership & permissions fixes...'), dump(c));
});

test('S6_CMD_WAIT_FOR_SERVICES_MAXTIME: a service never ready delays the CMD by the limit only', async () => {
  const c = boot({
    env: { ...FAST, S6_CMD_WAIT_FOR_SERVICES: '1', S6_CMD_WAIT_FOR_SERVICES_MAXTIME: '700' },
    cmd: ['echo', 'cmd-start'],
    files: {
      'etc/services.d/never/run': sh('exec sleep 1000'),
      'etc/services.d/never/notification-fd': { content: '3\n', mode: 0o644 },
    },
  });
  assert.is(await c.exited, 0, dump(c));
  const at = (text: string): number => c.out.find((l) => l.text === text)?.t ?? -1;
  const waited = at('[services.d] done.') - at('[services.d] starting services');
  assert.ok(waited >= 600 && waited < 3000, `waited ${waited} ms`);
  assert.ok(at('cmd-start') > at('[services.d] done.'), dump(c));
});

test.run();
