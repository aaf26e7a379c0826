import { tableSuite, usage } from './_table';
import { SHIMS } from '../../helpers';

const P = `PATH=${SHIMS}:/usr/bin:/bin\n`;
tableSuite('s6-env', [
  { argv: ['s6-env'], env: { A: '1', B: 'x y', EMPTY: '' }, stdout: `${P}HOME=/root\nA=1\nB=x y\nEMPTY=\n` },
  // env_merge: a replaced entry's slot is taken by the last entry
  { argv: ['s6-env', 'X=1', 'Y=a b', 'HOME=override', 'Z='], stdout: `${P}Y=a b\nX=1\nHOME=override\nZ=\n` },
  { argv: ['s6-env', 'A=1', 'sh', '-c', 'echo A=$A B=${B-unset}', 'B=2'], stdout: 'A=1 B=unset\n' },
  { argv: ['s6-env', 'A=1', 'echo', 'B=2', 'C=3'], stdout: 'B=2 C=3\n' },
  { argv: ['s6-env', '-i'], stdout: '' },
  { argv: ['s6-env', '-i', 'A=1', 'env'], stdout: 'A=1\n' },
  { argv: ['s6-env', '--', 'X=1'], stdout: `${P}HOME=/root\nX=1\n` },
  { name: 'the program is looked up in the PATH s6-env was started with', argv: ['s6-env', 'PATH=/nonexistent', 'env'], stdout: 'HOME=/root\nPATH=/nonexistent\n' },
  { argv: ['s6-env', 'A=1', 'nonexistent-prog-xyz'], stderr: 's6-env: fatal: unable to exec nonexistent-prog-xyz: No such file or directory\n', status: 127 },
  { argv: ['s6-env', '-x'], stderr: usage('s6-env', 's6-env [ -i ] [ name=value... ] prog...'), status: 100 },
]);
