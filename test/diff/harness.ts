// Differential harness: runs one execlineb case under the conformance contract
// (fresh cwd holding ./script, env -i PATH=BIN:/usr/bin:/bin HOME=/root + env,
// umask 022, stdin from a string) with our shims and with the native execline,
// and reports every difference in stdout, status and stderr text.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface DiffCase {
  script: string;
  /** execlineb options; the script text is passed with -c when `c` is set */
  flags?: string[];
  c?: boolean;
  args?: string[];
  env?: Record<string, string>;
  stdin?: string;
  files?: Record<string, string>;
}

export interface Outcome { stdout: string; stderr: string; status: number | null }

const NATIVE_SRC = '/usr/lib/execline/bin';

/** A bin dir of links to the native binaries (the conformance self-check layout). */
export function nativeBin(): string {
  const dir = path.join(os.tmpdir(), `elts-nativebin-${process.getuid?.() ?? 0}`);
  if (!fs.existsSync(path.join(dir, 'execlineb'))) {
    fs.mkdirSync(dir, { recursive: true });
    for (const n of fs.readdirSync(NATIVE_SRC)) {
      try { fs.symlinkSync(path.join(NATIVE_SRC, n), path.join(dir, n)); } catch { /* exists */ }
    }
  }
  return dir;
}

export async function runCase(bin: string, c: DiffCase): Promise<Outcome> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'elts-diff-'));
  const cwd = path.join(root, 'cwd');
  fs.mkdirSync(cwd);
  try {
    fs.writeFileSync(path.join(cwd, 'script'), c.script, 'latin1');
    for (const [name, text] of Object.entries(c.files ?? {})) {
      if (name.endsWith('/')) fs.mkdirSync(path.join(cwd, name), { recursive: true });
      else fs.writeFileSync(path.join(cwd, name), text, 'latin1');
    }
    // argv and env go through NUL-separated files so that any byte (0xff...) reaches execlineb as is
    const argv = [path.join(bin, 'execlineb'), ...(c.flags ?? []), ...(c.c ? ['-c', c.script] : ['script']), ...(c.args ?? [])];
    const env: Record<string, string> = { PATH: `${bin}:/usr/bin:/bin`, HOME: '/root', ...(c.env ?? {}) };
    fs.writeFileSync(path.join(root, 'argv'), Buffer.from(argv.map((a) => a + '\0').join(''), 'latin1'));
    fs.writeFileSync(path.join(root, 'env'), Buffer.from(Object.entries(env).map(([k, v]) => `${k}=${v}\0`).join(''), 'latin1'));
    fs.writeFileSync(path.join(root, 'stdin'), Buffer.from(c.stdin ?? '', 'latin1'));
    // stdio are plain files, as in the conformance contract
    const driver = 'umask 022; mapfile -d "" -t A < ../argv; mapfile -d "" -t E < ../env; '
      + 'exec timeout -k 2 10 env -i "${E[@]}" "${A[@]}" < ../stdin > ../out 2> ../err';
    const status = await new Promise<number | null>((resolve) => {
      const ch = spawn('/bin/bash', ['--norc', '--noprofile', '-c', driver], { cwd, env: {}, stdio: 'ignore' });
      ch.on('close', (code, sig) => resolve(code ?? (sig ? 999 : null)));
    });
    const r = { out: fs.readFileSync(path.join(root, 'out')), err: fs.readFileSync(path.join(root, 'err')), status };
    const norm = (s: string) => s.split(bin + '/').join('BIN/').split(root).join('TMP');
    return { stdout: norm(r.out.toString('latin1')), stderr: norm(r.err.toString('latin1')), status: r.status };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Differences between ours and native, as short human-readable lines ([] when equal). */
export function compare(want: Outcome, got: Outcome): string[] {
  const d: string[] = [];
  if (want.stdout !== got.stdout) d.push(`stdout: native ${JSON.stringify(want.stdout)} ours ${JSON.stringify(got.stdout)}`);
  if (want.status !== got.status) d.push(`status: native ${want.status} ours ${got.status}`);
  if ((want.stderr === '') !== (got.stderr === '')) d.push(`stderr emptiness: native ${JSON.stringify(want.stderr)} ours ${JSON.stringify(got.stderr)}`);
  else if (want.stderr !== got.stderr && !/syntax error|unmatched/.test(want.stderr)) d.push(`stderr text: native ${JSON.stringify(want.stderr)} ours ${JSON.stringify(got.stderr)}`);
  return d;
}
