import { tableSuite, usage, PCase } from './_table';

const U = usage('s6-basename', 's6-basename [ -n ] file [ suffix ]');
const table: [string, string][] = [
  ['a/b/c', 'c'], ['/a/b/', 'b'], ['a', 'a'], ['/', '/'], ['//', '/'], ['///', '/'], ['', '.'],
  ['.', '.'], ['..', '..'], ['a//', 'a'], ['/a', 'a'], ['a/b//c//', 'c'], [' sp/x y ', 'x y '], ['-', '-'],
];
tableSuite('s6-basename', [
  ...table.map(([p, b]): PCase => ({ argv: ['s6-basename', p], stdout: b + '\n' })),
  { argv: ['s6-basename', 'x.c', '.c'], stdout: 'x\n' },
  { argv: ['s6-basename', '.c', '.c'], stdout: '.c\n' },
  { argv: ['s6-basename', 'dir/x.c/', '.c'], stdout: 'x\n' },
  { argv: ['s6-basename', 'x.c', 'y'], stdout: 'x.c\n' },
  { argv: ['s6-basename', '-n', 'a/b'], stdout: 'b' },
  { argv: ['s6-basename', '--', '-n'], stdout: '-n\n' },
  { argv: ['s6-basename', 'a/-n', '-n'], stdout: '-n\n' },
  { argv: ['s6-basename'], stderr: U, status: 100 },
  { argv: ['s6-basename', '-x', 'a'], stderr: U, status: 100 },
  { argv: ['sh', '-c', 'exec s6-basename a > /dev/full'], stderr: 's6-basename: fatal: unable to write to stdout: No space left on device\n', status: 111 },
]);
