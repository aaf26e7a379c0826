// Test runner: bundles every test/**/*.test.ts with esbuild into one file, runs
// it with uvu, and prints the totals as "N passed, M failed" (what CI reads).
// Usage: node test/run.mjs [filter]   (filter: substring of the test file path)
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const filter = process.argv[2] ?? '';
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'fixtures') walk(p); }
    else if (e.name.endsWith('.test.ts') && p.includes(filter)) files.push(p);
  }
})(path.join(root, 'test'));
files.sort();

const outDir = path.join(root, 'dist', 'test');
fs.mkdirSync(outDir, { recursive: true });
const entry = path.join(outDir, 'entry.ts');
fs.writeFileSync(entry, files.map((f) => `import ${JSON.stringify(f)};`).join('\n') + '\n');
await build({
  entryPoints: [entry], outfile: path.join(outDir, 'all.cjs'), bundle: true, platform: 'node',
  format: 'cjs', target: 'node20', logLevel: 'warning', external: ['koffi'], sourcemap: 'inline',
  define: { 'process.env.EXECLINE_TS_ROOT': JSON.stringify(root) },
}).catch((e) => {
  console.log(`test build failed: ${e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const r = spawnSync(process.execPath, ['--enable-source-maps', path.join(outDir, 'all.cjs')], {
  cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28,
});
process.stdout.write(r.stdout);
const num = (re) => { const m = re.exec(r.stdout); return m ? Number(m[1]) : 0; };
const total = num(/Total:\s+(\d+)/);
const passed = num(/Passed:\s+(\d+)/);
const skipped = num(/Skipped:\s+(\d+)/);
let failed = total - passed - skipped;
if (r.status !== 0 && failed === 0) failed = 1; // a crash outside any test
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && r.status === 0 ? 0 : 1);
