// Table tests for the s6-portable-utils commands: each case runs one command
// line with our shim in a fresh temp dir and checks stdout, stderr, the exit
// status and, optionally, the state of the directory afterwards (`check`, a
// shell command run in the same dir). The expectations follow the upstream
// documentation of s6-portable-utils 2.2.5.1 and the native behaviours
// recorded in the conformance corpus.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SHIMS, tmpdir } from '../../helpers';

export interface PCase {
  argv: string[];
  stdin?: string | Buffer;
  env?: Record<string, string>;
  /** shell commands run in the fresh cwd first */
  setup?: string;
  stdout?: string;
  stderr?: string;
  status?: number;
  /** shell command run afterwards in the same dir, and its expected stdout */
  check?: string;
  state?: string;
  /** run under setpriv with these options */
  setpriv?: string[];
  name?: string;
}

export const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

export function runP(c: PCase): { stdout: string; stderr: string; status: number | null; state: string } {
  const cwd = tmpdir('elts-pu-');
  fs.chmodSync(cwd, 0o755);
  try {
    const sh = (script: string): string => {
      const r = spawnSync('/bin/sh', ['-c', script], { cwd, encoding: 'latin1' });
      if (r.status !== 0) throw new Error(`shell step failed: ${script}: ${r.stderr}`);
      return r.stdout;
    };
    if (c.setup) sh(c.setup);
    let cmd = [c.argv[0].startsWith('s6-') || c.argv[0] === 'execlineb' ? path.join(SHIMS, c.argv[0]) : c.argv[0], ...c.argv.slice(1)];
    if (c.setpriv) cmd = ['setpriv', ...c.setpriv, ...cmd];
    const r = spawnSync(cmd[0], cmd.slice(1), {
      cwd, encoding: 'latin1', timeout: 20000, input: c.stdin ?? '',
      env: { PATH: `${SHIMS}:/usr/bin:/bin`, HOME: '/root', ...(c.env ?? {}) },
    });
    const state = c.check ? sh(c.check) : '';
    return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, state };
  } finally {
    spawnSync('chmod', ['-R', 'u+rwx', cwd]);
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

export function tableSuite(name: string, cases: PCase[]): void {
  const t = suite(name);
  for (const c of cases) {
    t(c.name ?? JSON.stringify(c.argv), () => {
      const r = runP(c);
      if (c.stdout !== undefined) assert.is(r.stdout, c.stdout, 'stdout');
      assert.is(r.stderr, c.stderr ?? '', 'stderr');
      assert.is(r.status, c.status ?? 0, 'status');
      if (c.check !== undefined) assert.is(r.state, c.state ?? '', 'state');
    });
  }
  t.run();
}

/** The usage line of a command, as printed on a usage error. */
export const usage = (prog: string, text: string): string => `${prog}: usage: ${text}\n`;
