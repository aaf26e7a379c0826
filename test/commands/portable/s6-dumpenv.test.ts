import { tableSuite, usage, NOBODY, PCase } from './_table';

const U = usage('s6-dumpenv', 's6-dumpenv [ -N | -n ] [ -m mode ] envdir');
const SHOW = "for f in $(ls -A d); do printf '%s=[' $f; cat d/$f; echo ']'; done";
tableSuite('s6-dumpenv', [
  { argv: ['s6-dumpenv', 'd'], env: { A: '1', B: 'two words', E: '' }, check: `${SHOW}; stat -c '%n %a' d d/A`, state: 'A=[1]\nB=[two words]\nE=[]\nHOME=[/root]\nPATH=[' + process.env.EXECLINE_TS_ROOT + '/shims:/usr/bin:/bin]\nd 755\nd/A 644\n' },
  { argv: ['s6-dumpenv', '-N', 'd'], env: { A: '1' }, check: 'cat d/A | od -An -c', state: '   1  \\n\n' },
  { argv: ['s6-dumpenv', '-N', '-n', 'd'], env: { A: '1' }, check: 'cat d/A', state: '1' },
  { name: 'an existing directory: files replaced, others kept', setup: 'mkdir d && echo old > d/A && echo stale > d/Z', env: { A: 'new' }, argv: ['s6-dumpenv', 'd'], check: 'cat d/A; echo; cat d/Z; ls d', state: 'new\nstale\nA\nHOME\nPATH\nZ\n' },
  { name: '-m, under the umask, only for a new directory', setup: 'mkdir e && chmod 711 e', argv: ['sh', '-c', 's6-dumpenv -m 700 a && s6-dumpenv -m 777 b && s6-dumpenv -m 700 e'], check: "stat -c '%n %a' a b e", state: 'a 700\nb 755\ne 711\n' },
  { setup: 'touch file', argv: ['s6-dumpenv', 'file'], stderr: 's6-dumpenv: fatal: unable to mkdir file: Not a directory\n', status: 111 },
  { argv: ['s6-dumpenv', 'nope/d'], stderr: 's6-dumpenv: fatal: unable to mkdir nope/d: No such file or directory\n', status: 111 },
  { setpriv: NOBODY, argv: ['s6-dumpenv', 'd'], stderr: 's6-dumpenv: fatal: unable to mkdir d: Permission denied\n', status: 111 },
  { name: 'a name with a slash cannot be written', argv: ['env', 'a/b=1', `${process.env.EXECLINE_TS_ROOT}/shims/s6-dumpenv`, 'd'], stderr: 's6-dumpenv: fatal: unable to open d/a/b: No such file or directory\n', status: 111 },
  ...[[], ['-m', '9', 'd'], ['-m', '7x', 'd'], ['-x', 'd'], ['-m']].map((a): PCase => ({ argv: ['s6-dumpenv', ...a], stderr: U, status: 100 })),
]);
