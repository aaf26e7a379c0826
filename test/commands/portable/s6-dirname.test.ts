import { tableSuite, usage, PCase } from './_table';

const U = usage('s6-dirname', 's6-dirname [ -n ] file');
const table: [string, string][] = [
  ['a/b/c', 'a/b'], ['a/b/', 'a'], ['a', '.'], ['/', '/'], ['//', '/'], ['///', '/'], ['/a', '/'], ['', '.'],
  ['.', '.'], ['..', '.'], ['a//b', 'a/'], ['///a///b///', '///a//'], ['a/', '.'], [' sp/x y ', ' sp'], ['../..', '..'],
];
tableSuite('s6-dirname', [
  ...table.map(([p, d]): PCase => ({ argv: ['s6-dirname', p], stdout: d + '\n' })),
  { argv: ['s6-dirname', '-n', 'a/b'], stdout: 'a' },
  { argv: ['s6-dirname', 'a/b', 'ignored'], stdout: 'a\n' },
  { argv: ['s6-dirname'], stderr: U, status: 100 },
  { argv: ['s6-dirname', '-n'], stderr: U, status: 100 },
  { argv: ['s6-dirname', '-x', 'a'], stderr: U, status: 100 },
  { argv: ['execlineb', '-Pc', 'fdclose 1 s6-dirname a/b'], stderr: 's6-dirname: fatal: unable to write to stdout: Bad file descriptor\n', status: 111 },
]);
