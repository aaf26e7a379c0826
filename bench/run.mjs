// npm run bench: execline-ts against native execline, /bin/sh and bare Node.
// Prints medians and ratios and rewrites bench/RESULTS.md (issue 6).
//   BENCH_ROUNDS=n   rounds per benchmark (default 200)
//   BENCH_NO_WRITE=1 do not rewrite RESULTS.md
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { measure, cleanEnv, fmt, ratio } from './harness.mjs';
import { memoryCheck } from './memory.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SHIMS = path.join(root, 'shims');
const NATIVE = '/usr/lib/execline/bin';
const hasNative = fs.existsSync(path.join(NATIVE, 'execlineb'));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'elts-bench-'));
const started = Date.now();

const file = (name, text) => { const p = path.join(work, name); fs.writeFileSync(p, text); return p; };
const envTs = cleanEnv({ PATH: `${SHIMS}:/usr/bin:/bin` });
const envNative = cleanEnv({ PATH: `${NATIVE}:/usr/bin:/bin` });
const envSh = cleanEnv({ PATH: '/usr/bin:/bin' });

/** Which of our commands a script needs that do not exist yet (they would be looked up natively or fail). */
function missing(names) {
  return names.filter((n) => !fs.existsSync(path.join(SHIMS, n)));
}

// The Node option on the loader's `#!` line, as built (a fixed V8 seed: src/interp/wrapper.ts).
const LOADER_LINE = fs.readFileSync(path.join(root, 'dist/execline.cjs'), 'latin1').split('\n')[0];
const LOADER_OPTION = /^#!\/\S+ (--\S+)$/.exec(LOADER_LINE)?.[1];

/**
 * The candidates of a benchmark. For startup, also bare Node with the option execline-ts's
 * `#!` line gives it: a reference, not a goal, so that the table shows how much of the
 * difference to `node -e 0` is that option.
 */
function candidates(elScript, shScript, nodeReference = false) {
  const el = file(`${elScript.name}.el`, elScript.text);
  const sh = file(`${elScript.name}.sh`, shScript);
  return [
    { name: 'execline-ts', file: path.join(SHIMS, 'execlineb'), args: ['-P', el], env: envTs },
    ...(hasNative ? [{ name: 'native', file: path.join(NATIVE, 'execlineb'), args: ['-P', el], env: envNative }] : []),
    { name: '/bin/sh', file: '/bin/sh', args: [sh], env: envSh },
    { name: 'node -e 0', file: process.execPath, args: ['-e', '0'], env: cleanEnv() },
    ...(nodeReference && LOADER_OPTION ? [{ name: `node ${LOADER_OPTION} -e 0`, file: process.execPath, args: [LOADER_OPTION, '-e', '0'], env: cleanEnv() }] : []),
  ];
}

// The benchmarks ------------------------------------------------------------

const TRUE = { name: 'true', text: '/bin/true\n' };
const TRUE_SH = 'exec /bin/true\n';

const RUN_CMDS = ['fdmove', 'importas', 'cd', 'umask', 'if', 'eltest', 's6-setuidgid'];
const RUN = {
  name: 'run',
  text: `fdmove -c 2 1
importas -D /root HOME HOME
cd /
umask 022
if { eltest -d /tmp }
s6-setuidgid nobody /bin/true
`,
};
const RUN_SH = `exec 2>&1
HOME=\${HOME:-/root}
cd /
umask 022
test -d /tmp || exit 1
exec s6-setuidgid nobody /bin/true
`;

// 50 builtins: export / importas / cd / umask / unexport, ten times, then one exec.
const CHAIN_CMDS = ['export', 'importas', 'cd', 'umask', 'unexport'];
let chainEl = '', chainSh = '';
for (let i = 0; i < 10; i++) {
  chainEl += `export K${i} v${i}\nimportas -D d I${i} K${i}\ncd /tmp\numask 02${i % 8}\nunexport K${i}\n`;
  chainSh += `export K${i}=v${i}\nI${i}=\${K${i}:-d}\ncd /tmp\numask 02${i % 8}\nunset K${i}\n`;
}
const CHAIN = { name: 'chain50', text: chainEl + '/bin/true\n' };
const CHAIN_SH = chainSh + 'exec /bin/true\n';

// Running ------------------------------------------------------------------

function report(title, res, goals) {
  console.log(`\n## ${title}`);
  const base = res['node -e 0']?.median;
  for (const [name, r] of Object.entries(res)) {
    if (r.failed) { console.log(`  ${name.padEnd(26)} FAILED: ${r.failed}`); continue; }
    const s = [...r.samples].sort((a, b) => a - b);
    console.log(`  ${name.padEnd(26)} median ${fmt(r.median).padStart(9)}  p10 ${fmt(s[Math.floor(s.length / 10)]).padStart(9)}  min ${fmt(r.min).padStart(9)}  cpu ${fmt(r.cpu).padStart(9)}${base ? `  ${ratio(r.median, base)} node (cpu ${ratio(r.cpu, res['node -e 0'].cpu)})` : ''}`);
  }
  for (const g of goals) console.log(`  goal: ${g.text}: ${g.value} → ${g.ok ? 'MET' : 'NOT MET'}`);
}

