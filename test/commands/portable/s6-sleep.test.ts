import { tableSuite, usage, PCase } from './_table';

const U = usage('s6-sleep', 's6-sleep [ -m ] duration prog...');
tableSuite('s6-sleep', [
  { argv: ['s6-sleep', '0'], stdout: '' },
  { argv: ['s6-sleep', '0', 'echo', 'hi'], stdout: 'hi\n' },
  { argv: ['s6-sleep', '-m', '0', 'echo', 'milli'], stdout: 'milli\n' },
  { argv: ['s6-sleep', '-m', '30', 's6-echo', '--', '-n', 'done'], stdout: '-n done\n' },
  { argv: ['s6-sleep', '0', 'sh', '-c', 'exit 5'], status: 5 },
  {
    name: 'it really waits',
    argv: ['sh', '-c', 's=$(date +%s%N); s6-sleep -m 300; e=$(date +%s%N); [ $(( (e - s) / 1000000 )) -ge 290 ] && echo waited'],
    stdout: 'waited\n',
  },
  { argv: ['s6-sleep', '0', 'nonexistent-prog-xyz'], stderr: 's6-sleep: fatal: unable to exec nonexistent-prog-xyz: No such file or directory\n', status: 127 },
  ...[[], ['x'], ['-1'], ['1.5'], ['-z', '1'], [''], ['-m']].map((a): PCase => ({ argv: ['s6-sleep', ...a], stderr: U, status: 100 })),
]);
