// Differential runner: node test/diff/run.mjs [-j N] [-v] [FAMILY...]
// Bundles test/diff/families.ts, runs each generated case with our shims and
// with the native execline (links to /usr/lib/execline/bin), prints each
// difference and "N same, M differ". FAMILY filters by family-name substring.
import { build } from 'esbuild';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const out = path.join(root, 'dist', 'test', 'diff.cjs');
fs.mkdirSync(path.dirname(out), { recursive: true });
await build({
  entryPoints: [path.join(root, 'test/diff/main.ts')], outfile: out, bundle: true, platform: 'node',
  format: 'cjs', target: 'node20', logLevel: 'warning',
  define: { 'process.env.EXECLINE_TS_ROOT': JSON.stringify(root) },
});
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