const results = {};
function bench(key, title, el, sh, goalsOf, needed = [], nodeReference = false) {
  const miss = missing(needed);
  const res = measure(candidates(el, sh, nodeReference), { rounds: ROUNDS });
  const goals = goalsOf(res);
  results[key] = { title, res, goals, missing: miss };
  report(title, res, goals);
  if (miss.length) console.log(`  note: not yet builtins in execline-ts: ${miss.join(', ')}`);
}

/**
 * The median over rounds of a/b within each round: the two ran one after the other, so a burst of
 * other work hits both. Printed beside the goal (which is judged on the ratio of the medians).
 */
function pairedRatio(a, b) {
  const n = Math.min(a.samples.length, b.samples.length);
  const r = Array.from({ length: n }, (_, i) => a.samples[i] / b.samples[i]).sort((x, y) => x - y);
  return n % 2 ? r[n >> 1] : (r[n / 2 - 1] + r[n / 2]) / 2;
}

const startupGoals = (res) => {
  const ts = res['execline-ts']?.median, node = res['node -e 0']?.median;
  if (ts === undefined || node === undefined) return [{ text: 'startup', value: 'n/a', ok: false }];
  const paired = pairedRatio(res['execline-ts'], res['node -e 0']);
  return [
    { text: 'execline-ts ≤ 1.15 × node -e 0', value: `${ratio(ts, node)} (per-round median ${paired.toFixed(2)}×)`, ok: ts <= 1.15 * node },
    { text: 'execline-ts ≤ node + 15 ms', value: `+${(ts - node).toFixed(1)} ms`, ok: ts <= node + 15 },
  ];
};

console.log(`execline-ts benchmarks: ${ROUNDS} interleaved rounds per benchmark, NODE_EXTRA_CA_CERTS unset`);
const loadBefore = os.loadavg()[0];
bench('true', 'Startup: a script that only execs /bin/true', TRUE, TRUE_SH, startupGoals, [], true);
bench('run', 'Startup: typical 6-command run script', RUN, RUN_SH, startupGoals, RUN_CMDS, true);
bench('chain', 'Long chain: 50 builtins then one exec', CHAIN, CHAIN_SH, (res) => {
  const ts = res['execline-ts']?.median, nat = res.native?.median;
  if (ts === undefined || nat === undefined) return [{ text: 'faster than native', value: 'n/a', ok: false }];
  return [{ text: 'execline-ts faster than native', value: `${ratio(ts, nat)} native`, ok: ts < nat }];
}, CHAIN_CMDS);

console.log('\n## Memory after the chain has exec\'d');
const mem = memoryCheck({ shims: SHIMS, work, env: envTs });
for (const line of mem.lines) console.log(`  ${line}`);
console.log(`  goal: no Node process of ours left, 0 bytes of ours resident → ${mem.ok ? 'MET' : 'NOT MET'}`);

// Loops: bench/loops.mjs (forx / forstdin) prints its own report.
let loops = null;
const loopsFile = path.join(root, 'bench', 'loops.mjs');
if (fs.existsSync(loopsFile)) {
  console.log('\n## Loops (bench/loops.mjs)');
  // Native forks and execs twice per item (~2-7 ms): 110,000 of them alone would blow the 5-minute
  // budget, so native runs on 2,000 items of each and loops.mjs compares per item.
  const r = spawnSync(process.execPath, [loopsFile, '--native-lines', '2000', '--native-values', '2000'], { cwd: root, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 200000 });
  loops = { status: r.status, text: (r.stdout ?? '').trimEnd() };
  console.log(loops.text.split('\n').map((l) => `  ${l}`).join('\n'));
  if (r.status !== 0) console.log(`  (bench/loops.mjs exited ${r.status ?? r.signal})`);
} else {
  console.log('\n## Loops: bench/loops.mjs not present yet');
}

const loadAfter = os.loadavg()[0];
const seconds = (Date.now() - started) / 1000;
console.log(`\nload average 1 min: ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after; ${seconds.toFixed(0)} s in all`);
fs.rmSync(work, { recursive: true, force: true });

if (!process.env.BENCH_NO_WRITE) {
  const { writeResults } = await import('./results.mjs');
  writeResults(path.join(root, 'bench', 'RESULTS.md'), { results, mem, loops, rounds: ROUNDS, loadBefore, loadAfter, seconds });
  console.log('wrote bench/RESULTS.md');
}
