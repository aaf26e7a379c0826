// Test runner: bundles each test/**/*.test.ts with esbuild, runs the files with
// uvu in a few parallel processes (most tests wait on processes, not the CPU),
// and prints the totals as "N passed, M failed" (what CI reads).
// Usage: node test/run.mjs [filter]   (filter: substring of the test file path)
// TEST_JOBS=N sets the number of parallel files (default 4).
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const filter = process.argv[2] ?? '';
const jobs = Number(process.env.TEST_JOBS) || 4;
const FILE_TIMEOUT_MS = 8 * 60 * 1000;
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'fixtures') walk(p); }
    else if (e.name.endsWith('.test.ts') && p.includes(filter)) files.push(p);
  }
})(path.join(root, 'test'));
files.sort();

// A directory of its own per run: several runs may go on at once.
const outDir = path.join(root, 'dist', `test-${process.pid}`);
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
process.on('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
const outName = (f) => path.relative(path.join(root, 'test'), f).replace(/[/\\]/g, '__').replace(/\.ts$/, '.cjs');
try {
  await build({
    entryPoints: files.map((f) => ({ in: f, out: outName(f).replace(/\.cjs$/, '') })), outdir: outDir,
    outExtension: { '.js': '.cjs' }, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    logLevel: 'warning', external: ['koffi'], sourcemap: 'inline',
    define: { 'process.env.EXECLINE_TS_ROOT': JSON.stringify(root) },
  });
} catch (e) {
  console.log(`test build failed: ${e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
let passed = 0, failed = 0;
const slow = [];

function runFile(f) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const c = spawn(process.execPath, ['--enable-source-maps', path.join(outDir, outName(f))], {
      cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => { out += `\n(timed out after ${FILE_TIMEOUT_MS / 1000} s)\n`; c.kill('SIGKILL'); }, FILE_TIMEOUT_MS);
    c.on('close', (code) => {
      clearTimeout(timer);
      const num = (re) => { const m = re.exec(out); return m ? Number(m[1]) : 0; };
      const total = num(/Total:\s+(\d+)/), ok = num(/Passed:\s+(\d+)/), skipped = num(/Skipped:\s+(\d+)/);
      let bad = total - ok - skipped;
      if (code !== 0 && bad === 0) bad = 1; // a crash outside any test
      passed += ok; failed += bad;
      const secs = (Date.now() - t0) / 1000;
      slow.push([secs, path.relative(root, f)]);
      process.stdout.write(`\n## ${path.relative(root, f)} (${secs.toFixed(1)} s): ${ok} passed, ${bad} failed\n`);
      if (bad) process.stdout.write(out);
      resolve();
    });
  });
}

let next = 0;
await Promise.all(Array.from({ length: jobs }, async () => {
  while (next < files.length) await runFile(files[next++]);
}));
slow.sort((a, b) => b[0] - a[0]);
console.log(`\nslowest: ${slow.slice(0, 5).map(([s, f]) => `${f} ${s.toFixed(1)}s`).join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
