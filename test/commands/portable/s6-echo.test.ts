import { tableSuite, usage } from './_table';

const U = usage('s6-echo', 's6-echo [ -n ] [ -s sep ] args...');
tableSuite('s6-echo', [
  { argv: ['s6-echo', 'a', 'b c', '', 'd'], stdout: 'a b c  d\n' },
  { argv: ['s6-echo'], stdout: '\n' },
  { argv: ['s6-echo', '-n', 'x', 'y'], stdout: 'x y' },
  { argv: ['s6-echo', '-s', ':', 'a', 'b', 'c'], stdout: 'a:b:c\n' },
  { argv: ['s6-echo', '-s', '::', 'a', 'b'], stdout: 'a:b\n' },
  { argv: ['s6-echo', '-s', '', 'a', 'b'], stdout: 'a\0b\n' },
  { argv: ['s6-echo', '-ns,', 'a', 'b'], stdout: 'a,b' },
  { argv: ['s6-echo', '--', '-n'], stdout: '-n\n' },
  { argv: ['s6-echo', 'a', '-n'], stdout: 'a -n\n' },
  { argv: ['s6-echo', '-x'], stderr: U, status: 100 },
  { argv: ['s6-echo', '-s'], stderr: U, status: 100 },
  { argv: ['sh', '-c', 'exec s6-echo hi > /dev/full'], stderr: 's6-echo: fatal: unable to write to stdout: No space left on device\n', status: 111 },
  { argv: ['execlineb', '-Pc', 'fdclose 1 s6-echo hi'], stderr: 's6-echo: fatal: unable to write to stdout: Bad file descriptor\n', status: 111 },
]);
