// A SIGTERM sent to a chain that is waiting for a child must do what it does
// with native execline: the waiting program dies by the signal, the rest of the
// chain never runs, and the child (here `sleep 100`) lives on, orphaned.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SHIMS, NATIVE, hasNative } from '../helpers';

const t = suite('signals');

interface Outcome {
  /** how the chain ended: exit code or signal name */
  status: number | null;
  signal: string | null;
  stdout: string;
  /** the sleep child was still alive after the chain died */
  childSurvived: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Children of pid running `comm`, from /proc. */
function childrenNamed(pid: number, comm: string): number[] {
  const out: number[] = [];
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'latin1');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid && name === comm) out.push(Number(e));
    } catch { /* gone */ }
  }
  return out;
}

function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Start the chain, wait for its sleep child, SIGTERM the chain, observe. */
async function terminate(bin: string, script: string, sig: NodeJS.Signals = 'SIGTERM'): Promise<Outcome> {
  const child = spawn(path.join(bin, 'execlineb'), ['-Pc', script], {
    env: { PATH: `${bin}:/usr/bin:/bin`, HOME: '/root' }, stdio: ['ignore', 'pipe', 'ignore'],
  });
  let stdout = '';
  child.stdout.setEncoding('latin1');
  child.stdout.on('data', (d) => { stdout += d; });
  const ended = new Promise<{ code: number | null; signal: string | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  let sleeper: number[] = [];
  for (let i = 0; i < 200 && sleeper.length === 0; i++) {
    await sleep(25);
    sleeper = childrenNamed(child.pid!, 'sleep');
  }
  assert.is(sleeper.length, 1, `${bin}: the chain started its sleep child`);
  child.kill(sig);
  const end = await ended;
  await sleep(200);
  const childSurvived = alive(sleeper[0]);
  try { process.kill(sleeper[0], 'SIGKILL'); } catch { /* already gone */ }
  child.stdout.destroy();
  return { status: end.code, signal: end.signal, stdout, childSurvived };
}

const scripts = [
  'foreground { sleep 100 } echo after',
  'if { sleep 100 } echo after',
  'forx X { 1 2 } sleep 100',
  'loopwhilex sleep 100',
  'backtick -n X { sleep 100 } echo after',
  'define Y 1 foreground { export Z 2 sleep 100 } echo after',
];

// Recorded from native 2.9.3.0: the chain dies by SIGTERM, nothing after runs, sleep survives.
const expected: Omit<Outcome, 'stdout'> & { stdout: string } = { status: null, signal: 'SIGTERM', stdout: '', childSurvived: true };

for (const script of scripts) {
  t(`SIGTERM to: ${script}`, async () => {
    const want = hasNative ? await terminate(NATIVE, script) : expected;
    const got = await terminate(SHIMS, script);
    assert.equal(want, expected, 'native behaves as recorded');
    assert.equal(got, want);
  });
}

// Node would start its inspector on SIGUSR1; the interpreter must die of it like native.
t('SIGUSR1 to a waiting chain kills it', async () => {
  const script = 'foreground { sleep 100 } echo after';
  const want = { ...expected, signal: 'SIGUSR1' };
  if (hasNative) assert.equal(await terminate(NATIVE, script, 'SIGUSR1'), want);
  assert.equal(await terminate(SHIMS, script, 'SIGUSR1'), want);
});

t.run();
