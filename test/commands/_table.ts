// Table tests for the substitution and positional-parameter commands: each
// case is an execlineb script (with -c, or as a file named "script" so that $0
// is "script"), optional flags, script arguments, environment, stdin and files,
// with stdout, stderr and status recorded from native execline 2.9.3.0. The
// golden values are checked against our shims and, where the native tools are
// installed, against native too (unless the case is a deliberate divergence).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NATIVE, SHIMS, hasNative, runIn, tmpdir, RunResult } from '../helpers';

export interface Case {
  script: string;
  /** execlineb options before -c (or before the script file) */
  flags?: string[];
  /** run the script from a file named "script" instead of -c */
  file?: boolean;
  args?: string[];
  env?: Record<string, string>;
  stdin?: string;
  /** files to create in the fresh cwd (a name ending in '/' is a directory) */
  files?: Record<string, string>;
  stdout: string;
  stderr: string;
  status: number;
  /** a deliberate divergence from native (docs/divergences.md): checked on ours only */
  oursOnly?: boolean;
}

export function runCase(bin: string, c: Omit<Case, 'stdout' | 'stderr' | 'status'>): RunResult {
  const cwd = tmpdir('elts-tbl-');
  try {
    for (const [name, text] of Object.entries(c.files ?? {})) {
      if (name.endsWith('/')) fs.mkdirSync(path.join(cwd, name), { recursive: true });
      else fs.writeFileSync(path.join(cwd, name), text, 'latin1');
    }
    let argv: string[];
    if (c.file) {
      fs.writeFileSync(path.join(cwd, 'script'), c.script, 'latin1');
      argv = ['execlineb', ...(c.flags ?? []), 'script', ...(c.args ?? [])];
    } else {
      argv = ['execlineb', ...(c.flags ?? []), '-c', c.script, '--', ...(c.args ?? [])];
    }
    return runIn(bin, argv, { cwd, input: c.stdin ?? '', env: c.env });
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

export function tableSuite(name: string, cases: Case[]): void {
  const t = suite(name);
  cases.forEach((c, i) => {
    for (const [who, bin] of [['ours', SHIMS], ['native', NATIVE]] as const) {
      if (who === 'native' && (!hasNative || c.oursOnly)) continue;
      const label = `${who} #${i} ${c.script}${c.args ? ' ' + JSON.stringify(c.args) : ''}`;
      t(label, () => {
        const r = runCase(bin, c);
        assert.equal({ stdout: r.stdout, stderr: r.stderr, status: r.status }, { stdout: c.stdout, stderr: c.stderr, status: c.status });
      });
    }
  });
  t.run();
}
