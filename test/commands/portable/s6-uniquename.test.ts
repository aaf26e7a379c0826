import { tableSuite, usage, PCase } from './_table';

const U = usage('s6-uniquename', 's6-uniquename [ -n randomlen ] prefix');
const host = require('node:os').hostname() as string;
tableSuite('s6-uniquename', [
  {
    name: 'prefix:@tai64n:pid:host:random, different each time',
    argv: ['sh', '-c', `a=$(s6-uniquename foo/bar-); b=$(s6-uniquename foo/bar-); [ "$a" != "$b" ] && echo differ; echo "$a" | sed -E 's/^foo\\/bar-:@4[0-9a-f]{23}:[0-9]+:${host}:[A-Za-z0-9_-]{8}$/shape-ok/'`],
    stdout: 'differ\nshape-ok\n',
  },
  { argv: ['sh', '-c', `s6-uniquename -n 0 p | sed -E 's/^p:@[0-9a-f]{24}:[0-9]+:${host}$/no-random/'`], stdout: 'no-random\n' },
  { argv: ['sh', '-c', `s6-uniquename -n 20 p | sed -E 's/^p:@[0-9a-f]{24}:[0-9]+:${host}:[A-Za-z0-9_-]{20}$/twenty/'`], stdout: 'twenty\n' },
  { argv: ['sh', '-c', 's6-uniquename x | wc -l'], stdout: '1\n' },
  ...[[], ['-n', 'x', 'p'], ['-z', 'p'], ['-n']].map((a): PCase => ({ argv: ['s6-uniquename', ...a], stderr: U, status: 100 })),
  { argv: ['sh', '-c', 'exec s6-uniquename p > /dev/full'], stderr: 's6-uniquename: fatal: unable to write to stdout: No space left on device\n', status: 111 },
]);
