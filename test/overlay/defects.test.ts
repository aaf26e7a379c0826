// End-to-end: the decisions on the original's defects (D3-D9), the helpers, S6_* settings, the example.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers';
import { boot, cleanup, layer } from './harness';
import { FAST, SHUTDOWN_LINES, sh, between, dump } from './common';

const test = suite('overlay defects and helpers');

test.before(() => { layer(); });
test.after(() => cleanup());

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

test('preinit failure (nothing writable for /var/run/s6): the message, exit 1 at once', async () => {
  const c = boot({ readOnly: true, noTmpfs: true, cmd: ['echo', 'never'] });
  assert.is(await c.exited, 1, dump(c));
  assert.equal(c.stdout, [], dump(c));
  assert.equal(c.stderr, ['s6-overlay-preinit: fatal: unable to mkdir /var/run/s6: Read-only file system'], dump(c));
});

test.run();
