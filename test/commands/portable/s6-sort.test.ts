import { tableSuite, usage, PCase } from './_table';

const U = usage('s6-sort', 's6-sort [ -bcfru0 ]');
const FRUIT = 'banana\napple\nCherry\n apple\nbanana\n\tdate\nab\nabc\n';
const s = (args: string[], stdin: string, stdout: string, status = 0): PCase => ({ argv: ['s6-sort', ...args], stdin, stdout, status });
tableSuite('s6-sort', [
  s([], FRUIT, '\tdate\n apple\nCherry\nab\nabc\napple\nbanana\nbanana\n'),
  s(['-u'], FRUIT, '\tdate\n apple\nCherry\nab\nabc\napple\nbanana\n'),
  s(['-r'], FRUIT, 'banana\nbanana\napple\nabc\nab\nCherry\n apple\n\tdate\n'),
  s(['-ru'], FRUIT, 'banana\napple\nabc\nab\nCherry\n apple\n\tdate\n'),
  s(['-f'], 'b\nC\na\n', 'a\nb\nC\n'),
  s(['-fu'], 'b\nB\na\n', 'a\nB\n'),
  s([], '  b\na\n\tc\n d\n', '\tc\n  b\n d\na\n'),
  s(['-b'], '  b\na\n\tc\n d\n', 'a\n  b\n\tc\n d\n'),
  s([], 'b\na', 'a\nb\n'),
  s([], '\xe9\nz\n', 'z\n\xe9\n'),
  s(['-0'], 'b\0a\0c', 'a\0b\0c\0'),
  s(['-0'], 'x\ny\0a\0', 'a\0x\ny\0'),
  s([], '', ''),
  s(['ignored-arg'], 'b\na\n', 'a\nb\n'),
  s(['-c'], 'a\nb\nb\n', '', 0),
  s(['-c'], 'b\na\n', '', 1),
  s(['-cu'], 'a\nb\nb\n', '', 1),
  s(['-cr'], 'b\na\n', '', 0),
  { argv: ['s6-sort', '-x'], stdin: 'b\na\n', stderr: U, status: 100 },
  { argv: ['sh', '-c', 'printf "b\\na\\n" | s6-sort > /dev/full'], stderr: 's6-sort: fatal: unable to write to stdout: No space left on device\n', status: 111 },
]);
