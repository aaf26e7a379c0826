// Entry of test/diff/run.mjs: runs the selected families and prints differences.
import * as path from 'node:path';
import { compare, nativeBin, runCase, DiffCase } from './harness';
import { families } from './families';

const ROOT = process.env.EXECLINE_TS_ROOT ?? process.cwd();

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let jobs = 4; let verbose = false; const wanted: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '-j') jobs = Number(argv[++i]);
    else if (argv[i] === '-v') verbose = true;
    else wanted.push(argv[i]);
  }
  const nb = nativeBin(); const ours = path.join(ROOT, 'shims');
  const cases: [string, DiffCase][] = [];
  for (const [fam, list] of Object.entries(families)) {
    if (wanted.length && !wanted.some((w) => fam.includes(w))) continue;
    for (const c of list) cases.push([fam, c]);
  }
  let same = 0; let differ = 0; let next = 0;
  await Promise.all(Array.from({ length: jobs }, async () => {
    while (next < cases.length) {
      const [fam, c] = cases[next++];
      const [want, got] = await Promise.all([runCase(nb, c), runCase(ours, c)]);
      const d = compare(want, got);
      if (d.length === 0) { same++; if (verbose) console.log(`same ${fam}: ${JSON.stringify(c)}`); continue; }
      differ++;
      console.log(`DIFF ${fam}: ${JSON.stringify({ ...c, script: undefined })}\n  script: ${JSON.stringify(c.script)}\n  ${d.join('\n  ')}`);
    }
  }));
  console.log(`${same} same, ${differ} differ`);
  process.exit(differ ? 1 : 0);
}
void main();
