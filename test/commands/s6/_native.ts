// Golden tests for the s6 tools: each case runs with our shims and with the
// native s6 2.11.3.2 binaries in /usr/bin, and stdout, stderr and the exit
// status must be identical. Cases that read the account databases run in a
// private mount namespace over a case-local passwd/group, never the real files.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SHIMS, tmpdir } from '../../helpers';

export const NATIVE_S6 = '/usr/bin';

export interface S6Case {
  /** the command line; argv[0] is looked up in the bin dir under test */
  argv: string[];
  env?: Record<string, string>;
  /** files to create in the fresh cwd (directories: names ending in /) */
  files?: Record<string, string>;
  /** symlinks to create in the cwd: name → target */
  links?: Record<string, string>;
  /** run under setpriv with these options (e.g. start from known groups, or as nobody) */
  setpriv?: string[];
  /** bind-mount these as /etc/passwd and /etc/group in a private mount namespace */
  accounts?: { passwd: string; group: string };
}

export interface Result { stdout: string; stderr: string; status: number | null }

/** Print uid, gid and groups the way `id` sees them. */
export const SHOW_IDS = ['sh', '-c', 'echo "uid=$(id -u) gid=$(id -g) groups=$(id -G)"'];

export function runCase(bin: string, c: S6Case): Result {
  const cwd = tmpdir('elts-s6-');
  try {
    for (const [name, text] of Object.entries(c.files ?? {})) {
      const p = path.join(cwd, name);
      if (name.endsWith('/')) fs.mkdirSync(p, { recursive: true });
      else { fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, text, 'latin1'); }
    }
    for (const [name, target] of Object.entries(c.links ?? {})) fs.symlinkSync(target, path.join(cwd, name));
    let cmd = [path.join(bin, c.argv[0]), ...c.argv.slice(1)];
    if (c.setpriv) cmd = ['setpriv', ...c.setpriv, ...cmd];
    if (c.accounts) {
      fs.writeFileSync(path.join(cwd, 'passwd'), c.accounts.passwd);
      fs.writeFileSync(path.join(cwd, 'group'), c.accounts.group);
      cmd = ['unshare', '-m', '--propagation', 'private', 'sh', '-c',
        `mount --bind "${cwd}/passwd" /etc/passwd && mount --bind "${cwd}/group" /etc/group && exec "$@"`, 'sh', ...cmd];
    }
    fs.chmodSync(cwd, 0o755);
    const r = spawnSync(cmd[0], cmd.slice(1), {
      cwd, encoding: 'latin1', timeout: 20000, input: '',
      // one PATH for both: our builtins find each other by name, the native ones by /usr/bin paths
      env: { PATH: '/usr/bin:/bin', HOME: '/root', ...(c.env ?? {}) },
    });
    const anon = (x: string | null): string => (x ?? '').split(cwd).join('CWD');
    return { stdout: anon(r.stdout), stderr: anon(r.stderr), status: r.status };
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

/** One suite: every case must behave exactly as the native tool. */
export function nativeSuite(name: string, cases: S6Case[]): void {
  const t = suite(name);
  for (const c of cases) {
    const label = JSON.stringify(c.argv) + (c.env ? ' ' + JSON.stringify(c.env) : '') + (c.setpriv ? ' setpriv ' + c.setpriv.join(' ') : '');
    t(label, () => {
      const want = runCase(NATIVE_S6, c);
      const got = runCase(SHIMS, c);
      assert.is(got.stdout, want.stdout, 'stdout');
      assert.is(got.stderr, want.stderr, 'stderr');
      assert.is(got.status, want.status, 'status');
    });
  }
  t.run();
}

/** A small account database (Debian-like ids), for the namespace cases. */
export const ACCOUNTS = {
  passwd: [
    'root:x:0:0:root:/root:/bin/sh',
    'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
    'alice:x:1000:1000::/home/alice:/bin/sh',
    'bob:x:1001:100::/home/bob:/bin/sh',
    'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
    '',
  ].join('\n'),
  group: [
    'root:x:0:',
    'daemon:x:1:',
    'adm:x:4:alice,daemon',
    'staff:x:50:bob,alicex,alice',
    'users:x:100:',
    'alice:x:1000:',
    'audio:x:29:bob',
    'nogroup:x:65534:',
    '',
  ].join('\n'),
};
