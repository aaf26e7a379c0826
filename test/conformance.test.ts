// The conformance corpora recorded from native execline 2.9.3.0 and s6 2.11.3.2
// (test/fixtures/conformance*/public, re-recorded with record.sh there), run
// against shims/ under the same contract as ../shared/conformance/run.sh.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, SHIMS, pool, spawnAsync, tmpdir } from './helpers';

for (const corpus of ['conformance', 'conformance-s6']) {
  const t = suite(corpus);
  const dir = path.join(ROOT, 'test/fixtures', corpus);
  const cases = fs.readdirSync(path.join(dir, 'public')).sort();
  const work = tmpdir('elts-conf-');
  t.before(async () => {
    await pool(cases, 3, async (c) => {
      await spawnAsync('bash', ['-c', `. "$1/caselib.sh"; run_case "$2" "$1/public/$3" "$4/$3"`, 'x', dir, SHIMS, c, work]);
    });
  });
  t.after(() => fs.rmSync(work, { recursive: true, force: true }));
  for (const c of cases) {
    t(c, () => {
      if (corpus === 'conformance-s6') {
        // the native s6 tools sit in /usr/bin: a missing shim must not pass by falling back to them
        const script = fs.readFileSync(path.join(dir, 'public', c, 'script'), 'latin1');
        for (const m of script.matchAll(/(?:^|[^A-Za-z0-9_./-])(s6-[a-z0-9]+(?:-[a-z0-9]+)*)/g)) {
          assert.ok(fs.existsSync(path.join(SHIMS, m[1])), `shims/ lacks ${m[1]}`);
        }
      }
      const e = path.join(dir, 'public', c, 'expected');
      const g = path.join(work, c);
      const read = (p: string) => fs.readFileSync(p, 'latin1');
      assert.is(read(path.join(g, 'stdout')), read(path.join(e, 'stdout')), 'stdout');
      assert.is(read(path.join(g, 'status')).trim(), read(path.join(e, 'status')).trim(), 'status');
      if (!fs.existsSync(path.join(dir, 'public', c, 'stderr-ignore'))) {
        assert.is(read(path.join(g, 'stderr')) === '', read(path.join(e, 'stderr')) === '', 'stderr emptiness');
      }
    });
  }
  t.run();
}
