// The chain ends with a real execve: same PID, inherited fds kept, no Node
// leftovers (signal dispositions, non-blocking flags).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SHIMS, tmpdir } from '../helpers';

const t = suite('runtime/exec');
const execlineb = path.join(SHIMS, 'execlineb');
const env = { PATH: `${SHIMS}:/usr/bin:/bin` };

t('the final program has the PID execlineb was started with', async () => {
  const c = spawn(execlineb, ['-c', 'sh -c "echo $$"'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  c.stdout.on('data', (d) => (out += d));
  await new Promise((r) => c.on('close', r));
  assert.is(out.trim(), String(c.pid));
});

t('an inherited fd 3 is open in the final program', () => {
  const dir = tmpdir();
  const f = path.join(dir, 'three');
  const fd = fs.openSync(f, 'w');
  const r = spawnSync(execlineb, ['-c', 'define X y sh -c "echo fd3-${X} >&3"'], { env, stdio: ['ignore', 'pipe', 'pipe', fd] });
  fs.closeSync(fd);
  assert.is(r.status, 0, String(r.stderr));
  assert.is(fs.readFileSync(f, 'utf8'), 'fd3-y\n');
});

t('inherited fds of every kind reach the final program (told from Node\'s own by fstat)', () => {
  const dir = tmpdir();
  const fifo = path.join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  const passed = [
    fs.openSync(path.join(dir, 'file'), 'w'), // regular file
    fs.openSync(fifo, fs.constants.O_RDWR), // a FIFO (one open file, read and write)
    fs.openSync(dir, 'r'), // a directory
    fs.openSync('/dev/zero', 'r'), // a character device other than /dev/null
  ];
  const r = spawnSync(execlineb, ['-c', 'ls /proc/self/fd'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', ...passed, 'pipe'] });
  for (const fd of passed) fs.closeSync(fd);
  assert.is(r.status, 0, r.stderr);
  const open = r.stdout.split('\n').filter(Boolean).map(Number);
  // 3-6 as above, 7 a socket (spawnSync's 'pipe')
  for (const fd of [0, 1, 2, 3, 4, 5, 6, 7]) assert.ok(open.includes(fd), `fd ${fd} missing: ${open.join(' ')}`);
});

t('no close-on-exec, non-blocking flag or ignored signal leaks into the program', () => {
  const r = spawnSync(execlineb, ['-c', 'sh -c "grep -E \'^(SigIgn|SigBlk)\' /proc/self/status; grep flags /proc/self/fdinfo/1"'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /SigIgn:\s+0+\n/);
  assert.match(r.stdout, /SigBlk:\s+0+\n/);
  const flags = parseInt(/flags:\s+([0-7]+)/.exec(r.stdout)![1], 8);
  assert.is(flags & 0o4000, 0, 'O_NONBLOCK on stdout');
});

t('a spawned child gets the signal state a native one gets (SIGPIPE and SIGXFSZ default, nothing blocked)', () => {
  const script = 'foreground { sh -c "grep -E \'^(SigIgn|SigBlk)\' /proc/self/status" } exit 0';
  const ours = spawnSync(execlineb, ['-c', script], { env, encoding: 'utf8' });
  assert.is(ours.status, 0, ours.stderr);
  const ign = BigInt('0x' + /SigIgn:\s+([0-9a-f]+)/.exec(ours.stdout)![1]);
  for (const sig of [13n, 25n]) assert.is((ign >> (sig - 1n)) & 1n, 0n, `signal ${sig} ignored in the child`);
  assert.match(ours.stdout, /SigBlk:\s+0+\n/);
  const native = '/usr/lib/execline/bin';
  if (fs.existsSync(path.join(native, 'execlineb'))) {
    // (glibc's posix_spawn, native's too, leaves its two internal signals ignored: the same here)
    const theirs = spawnSync(path.join(native, 'execlineb'), ['-c', script], { env: { PATH: `${native}:/usr/bin:/bin` }, encoding: 'utf8' });
    assert.is(ours.stdout, theirs.stdout);
  }
});

t('nothing but the chain\'s fds reaches the program', () => {
  const o = { env, encoding: 'utf8' as const, stdio: ['ignore', 'pipe', 'pipe'] as ('ignore' | 'pipe')[] };
  const r = spawnSync(execlineb, ['-c', 'ls /proc/self/fd'], o);
  // the same as ls started directly (0 1 2, ls's own directory handle, whatever the harness passes on)
  const direct = spawnSync('ls', ['/proc/self/fd'], o);
  assert.is(r.stdout, direct.stdout);
});

t('exec failure: 127 for ENOENT, 126 otherwise, one line on stderr', () => {
  const a = spawnSync(execlineb, ['-c', 'nonexistent-xyz'], { env, encoding: 'utf8' });
  assert.is(a.status, 127);
  assert.is(a.stderr, 'execlineb: fatal: unable to exec nonexistent-xyz: No such file or directory\n');
  const b = spawnSync(execlineb, ['-c', '/etc'], { env, encoding: 'utf8' });
  assert.is(b.status, 126);
  assert.is(b.stderr, 'execlineb: fatal: unable to exec /etc: Permission denied\n');
});

t('no Node process is left behind: the exec\'d program is the only process', () => {
  const r = spawnSync(execlineb, ['-c', 'sh -c "readlink /proc/$$/exe; cat /proc/$$/cmdline | tr \'\\\\0\' \' \'"'], { env, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout, /node/);
});

t.run();
