// Memory benchmark: after an execline-ts chain has exec'd its program, the
// process must be that program (same PID, its own exe and cmdline), with no
// Node mapping resident and no Node process of ours left in its session.
// For scale, the resident size of our interpreter while it waits for a child
// (what a spawn-and-wait design would keep per service) is measured too.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
const pause = (ms) => Atomics.wait(sleepCell, 0, 0, ms);

const readOr = (p, enc, dflt) => { try { return fs.readFileSync(p, enc); } catch { return dflt; } };
const exeOf = (pid) => { try { return fs.readlinkSync(`/proc/${pid}/exe`); } catch { return null; } };
const kb = (status, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status ?? '')?.[1] ?? NaN);

/** Resident kB of the mappings of `pid` whose path matches `isOurs`. */
function residentOf(pid, isOurs) {
  const smaps = readOr(`/proc/${pid}/smaps`, 'utf8', '');
  let total = 0, current = false;
  const files = new Set();
  for (const line of smaps.split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) { current = isOurs(head[1]); if (current) files.add(head[1]); continue; }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss && current) total += Number(rss[1]);
  }
  return { kB: total, files: [...files] };
}

/** Processes in session `sid`. */
function sessionMembers(sid) {
  const out = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const stat = readOr(`/proc/${d}/stat`, 'utf8', null);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[3]) === sid) out.push(Number(d));
  }
  return out;
}

function waitFor(pred, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) { const v = pred(); if (v) return v; pause(2); }
  return null;
}

export function memoryCheck({ shims, work, env }) {
  const lines = [];
  let ok = true;
  const nodeExe = fs.realpathSync(process.execPath);
  const bundle = fs.realpathSync(path.join(shims, 'execlineb'));
  const ours = (p) => p === nodeExe || p.includes('koffi') || p === bundle;
  const sleepExe = fs.realpathSync('/bin/sleep');

  // 1. The typical run script, ending in a long-running program.
  const script = path.join(work, 'mem.el');
  fs.writeFileSync(script, 'fdmove -c 2 1\nimportas -D /root HOME HOME\ncd /\numask 022\nif { eltest -d /tmp }\n/bin/sleep 30\n');
  const child = spawn(path.join(shims, 'execlineb'), ['-P', script], { env, detached: true, stdio: 'ignore' });
  const pid = child.pid;
  const exe = waitFor(() => { const e = exeOf(pid); return e === sleepExe ? e : null; }, 10000);
  if (!exe) {
    ok = false;
    lines.push(`PID ${pid} never became ${sleepExe} (exe: ${exeOf(pid)})`);
  } else {
    const cmdline = readOr(`/proc/${pid}/cmdline`, 'latin1', '').split('\0').filter(Boolean).join(' ');
    const status = readOr(`/proc/${pid}/status`, 'utf8', '');
    const mine = residentOf(pid, ours);
    const members = sessionMembers(pid).filter((p) => p !== pid);
    const nodeLeft = members.filter((p) => exeOf(p) === nodeExe);
    lines.push(`PID ${pid} (started as shims/execlineb) is now exe=${exe} cmdline="${cmdline}", VmRSS ${kb(status, 'VmRSS')} kB`);
    lines.push(`resident mappings of ours (node, koffi, bundle) in it: ${mine.kB} kB${mine.files.length ? ` (${mine.files.join(', ')})` : ''}`);
    lines.push(`other processes in its session: ${members.length}, Node processes among them: ${nodeLeft.length}`);
    if (mine.kB !== 0 || mine.files.length || nodeLeft.length) ok = false;
  }
  try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }

  // 2. For scale: our interpreter waiting in `foreground` is what spawn-and-wait would keep alive.
  const fg = path.join(work, 'fg.el');
  fs.writeFileSync(fg, 'foreground { /bin/sleep 30 } /bin/true\n');
  const waiter = spawn(path.join(shims, 'execlineb'), ['-P', fg], { env, detached: true, stdio: 'ignore' });
  const sleeper = waitFor(() => sessionMembers(waiter.pid).find((p) => exeOf(p) === sleepExe), 10000);
  const waiting = kb(readOr(`/proc/${waiter.pid}/status`, 'utf8', ''), 'VmRSS');
  lines.push(`for scale: execline-ts waiting for a child (foreground) holds VmRSS ${waiting} kB (≈ ${(waiting / 1024).toFixed(0)} MB per service with spawn-and-wait)`);
  if (sleeper) try { process.kill(sleeper, 'SIGKILL'); } catch { /* gone */ }
  waitFor(() => exeOf(waiter.pid) === null || readOr(`/proc/${waiter.pid}/stat`, 'utf8', '').includes(') Z'), 5000);
  try { process.kill(waiter.pid, 'SIGKILL'); } catch { /* gone */ }
  child.unref(); waiter.unref();
  return { ok, lines, waitingKB: waiting };
}
