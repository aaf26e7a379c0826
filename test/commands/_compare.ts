// Shared by the loop/wait/trap tests: run one execlineb script with ours and
// with the native execline, and compare stdout, stderr and the exit status.
import * as assert from 'uvu/assert';
import { ours, native, hasNative, RunResult } from '../helpers';

export interface Case {
  script: string;
  input?: string;
  args?: string[];
  env?: Record<string, string>;
  /** execlineb options before -c (default -P) */
  flags?: string[];
  /** the expected result recorded from native 2.9.3.0 (checked when native is absent) */
  expect?: Partial<RunResult>;
}

function run(which: typeof ours, c: Case, cwd?: string): RunResult {
  return which(['execlineb', ...(c.flags ?? ['-P']), '-c', c.script, ...(c.args ?? [])], { input: c.input ?? '', env: c.env, cwd });
}

/** Ours must match native (or the recorded expectation) exactly; mkdir gives each run its own cwd. */
export function same(c: Case, mkdir?: () => string): void {
  const got = run(ours, c, mkdir?.());
  const want: Partial<RunResult> = hasNative ? run(native, c, mkdir?.()) : c.expect ?? {};
  if (c.expect && hasNative) {
    for (const k of Object.keys(c.expect) as (keyof RunResult)[]) assert.is(want[k], c.expect[k], `native ${k} (recorded expectation is stale)`);
  }
  const label = JSON.stringify(c.script);
  if (want.stdout !== undefined) assert.is(got.stdout, want.stdout, `stdout of ${label}`);
  if (want.stderr !== undefined) assert.is(got.stderr, want.stderr, `stderr of ${label}`);
  if (want.status !== undefined) assert.is(got.status, want.status, `status of ${label}`);
}
