// Writes bench/RESULTS.md from one `npm run bench` run: the machine, then
// every benchmark as medians and ratios, and whether each goal of issue 6 is met.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { execFileSync } from 'node:child_process';

function machine() {
  const cpu = os.cpus();
  const sh = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return 'unknown'; } };
  return [
    `- CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    `- memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- kernel: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node.js: ${process.version}`,
    `- native execline: ${sh('dpkg-query', ['-W', '-f=${Version}', 'execline'])}, s6: ${sh('dpkg-query', ['-W', '-f=${Version}', 's6'])}`,
    `- /bin/sh: ${fs.realpathSync('/bin/sh')}`,
  ].join('\n');
}

const ms = (x) => (x === undefined ? 'n/a' : x.toFixed(1));

function table(res) {
  const node = res['node -e 0']?.median;
  const native = res.native?.median;
  const nodeCpu = res['node -e 0']?.cpu;
  const rows = ['| candidate | median ms | min ms | × node -e 0 | × native | CPU ms/run | CPU × node -e 0 |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const [name, r] of Object.entries(res)) {
    if (r.failed) { rows.push(`| ${name} | failed: ${r.failed.replace(/\|/g, '\\|').slice(0, 120)} | | | |`); continue; }
    rows.push(`| ${name} | ${ms(r.median)} | ${ms(r.min)} | ${node ? (r.median / node).toFixed(2) : 'n/a'} | ${native ? (r.median / native).toFixed(2) : 'n/a'} | ${ms(r.cpu)} | ${nodeCpu ? (r.cpu / nodeCpu).toFixed(2) : 'n/a'} |`);
  }
  return rows.join('\n');
}

// Not measured by each run: what profiling the startup path found (Nov 2026, same machine).
export const PROFILE_NOTES = `## Where execline-ts's startup goes (profiled, not rewritten by each run)

In-process time of \`shims/execlineb -P script\` (script: \`/bin/true\`), from the loader's first line to
execve, best of 40 runs, with \`process.hrtime\` marks and \`node --cpu-prof\` aggregated over 20 runs:

| step | ms |
|---|---:|
| loader: require fs, vm | 0.25 |
| read the bundle (125 kB minified) and its code cache | 0.7 |
| vm.Script with the code cache (V8 deserializes, no parse/compile) | 1.0 |
| evaluate the core modules (command modules are lazy) | 1.0 |
| read /proc/self/cmdline, register the command index | 0.75 |
| dlopen koffi.node (needed for execve) | 1.1 |
| inherited fds (/proc/self/fd via libc readlink) | 0.4 |
| environment, state | 0.2 |
| execlineb: read, lex, run the chain | 0.7 |
| exec: lay the fd table, restore signals, execve | 0.6 |

What the profile showed before this work, and what changed (build and runtime):
- every command module was evaluated at every start (~150 commands; one \`import * as crypto\` alone
  cost 6 ms): the generated index now names each command with a loader (src/interp/lazy.ts), a run
  evaluates only the modules it uses;
- compiling the whole bundle (wrapSafe) was the largest single item: dist/execline.cjs is now a small
  loader running dist/execline-main.js (minified) through vm.Script with a V8 code cache made at build
  from a typical script and the exec path; the cache is named after the bundle's content hash;
- esbuild's \`__toESM\` copy of \`node:fs\` (a getter per export) was made in every importing module:
  the build uses builtin modules directly;
- inheritedFds read /proc/self/fd with Node's fs (readlink + fdinfo per fd, ~2 ms at startup): now libc
  readlink and F_GETFL; node:os (errno names) is loaded on first use only.

Same-run comparison on a heavily loaded machine (load average ~70, 60 interleaved rounds), the current
sources built the old way vs the new way, CPU time per run: before 2.01 × \`node -e 0\`, after 1.25 ×.
`;

export function writeResults(file, { results, mem, loops, rounds, loadBefore, loadAfter, seconds }) {
  const out = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.mjs); rerun it to refresh. Candidates run interleaved',
    `(A B C D A B C D ...), ${rounds} timed rounds after 3 warm-up rounds, wall time of spawn + wait per run`,
    '(goals are judged on the median wall time, as issue 6 asks) and mean CPU time (user + sys, from the',
    'children\'s times in /proc/self/stat: steadier than wall time when other work shares the machine),',
    'NODE_EXTRA_CA_CERTS unset for every candidate. execline-ts runs through `shims/execlineb`',
    '(a link to dist/execline.cjs, `#!/usr/bin/env node`), native is `/usr/lib/execline/bin/execlineb`',
    'with its own directory first in PATH, `/bin/sh` runs an equivalent shell script.',
    '',
    `Run: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, ${seconds.toFixed(0)} s in all; load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`,
    '(other work on the machine makes medians noisy; the ratios are what to compare).',
    '',
    '## Machine',
    '',
    machine(),
  ];
  for (const r of Object.values(results)) {
    out.push('', `## ${r.title}`, '', table(r.res), '');
    for (const g of r.goals) out.push(`- goal: ${g.text}: **${g.value}** → ${g.ok ? 'met' : '**not met**'}`);
    if (r.missing?.length) out.push(`- not yet builtins in execline-ts when this ran: ${r.missing.join(', ')}`);
  }
  out.push('', '## Memory after the chain has exec\'d', '');
  for (const l of mem.lines) out.push(`- ${l}`);
  out.push(`- goal: no Node process of ours left, 0 bytes of ours resident → ${mem.ok ? 'met' : '**not met**'}`);
  out.push('', '## Loops (bench/loops.mjs)', '');
  if (loops) {
    out.push('```', loops.text, '```');
    if (loops.status !== 0) out.push(`(bench/loops.mjs exited ${loops.status})`);
  } else {
    out.push('bench/loops.mjs was not present when this ran.');
  }
  out.push('', PROFILE_NOTES);
  fs.writeFileSync(file, out.join('\n'));
}
