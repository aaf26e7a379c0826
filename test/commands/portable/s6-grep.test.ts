import { tableSuite, usage, PCase } from './_table';

const U = usage('s6-grep', 's6-grep [ -E | -F ] [ -i ] [ -c ] [ -n ] [ -q ] [ -v ] pattern');
const TEXT = 'alpha\nBeta\ngamma delta\na.c\nabc\na|b\nALPHA beta\naaa+\nzulu\nEND\nlast line';
const g = (args: string[], stdout: string, status = 0, stdin: string = TEXT): PCase => ({ argv: ['s6-grep', ...args], stdin, stdout, status });
tableSuite('s6-grep', [
  g(['^a'], 'alpha\na.c\nabc\na|b\naaa+\n'),
  g(['ta$'], 'Beta\ngamma delta\nALPHA beta\n'),
  g(['a.c'], 'a.c\nabc\n'),
  g(['a\\{3\\}'], 'aaa+\n'),
  g(['a|b'], 'a|b\n'),
  g(['a+'], 'aaa+\n'),
  g(['-E', '^(alpha|abc)$'], 'alpha\nabc\n'),
  g(['-E', 'a+b?c'], 'abc\n'),
  g(['-i', 'alpha'], 'alpha\nALPHA beta\n'),
  g(['-iE', '^b'], 'Beta\n'),
  g(['-F', 'a.c'], 'a.c\n'),
  g(['-F', ''], TEXT + '\n'),
  g([''], TEXT + '\n'),
  // -F -i: the native case_str test (offset below the pattern length)
  g(['-i', '-F', 'BETA'], 'Beta\na.c\nabc\na|b\nEND\n'),
  g(['-Fi', 'A.C'], 'a.c\n'),
  g(['-v', 'a'], 'zulu\nEND\n'),
  g(['-n', 't'], '2:Beta\n3:gamma delta\n7:ALPHA beta\n11:last line\n'),
  g(['-vn', 'a'], '9:zulu\n10:END\n'),
  g(['zzz'], '', 1),
  // -c never shows its count in 2.2.5.1; the status still tells
  g(['-c', 'a'], ''),
  g(['-c', 'zzz'], '', 1),
  g(['-q', 'alpha'], ''),
  g(['-q', 'zzz'], '', 1),
  g(['-qv', ''], '', 1),
  g(['y'], 'y\n', 0, 'x\ny'),
  g(['-n', ''], '1:one\n2:\n3:three\n', 0, 'one\n\nthree'),
  // a line is matched up to its first NUL, but printed whole
  g(['b'], 'b\0a\n', 0, 'a\0b\nb\0a\n'),
  g(['x'], '', 1, ''),
  { argv: ['s6-grep', '-E', '('], stdin: TEXT, stderr: 's6-grep: fatal: unable to compile regular expression: Unmatched ( or \\(\n', status: 111 },
  { argv: ['s6-grep', 'a\\{1'], stdin: TEXT, stderr: 's6-grep: fatal: unable to compile regular expression: Unmatched \\{\n', status: 111 },
  { argv: ['sh', '-c', 's6-grep a > /dev/full'], stdin: TEXT, stderr: 's6-grep: fatal: unable to write to stdout: No space left on device\n', status: 111 },
  { argv: ['s6-grep'], stderr: U, status: 100 },
  { argv: ['s6-grep', '-x', 'a'], stderr: U, status: 100 },
]);
