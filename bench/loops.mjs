// Loop benchmark: forstdin over many lines and forx over many values, with a
// builtin body, for execline-ts (shims/execlineb) and native execline.
// Prints wall time, peak RSS (GNU time %M) and the ratios; checks that our
// peak RSS stays under 100 MB. Not a timed test: just run it.
//
//   node bench/loops.mjs [--lines N] [--values N] [--native-lines N] [--native-values N] [--no-native]
//
// --native-lines/--native-values run native on fewer items (each native
// iteration is a fork + two execs: 100,000 of them take minutes on a loaded
// machine); the time ratio is then computed per item.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OURS = path.join(root, 'shims');
const NATIVE = '/usr/lib/execline/bin';
const RSS_LIMIT_KB = 100 * 1024;

function opt(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}
const lines = opt('--lines', 100000);
const values = opt('--values', 10000);
const nativeLines = opt('--native-lines', lines);
const nativeValues = opt('--native-values', values);
const withNative = !process.argv.includes('--no-native') && fs.existsSync(path.join(NATIVE, 'execlineb'));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'elts-bench-loops-'));
const env = { PATH: `${OURS}:/usr/bin:/bin`, HOME: '/root' };

function numbers(n, sep) {
  return Array.from({ length: n }, (_, i) => String(i + 1)).join(sep);
}

/** Run execlineb -Pc script under /usr/bin/time; stdin from a file. */
function run(bin, script, inputFile) {
  const timeOut = path.join(tmp, 'time.out');
  const input = inputFile ? fs.openSync(inputFile, 'r') : 'ignore';
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-o', timeOut, '-f', '%M', path.join(bin, 'execlineb'), '-Pc', script], {
    env: { ...env, PATH: `${bin}:/usr/bin:/bin` }, stdio: [input, 'pipe', 'pipe'], maxBuffer: 1 << 26,
  });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (typeof input === 'number') fs.closeSync(input);
  const rssKb = Number(fs.readFileSync(timeOut, 'utf8').trim().split('\n').pop());
  if (r.status !== 0) {
    console.log(`  ${bin}: exit status ${r.status}: ${String(r.stderr).trim().slice(0, 300)}`);
  }
  return { secs, rssKb, status: r.status };
}

const fmtMB = (kb) => `${(kb / 1024).toFixed(1)} MB`;
let allPass = true;

function bench(title, nOurs, nNative, make) {
  console.log(`${title}`);
  const o = make(nOurs);
  const ours = run(OURS, o.script, o.input);
  console.log(`  execline-ts  ${nOurs} items  ${ours.secs.toFixed(2)} s  (${(ours.secs * 1e6 / nOurs).toFixed(1)} µs/item)  peak RSS ${fmtMB(ours.rssKb)}`);
  if (withNative) {
    const n = make(nNative);
    const nat = run(NATIVE, n.script, n.input);
    console.log(`  native       ${nNative} items  ${nat.secs.toFixed(2)} s  (${(nat.secs * 1e6 / nNative).toFixed(1)} µs/item)  peak RSS ${fmtMB(nat.rssKb)}`);
    const perItem = (ours.secs / nOurs) / (nat.secs / nNative);
    console.log(`  ratio (ours/native): time per item ${perItem.toFixed(3)}x, peak RSS ${(ours.rssKb / nat.rssKb).toFixed(1)}x`);
  }
  const pass = ours.status === 0 && ours.rssKb < RSS_LIMIT_KB;
  allPass &&= pass;
  console.log(`  execline-ts peak RSS < 100 MB: ${pass ? 'PASS' : 'FAIL'}`);
}

bench(`forstdin over lines, body \`importas X X exit 0\` (builtins, run in-process by execline-ts)`, lines, nativeLines, (n) => {
  const file = path.join(tmp, `lines.${n}`);
  fs.writeFileSync(file, numbers(n, '\n') + '\n');
  return { script: 'forstdin X importas X X exit 0', input: file };
});
bench(`forx over values, body \`importas X X exit 0\``, values, nativeValues, (n) => ({
  script: `forx X { ${numbers(n, ' ')} } importas X X exit 0`,
}));

fs.rmSync(tmp, { recursive: true, force: true });
console.log(allPass ? 'PASS' : 'FAIL');
process.exit(allPass ? 0 : 1);
