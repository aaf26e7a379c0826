// Drives every command of the core with random argv (seeded) in-process and
// asserts that no JS exception escapes: bad input must always end as an exit
// status with a diagnostic, never a crash.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import { registerIndex, runEmulatedChild, findBuiltin, setInterpreterPath } from '../../src/interp/chain';
import { SpawnFailure } from '../../src/interp/command';
import { Env } from '../../src/interp/env';
import { FdTable } from '../../src/runtime/fds';
import { commandIndex } from '../../src/commands';
import { tmpdir, ROOT } from '../helpers';
import * as path from 'node:path';

const t = suite('interp/fuzz');

const CORE = ['define', 'importas', 'import', 'multisubstitute', 'multidefine', 'elgetpositionals', 'elglob',
  'shift', 'dollarat', 'elgetopt', 'runblock', 'if', 'ifelse', 'ifte', 'ifthenelse', 'foreground', 'background',
  'exit', 'exec', 'tryexec', 'export', 'unexport', 'emptyenv', 'envfile', 'cd', 'execline-cd', 'posix-cd', 'umask',
  'execline-umask', 'posix-umask', 'eltest', 's6-test', 'getcwd', 'getpid', 'homeof', 'execlineb'];

const WORDS = ['-n', '-N', '-X', '-x', '-t', '-D', '-d', '-s', '-S', '-C', '-c', '-i', '-I', '-u', '-0', '-r', '-P', '-p',
  '-o', '-e', '-E', '-a', '-l', '-v', '-w', '-W', '-q', '-Dx', '-d:', '-x7', '-S1', '--', '-', '--x', '-Z', '',
  ' x', ' true', ' exit', '  ', ' ', '{', '}', 'A', '$A', '${A}', '\\$A', '=', 'A=B', '/nonexistent', '.', '..',
  'true', 'exit', '1', '0', '255', '256', '99999999999', '-1', '\\', '\xff', 'u=rwx', 'g-w', '(', ')', '!', '-a',
  '-z', '=~', 'root', 'nosuchuser', '#', '@', '1:a,', 'a b', '\n', '0777', '7abc'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

registerIndex(commandIndex);
// Children of builtins re-run the real interpreter, never this test file.
setInterpreterPath(path.join(ROOT, 'dist/execline.cjs'));

t('every core command exists', () => {
  for (const c of CORE) assert.ok(findBuiltin(c), `missing command ${c}`);
});

t('random argv never escapes as an exception', () => {
  const dir = tmpdir('elts-fuzz-');
  const devnull = fs.openSync('/dev/null', 'r+');
  const before = process.cwd();
  const umask = process.umask();
  process.chdir(dir);
  const rand = rng(20261128);
  const runs = 150;
  try {
    for (const name of CORE) {
      if (!findBuiltin(name)) continue;
      for (let i = 0; i < runs; i++) {
        const argv = [name];
        const n = Math.floor(rand() * 7);
        for (let k = 0; k < n; k++) argv.push(WORDS[Math.floor(rand() * WORDS.length)]);
        const parent = {
          env: new Env(['PATH=/usr/bin:/bin', 'A=1', '#=2', '0=x', '1=a', '2= b', 'HOME=/root']),
          cwd: dir, umask, fds: new FdTable(new Map([[0, devnull], [1, devnull], [2, devnull]])),
        };
        const child = { ...parent, env: parent.env.clone(), fds: parent.fds.clone() };
        try {
          runEmulatedChild(child, argv, parent);
        } catch (e) {
          if (e instanceof SpawnFailure) continue;
          assert.unreachable(`${JSON.stringify(argv)} threw ${(e as Error)?.stack ?? e}`);
        }
      }
    }
  } finally {
    process.chdir(before);
    process.umask(umask);
    fs.closeSync(devnull);
  }
});

t.run();
