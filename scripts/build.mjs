// Build: one esbuild-bundled CJS file per entry, koffi's native module beside
// them, and shims/ as links to the script-path bundle.
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
fs.mkdirSync(dist, { recursive: true });

const entries = [
  { in: 'src/main.ts', out: 'execline.cjs' },
  ...(fs.existsSync(path.join(root, 'src/tools/main.ts')) ? [{ in: 'src/tools/main.ts', out: 'tools.cjs' }] : []),
  ...(fs.existsSync(path.join(root, 'src/overlay/main.ts')) ? [{ in: 'src/overlay/main.ts', out: 'overlay.cjs' }] : []),
];

for (const e of entries) {
  await build({
    entryPoints: [path.join(root, e.in)],
    outfile: path.join(dist, e.out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    external: ['koffi'],
  });
  const out = path.join(dist, e.out);
  let text = fs.readFileSync(out, 'utf8');
  if (!text.startsWith('#!')) text = '#!/usr/bin/env node\n' + text;
  fs.writeFileSync(out, text);
  fs.chmodSync(out, 0o755);
}

// koffi's prebuilt native module (glibc and musl builds) next to the bundle.
const pkg = `@koromix/koffi-linux-${process.arch}`;
for (const flavour of ['linux', 'musl']) {
  const dir = `${flavour}_${process.arch}`;
  const src = path.join(root, 'node_modules', pkg, dir, 'koffi.node');
  if (!fs.existsSync(src)) continue;
  fs.mkdirSync(path.join(dist, 'koffi', dir), { recursive: true });
  fs.copyFileSync(src, path.join(dist, 'koffi', dir, 'koffi.node'));
}

// shims/: one link per command name.
const names = execFileSync(process.execPath, [path.join(dist, 'execline.cjs'), '--builtins'], { encoding: 'utf8' })
  .split('\n').filter(Boolean);
const shims = path.join(root, 'shims');
fs.mkdirSync(shims, { recursive: true });
const extra = fs.existsSync(path.join(dist, 'overlay.cjs'))
  ? execFileSync(process.execPath, [path.join(dist, 'overlay.cjs'), '--builtins'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  : [];
const want = new Map([...names.map((n) => [n, '../dist/execline.cjs']), ...extra.map((n) => [n, '../dist/overlay.cjs'])]);
if (fs.existsSync(path.join(dist, 'tools.cjs'))) want.set('execline', '../dist/tools.cjs');
for (const f of fs.readdirSync(shims)) {
  const p = path.join(shims, f);
  if (!want.has(f) && fs.lstatSync(p).isSymbolicLink()) fs.unlinkSync(p);
}
for (const [n, target] of want) {
  const p = path.join(shims, n);
  let cur = null;
  try { cur = fs.readlinkSync(p); } catch { /* missing */ }
  if (cur !== target) {
    try { fs.unlinkSync(p); } catch { /* missing */ }
    fs.symlinkSync(target, p);
  }
}
