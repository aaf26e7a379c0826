import { tableSuite, usage, PCase } from './_table';

const U = usage('s6-seq', 's6-seq [ -w ] [ -s separator ] limits');
const s = (args: string[], stdout: string): PCase => ({ argv: ['s6-seq', ...args], stdout });
tableSuite('s6-seq', [
  s(['5'], '1\n2\n3\n4\n5\n'),
  s(['1'], '1\n'),
  s(['0'], ''),
  s(['3', '5'], '3\n4\n5\n'),
  s(['5', '3'], ''),
  s(['1', '3', '10'], '1\n4\n7\n10\n'),
  s(['0', '5', '20'], '0\n5\n10\n15\n20\n'),
  s(['2', '100', '5'], '2\n'),
  s(['-w', '8', '12'], '08\n09\n10\n11\n12\n'),
  s(['-w', '5', '10', '99'], '05\n15\n25\n35\n45\n55\n65\n75\n85\n95\n'),
  s(['-w', '98', '101'], '098\n099\n100\n101\n'),
  s(['-w', '0', '0'], '0\n'),
  s(['-s', ',', '3'], '1,2,3,'),
  s(['-s', ', ', '2'], '1, 2, '),
  s(['-s', '', '2'], '1\x002\x00'),
  s(['4294967294', '4294967295'], '4294967294\n4294967295\n'),
  { argv: ['sh', '-c', 's6-seq 100000 | cksum'], stdout: '2052179976 588895\n' },
  ...[[], ['1', '2', '3', '4'], ['-1'], ['abc'], ['3x'], [''], ['-z', '3'], ['1', '', '3'], ['4294967296']].map((a): PCase => ({ argv: ['s6-seq', ...a], stderr: U, status: 100 })),
  { name: 'a closed pipe: killed by SIGPIPE, silently', argv: ['bash', '-c', 's6-seq 1000000 | head -1; echo "${PIPESTATUS[0]}"'], stdout: '1\n141\n' },
  { argv: ['sh', '-c', 'exec s6-seq 3 > /dev/full'], stderr: 's6-seq: fatal: unable to write to stdout: No space left on device\n', status: 111 },
]);
