// Where a start goes, step by step: builds a copy of the sources with
// process.hrtime marks put in (the working tree is not touched), runs a script
// through it N times and prints the median microseconds of each step, from the
// loader's first line to the exec. How bench/RESULTS.md's "Where startup goes"
// table was made.
//   node bench/startup-marks.mjs [script.el] [runs]     (default: exec /bin/true, 15 runs)
// A mark whose anchor text is no longer in the sources is reported and left out.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const [scriptArg, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 15);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'elts-marks-'));
const script = scriptArg ? path.resolve(scriptArg) : path.join(work, 'true.el');
if (!scriptArg) fs.writeFileSync(script, '#!/usr/bin/execlineb -P\n/bin/true\n');

for (const f of ['src', 'scripts', 'package.json', 'tsconfig.json']) fs.cpSync(path.join(root, f), path.join(work, f), { recursive: true });
fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));

const mark = (label) => `(globalThis as any).__m?.push([${JSON.stringify(label)}, process.hrtime.bigint()]);`;
const dump = `{ const m = (globalThis as any).__m; if (m) { m.push(['execve', process.hrtime.bigint()]); `
  + `require('fs').writeSync((globalThis as any).__mfd, 'MARKS ' + JSON.stringify(m.map((x: any, i: number) => [x[0], i ? Number(x[1] - m[i - 1][1]) / 1000 : 0])) + '\\n'); } }`;
// [file, anchor, text put before it, text put after it]
const SOURCE_MARKS = [
  ['src/main.ts', 'function main(): number {\n', '', mark('bundle top level') + '\n', ''],
  ['src/main.ts', '  let args = ownArgs();', '', mark('argv') + '\n'],
  ['src/main.ts', '  // Node starts its inspector on SIGUSR1', mark('find the command') + '\n', ''],
  ['src/main.ts', '  const fds = passedFds ?? inheritedFds();', mark('libc, SIGUSR1') + '\n', ''],
  ['src/main.ts', '  // A removed cwd', mark('inherited fds') + '\n', ''],
  ['src/main.ts', "  return runChain(st, args, 'exec', null, cmd);", mark('environment, state') + '\n', ''],
  ['src/interp/chain.ts', '        next = invoke(cmd, st, argv, lookupPath);', mark('chain: find, check') + '\n', ''],
  ['src/interp/chain.ts', '        next = invoke(cmd, st, argv, lookupPath);', '',
    "(globalThis as any).__m?.push(['builtin ' + cmd.names[0], process.hrtime.bigint()]);\n"],
  ['src/runtime/process.ts', '  syncCwdUmask(spec);\n  applyTable(L, spec.fds);', mark('chain: to the exec') + '\n', ''],
  ['src/runtime/process.ts', '    L.execve(', mark('exec: fds, signals, argv') + dump + '\n', ''],
];
let missing = 0;
for (const [file, anchor, before, after] of SOURCE_MARKS) {
  const p = path.join(work, file);
  const text = fs.readFileSync(p, 'utf8');
  if (!text.includes(anchor)) { console.error(`startup-marks: anchor not found in ${file}: ${JSON.stringify(anchor.trim())}`); missing++; continue; }
  fs.writeFileSync(p, text.replace(anchor, before + anchor + after));
}
// the loader as written (the build minifies it; Node compiles it before its first line, unmeasured here)
execFileSync(process.execPath, [path.join(work, 'scripts/build.mjs')], { cwd: work, stdio: 'inherit', env: { ...process.env, EXECLINE_TS_PLAIN_LOADER: '1' } });

// The loader's own steps.
const loader = path.join(work, 'dist/execline.cjs');
let L = fs.readFileSync(loader, 'utf8');
const LOADER_MARKS = [
  // the marks file is fd 3, opened by this tool: the script may change fd 2 and the credentials
  // before the exec, and opening it here would load fs, which the loader does not
  ["'use strict';\n", "globalThis.__m = [['start', process.hrtime.bigint()]];\nglobalThis.__mfd = 3;\n", true],
  ['function readBytes(', "globalThis.__m.push(['load koffi and libc', process.hrtime.bigint()]);\n"],
  ['  // The bundle is ASCII', "globalThis.__m.push(['bind syscall', process.hrtime.bigint()]);\n"],
  ['const cacheFile =', "globalThis.__m.push(['read and decode the bundle', process.hrtime.bigint()]);\n"],
  ['// Making the cache (build time)', "globalThis.__m.push(['read the code cache', process.hrtime.bigint()]);\n"],
  ["let script, wrapper;", "globalThis.__m.push(['(build-time flags)', process.hrtime.bigint()]);\n"],
  ['if (writeCache) {\n', "globalThis.__m.push(['compile with the cache (V8 deserializes), make the wrapper', process.hrtime.bigint()]);\n"],
  ['wrapper(exports', "globalThis.__m.push(['(build-time hook)', process.hrtime.bigint()]);\n"],
];
for (const [anchor, text, after] of LOADER_MARKS) {
  if (!L.includes(anchor)) { console.error(`startup-marks: anchor not found in the loader: ${JSON.stringify(anchor.trim())}`); missing++; continue; }
  L = L.replace(anchor, after ? anchor + text : text + anchor);
}
fs.writeFileSync(loader, L);

const samples = new Map();
const marksFile = path.join(work, 'marks');
for (let i = 0; i < runs + 2; i++) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  fs.writeFileSync(marksFile, '');
  const mfd = fs.openSync(marksFile, 'a');
  const r = spawnSync(loader, ['execlineb', '-P', script], { env, encoding: 'latin1', stdio: ['ignore', 'ignore', 'pipe', mfd] });
  fs.closeSync(mfd);
  const line = fs.readFileSync(marksFile, 'latin1').split('\n').find((l) => l.startsWith('MARKS '));
  if (!line) { console.error(`startup-marks: no marks (the script must end in an exec; status ${r.status}):\n${r.stderr}`); process.exit(1); }
  if (i < 2) continue; // warm-up
  const seen = new Map();
  for (const [name, us] of JSON.parse(line.slice(6)).slice(1)) {
    // a label met again in the same run (a chain of builtins) gets its rank
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    const label = n > 1 ? `${name} (${n})` : name;
    if (!samples.has(label)) samples.set(label, []);
    samples.get(label).push(us);
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
let total = 0;
console.log(`\n${path.basename(script)}: median µs of ${runs} runs per step (each row: from the previous mark to this one)`);
for (const [label, xs] of samples) { const m = median(xs); total += m; console.log(`  ${String(Math.round(m)).padStart(6)}  ${label}`); }
console.log(`  ${String(Math.round(total)).padStart(6)}  in all, loader's first line to execve${missing ? ` (${missing} marks missing)` : ''}`);
fs.rmSync(work, { recursive: true, force: true });
