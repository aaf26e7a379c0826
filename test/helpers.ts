// Helpers for tests that run the shims (and the native tools, as the oracle).
import { spawnSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';

export const ROOT: string = process.env.EXECLINE_TS_ROOT ?? process.cwd();
export const SHIMS = path.join(ROOT, 'shims');
export const NATIVE = '/usr/lib/execline/bin';
export const hasNative = fs.existsSync(path.join(NATIVE, 'execlineb'));

export interface RunResult { stdout: string; stderr: string; status: number | null; signal: string | null }

/** Run a command with PATH=bin:/usr/bin:/bin and a minimal environment. */
export function runIn(bin: string, argv: string[], o: { env?: Record<string, string>; input?: string | Buffer; cwd?: string; timeout?: number } = {}): RunResult {
  const r = spawnSync(argv[0].includes('/') ? argv[0] : path.join(bin, argv[0]), argv.slice(1), {
    env: { PATH: `${bin}:/usr/bin:/bin`, HOME: '/root', ...(o.env ?? {}) },
    input: o.input ?? '', cwd: o.cwd, timeout: o.timeout ?? 20000, encoding: 'latin1',
  });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, signal: r.signal };
}

export const ours = (argv: string[], o?: Parameters<typeof runIn>[2]): RunResult => runIn(SHIMS, argv, o);
export const native = (argv: string[], o?: Parameters<typeof runIn>[2]): RunResult => runIn(NATIVE, argv, o);

export function tmpdir(prefix = 'elts-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Run many async jobs with a concurrency limit. */
export async function pool<T>(items: T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) await fn(items[i++]);
  }));
}

export function spawnAsync(cmd: string, args: string[], opts: Parameters<typeof spawn>[2] = {}): Promise<number | null> {
  return new Promise((resolve) => {
    const c = spawn(cmd, args, { stdio: 'ignore', ...opts });
    c.on('close', (code) => resolve(code));
    c.on('error', () => resolve(null));
  });
}
