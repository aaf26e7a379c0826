// A container without Docker: our /init as PID 1 in new PID and mount
// namespaces, on an overlayfs whose lower layers are a layer made by
// `execline install` (with native execline hidden) and the host's /.
import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { ROOT } from '../helpers';

let layerDir: string | null = null;
const cleanups: string[] = [];

function sh(script: string): void {
  const r = spawnSync('unshare', ['--mount', 'sh', '-ec', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`harness: ${script}\n${r.stderr}`);
}

/** The install layer, made once: whiteouts for native execline + `execline install`. */
export function layer(): string {
  if (layerDir) return layerDir;
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ovl-layer-'));
  cleanups.push(base);
  const [up, work, m] = ['layer', 'work', 'm'].map((d) => path.join(base, d));
  for (const d of [up, work, m]) fs.mkdirSync(d);
  sh(`mount -t overlay overlay -o lowerdir=/,upperdir=${up},workdir=${work} ${m}
rm -rf ${m}/usr/lib/execline ${m}/usr/bin/execlineb
${process.execPath} ${ROOT}/dist/tools.cjs install --prefix ${m}`);
  layerDir = up;
  return up;
}

export interface FileSpec { content: string; mode?: number }
export interface BootOptions {
  cmd?: string[];
  /** container environment on top of PATH/HOSTNAME/HOME (undefined removes one) */
  env?: Record<string, string | undefined>;
  /** files of the image, path → content (mode 0755 unless given); a string ending in '/' makes a dir */
  files?: Record<string, string | FileSpec>;
  /** symlinks of the image, path → target */
  links?: Record<string, string>;
  /** read-only root with a writable tmpfs /var */
  readOnly?: boolean;
  /** no tmpfs on /run and /var (with readOnly: nothing writable for /var/run/s6) */
  noTmpfs?: boolean;
  timeoutMs?: number;
}

export interface Line { t: number; text: string }

export class Container {
  proc: ChildProcess;
  out: Line[] = [];
  err: Line[] = [];
  t0 = Date.now();
  exited: Promise<number>;
  base: string;
  /** a host directory seen as /shared inside (survives the container) */
  shared: string;
  private waiters: (() => void)[] = [];

  constructor(proc: ChildProcess, base: string, shared: string, timeoutMs: number) {
    this.proc = proc;
    this.base = base;
    this.shared = shared;
    const collect = (list: Line[]) => {
      let buf = '';
      return (d: Buffer) => {
        buf += d.toString('latin1');
        let i: number;
        while ((i = buf.indexOf('\n')) >= 0) {
          list.push({ t: Date.now() - this.t0, text: buf.slice(0, i) });
          buf = buf.slice(i + 1);
        }
        this.waiters.splice(0).forEach((w) => w());
      };
    };
    proc.stdout!.on('data', collect(this.out));
    proc.stderr!.on('data', collect(this.err));
    const killer = setTimeout(() => this.kill(9), timeoutMs);
    this.exited = new Promise((resolve) => {
      proc.on('close', (code, sig) => {
        clearTimeout(killer);
        this.waiters.splice(0).forEach((w) => w());
        fs.rmSync(base, { recursive: true, force: true });
        cleanups.push(shared);
        resolve(code ?? 128 + (os.constants.signals[sig as NodeJS.Signals] ?? 0));
      });
    });
  }

  get stdout(): string[] { return this.out.map((l) => l.text); }
  get stderr(): string[] { return this.err.map((l) => l.text); }

  /** The container's PID 1, as a host pid. */
  pid1(): number {
    const pid = this.proc.pid!;
    const kids = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return Number(kids[0]);
  }

  kill(sig: number): void {
    try { process.kill(this.pid1(), sig); } catch { /* gone */ }
  }

  /** "docker stop" */
  stop(): Promise<number> {
    this.kill(15);
    return this.exited;
  }

  /** Wait until a stdout line matches (or the container exits / time runs out). */
  async waitFor(re: RegExp, ms = 15000): Promise<Line | undefined> {
    const deadline = Date.now() + ms;
    let done = false;
    this.exited.then(() => { done = true; });
    for (;;) {
      const hit = this.out.find((l) => re.test(l.text));
      if (hit) return hit;
      if (done || Date.now() > deadline) return undefined;
      await new Promise<void>((r) => { this.waiters.push(r); setTimeout(r, 100); });
    }
  }

  /** Host pids of the processes in the container's PID namespace. */
  processes(): { pid: number; comm: string; uid: number; ppid: number; args: string }[] {
    const ns = fs.readlinkSync(`/proc/${this.pid1()}/ns/pid`);
    const out = [];
    for (const d of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        if (fs.readlinkSync(`/proc/${d}/ns/pid`) !== ns) continue;
        const status = fs.readFileSync(`/proc/${d}/status`, 'utf8');
        const uid = Number(/Uid:\s+(\d+)/.exec(status)![1]);
        const ppid = Number(/PPid:\s+(\d+)/.exec(status)![1]);
        const state = /State:\s+(\S)/.exec(status)![1];
        if (state === 'Z') out.push({ pid: Number(d), comm: 'zombie', uid, ppid, args: '' });
        else out.push({ pid: Number(d), comm: fs.readFileSync(`/proc/${d}/comm`, 'utf8').trim(), uid, ppid,
          args: fs.readFileSync(`/proc/${d}/cmdline`, 'latin1').split('\0').join(' ').trim() });
      } catch { /* gone */ }
    }
    return out;
  }

  /** Run a command inside the container (its mount namespace and root), synchronously. */
  exec(argv: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync('nsenter', ['-t', String(this.pid1()), '-m', '-p', '-r', '-w', ...argv], { encoding: 'latin1', timeout: 10000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }
}

const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function boot(o: BootOptions = {}): Container {
  const lay = layer();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ovl-run-'));
  const [up, work, m] = ['upper', 'work', 'm'].map((d) => path.join(base, d));
  for (const d of [work, m]) fs.mkdirSync(d);
  // Overlayfs refuses a lower layer nested in another one (ELOOP), so each run's
  // upper layer starts as a copy of the install layer (whiteouts included).
  const cp = spawnSync('cp', ['-a', lay, up]);
  if (cp.status !== 0) throw new Error(`harness: cp -a ${lay}: ${cp.stderr}`);
  for (const [p, spec] of Object.entries(o.files ?? {})) {
    const full = path.join(up, p);
    if (typeof spec === 'string' && p.endsWith('/')) { fs.mkdirSync(full, { recursive: true }); continue; }
    const f = typeof spec === 'string' ? { content: spec } : spec;
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, f.content);
    fs.chmodSync(full, f.mode ?? 0o755);
  }
  for (const [p, target] of Object.entries(o.links ?? {})) {
    const full = path.join(up, p);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.rmSync(full, { force: true });
    fs.symlinkSync(target, full);
  }
  const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'ovl-shared-'));
  fs.chmodSync(shared, 0o777);
  fs.mkdirSync(path.join(up, 'shared'), { recursive: true });
  const env = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: 'test', HOME: '/root', ...(o.env ?? {}) };
  const script = [
    `mount -t overlay overlay -o lowerdir=/,upperdir=${up},workdir=${work} ${m}`,
    `mount --rbind /dev ${m}/dev`,
    `mount -t proc proc ${m}/proc`,
    `mount -t tmpfs tmpfs ${m}/tmp`,
    ...(o.noTmpfs ? [] : [`mount -t tmpfs tmpfs ${m}/run`]),
    `mount --bind ${shared} ${m}/shared`,
    ...(o.readOnly ? [`mount -o remount,ro,bind ${m}`, ...(o.noTmpfs ? [] : [`mount -t tmpfs tmpfs ${m}/var`])] : []),
    `exec chroot ${m} /usr/bin/env -i ${Object.entries(env).filter(([, v]) => v !== undefined).map(([k, v]) => q(`${k}=${v}`)).join(' ')} /init "$@"`,
  ].join('\n');
  const proc = spawn('unshare', ['--pid', '--mount', '--fork', 'sh', '-ec', script, 'sh', ...(o.cmd ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'], env: {},
  });
  return new Container(proc, base, shared, o.timeoutMs ?? 60000);
}

export function cleanup(): void {
  for (const d of cleanups.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  layerDir = null;
}
