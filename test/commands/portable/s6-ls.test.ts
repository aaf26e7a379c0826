import { tableSuite, usage, NOBODY } from './_table';

const U = usage('s6-ls', 's6-ls [ -0 ] [ -a | -A ] [ -x exclude ] dir');
const TREE = 'mkdir d d/sub && touch d/b d/a d/.h d/c d/..x && mkdir d/.hd';
const sorted = (argv: string[]): string[] => ['sh', '-c', `${argv.map((a) => `'${a}'`).join(' ')} | LC_ALL=C sort -z | tr '\\0' '|'`];
tableSuite('s6-ls', [
  { setup: TREE, argv: ['sh', '-c', 's6-ls d | LC_ALL=C sort'], stdout: 'a\nb\nc\nsub\n' },
  { setup: TREE, argv: sorted(['s6-ls', '-0', 'd']), stdout: 'a|b|c|sub|' },
  { setup: TREE, argv: sorted(['s6-ls', '-0', '-a', 'd']), stdout: '..x|.h|.hd|a|b|c|sub|' },
  { setup: TREE, argv: sorted(['s6-ls', '-0', '-A', 'd']), stdout: '.|..|..x|.h|.hd|a|b|c|sub|' },
  { setup: TREE, argv: sorted(['s6-ls', '-0', '-A', '-x', '..', 'd']), stdout: '.|..x|.h|.hd|a|b|c|sub|' },
  { setup: TREE, argv: sorted(['s6-ls', '-0', '-x', 'nomatch', '-x', 'c', 'd']), stdout: 'a|b|sub|' },
  { setup: 'mkdir e', argv: ['s6-ls', 'e'], stdout: '' },
  { argv: ['s6-ls', 'nope'], stderr: 's6-ls: fatal: unable to open directory nope: No such file or directory\n', status: 111 },
  { setup: 'touch file', argv: ['s6-ls', 'file'], stderr: 's6-ls: fatal: unable to open directory file: Not a directory\n', status: 111 },
  { setpriv: NOBODY, setup: 'mkdir priv && chmod 700 priv', argv: ['s6-ls', 'priv'], stderr: 's6-ls: fatal: unable to open directory priv: Permission denied\n', status: 111 },
  { setup: TREE, argv: ['sh', '-c', 'exec s6-ls d > /dev/full'], stderr: 's6-ls: fatal: unable to write to stdout: No space left on device\n', status: 111 },
  { argv: ['s6-ls'], stderr: U, status: 100 },
  { argv: ['s6-ls', '-z', '.'], stderr: U, status: 100 },
  { argv: ['s6-ls', '-x'], stderr: U, status: 100 },
]);
