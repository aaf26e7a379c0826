// Table tests for commands: each case is an execlineb -Pc script with the
// stdout, stderr and status recorded from native execline 2.9.3.0. The golden
// values are checked against our shims, and, where the native tools are
// installed, against native too (so a wrong golden value cannot stay).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, NATIVE, SHIMS, hasNative, runIn, tmpdir } from '../helpers';

export interface Golden {
  script: string;
  stdout?: string;
  stderr?: string;
  status?: number;
  stdin?: string | Buffer;
  /** files to create in the fresh cwd before running */
  files?: Record<string, string>;
  /** check against our shims only (output depends on the implementation, e.g. a pid) */
  oursOnly?: boolean;
}

/** The fd probe: prints "N:target " for each fd it was exec'd with. */
export const FD_PROBE = path.join(ROOT, 'test/fixtures/commands/fdprobe.sh');

function runCase(bin: string, c: Golden) {
  const cwd = tmpdir('elts-cmd-');
  try {
    for (const [name, text] of Object.entries(c.files ?? {})) fs.writeFileSync(path.join(cwd, name), text, 'latin1');
    return runIn(bin, ['execlineb', '-Pc', c.script], { cwd, input: c.stdin });
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

export function goldenSuite(name: string, cases: Golden[]): void {
  const t = suite(name);
  cases.forEach((c, i) => {
    for (const [who, bin] of [['ours', SHIMS], ['native', NATIVE]] as const) {
      if (who === 'native' && (!hasNative || c.oursOnly)) continue;
      t(`${who} #${i} ${c.script}`, () => {
        const r = runCase(bin, c);
        if (c.stdout !== undefined) assert.is(r.stdout, c.stdout, 'stdout');
        if (c.stderr !== undefined) assert.is(r.stderr, c.stderr, 'stderr');
        assert.is(r.status, c.status ?? 0, 'status');
      });
    }
  });
  t.run();
}
