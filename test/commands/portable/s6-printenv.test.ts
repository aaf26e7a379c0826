import { tableSuite, usage } from './_table';

const E = { A: '1', B: 'x y' };
// the environment starts with PATH and HOME (see _table.ts); -i keeps only what follows
tableSuite('s6-printenv', [
  { argv: ['s6-env', '-i', 'A=1', 'B=x y', 's6-printenv'], stdout: 'A=1\nB=x y\n' },
  { argv: ['s6-env', '-i', 'A=1', 'B=x y', 's6-printenv', '-n'], stdout: 'A=1\nB=x y' },
  { argv: ['s6-env', '-i', 'A=1', 'B=x y', 's6-printenv', '-0'], stdout: 'A=1\0B=x y\0' },
  { argv: ['s6-env', '-i', 'A=1', 'B=x y', 's6-printenv', '-d', ':'], stdout: 'A=1:B=x y:' },
  { argv: ['s6-env', '-i', 'A=1', 'B=x y', 's6-printenv', '-d', ''], stdout: '3:A=1,5:B=x y,' },
  { argv: ['s6-env', '-i', 's6-printenv'], stdout: '' },
  { argv: ['s6-printenv', '-x'], env: E, stderr: usage('s6-printenv', 's6-printenv [ -n ] [ -0 | -d delimchar ]'), status: 100 },
]);
