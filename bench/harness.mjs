// Benchmark harness: candidates run interleaved (A B C A B C ...) so that
// machine noise hits all of them alike; wall time per run around spawnSync
// (spawn + wait4 of the child); medians and ratios.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

/** The environment every candidate gets: no NODE_EXTRA_CA_CERTS (it costs Node ~10 ms of cert loading). */
export function cleanEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

/** CPU time (user + sys, in clock ticks of 10 ms) of the children reaped so far. */
function childTicks() {
  const stat = fs.readFileSync('/proc/self/stat', 'latin1');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(f[13]) + Number(f[14]);
}

/** One run: wall milliseconds, CPU ticks, exit status, output. */
export function runOnce(c) {
  const k0 = childTicks();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c.file, c.args ?? [], {
    env: c.env ?? cleanEnv(), cwd: c.cwd, input: c.input, stdio: [c.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 26, argv0: c.argv0,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, ticks: childTicks() - k0, status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Run every candidate `rounds` times, interleaved, after `warmup` untimed rounds.
 * A candidate whose first run fails (bad status, or `check` says no) is reported and dropped.
 * Returns { name: { median, min, samples } }.
 */
export function measure(candidates, { rounds = 50, warmup = 3 } = {}) {
  const live = [];
  const out = {};
  for (const c of candidates) {
    const r = runOnce(c);
    const ok = !r.error && r.status === (c.expectStatus ?? 0) && (!c.check || c.check(r));
    if (!ok) {
      const why = r.error ? r.error.message : `status ${r.status}${r.signal ? ` signal ${r.signal}` : ''}: ${String(r.stderr).trim().slice(0, 200)}`;
      out[c.name] = { failed: why };
      continue;
    }
    live.push(c);
    out[c.name] = { samples: [] };
  }
  for (let i = 0; i < warmup; i++) for (const c of live) runOnce(c);
  const ticks = new Map(live.map((c) => [c.name, 0]));
  for (let i = 0; i < rounds; i++) {
    for (const c of live) {
      const r = runOnce(c);
      out[c.name].samples.push(r.ms);
      ticks.set(c.name, ticks.get(c.name) + r.ticks);
    }
  }
  for (const c of live) {
    const s = out[c.name].samples;
    out[c.name].median = median(s);
    out[c.name].min = Math.min(...s);
    // Mean CPU time per run (user + sys of the whole process tree): less sensitive to a loaded machine than wall time.
    out[c.name].cpu = (ticks.get(c.name) * 10) / rounds;
  }
  return out;
}

export const fmt = (ms) => (ms === undefined ? 'n/a' : `${ms.toFixed(1)} ms`);
export const ratio = (a, b) => (a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(2)}×`);
