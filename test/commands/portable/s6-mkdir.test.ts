import { tableSuite, usage } from './_table';

const U = usage('s6-mkdir', 's6-mkdir [ -p ] [ -v ] [ -m mode ] dir');
const STAT = (files: string): string => `stat -c '%n %F %a' ${files}`;
tableSuite('s6-mkdir', [
  { argv: ['s6-mkdir', 'a', 'b'], check: STAT('a b'), state: 'a directory 755\nb directory 755\n' },
  { argv: ['s6-mkdir', '-p', 'x/y/z'], check: STAT('x x/y x/y/z'), state: 'x directory 755\nx/y directory 755\nx/y/z directory 755\n' },
  { setup: 'mkdir -p x/y/z', argv: ['s6-mkdir', '-p', 'x/y/z'], check: STAT('x/y/z'), state: 'x/y/z directory 755\n' },
  { name: '-m ignores the umask and applies to parents', argv: ['s6-mkdir', '-p', '-m', '1777', 'm/n'], check: STAT('m m/n'), state: 'm directory 1777\nm/n directory 1777\n' },
  { name: '-m accepts trailing junk', argv: ['s6-mkdir', '-m', '75x', 'j'], check: STAT('j'), state: 'j directory 75\n' },
  { argv: ['s6-mkdir', '-p', './p//q/'], check: STAT('p p/q'), state: 'p directory 755\np/q directory 755\n' },
  { name: '-p accepts an existing non-directory', setup: 'touch f', argv: ['s6-mkdir', '-p', 'f'], check: STAT('f'), state: 'f regular empty file 644\n' },
  { name: 'an existing directory is an error without -p', setup: 'mkdir a', argv: ['s6-mkdir', 'a', 'b'], stderr: 's6-mkdir: warning: unable to mkdir a: File exists\n', status: 111, check: STAT('b'), state: 'b directory 755\n' },
  { argv: ['s6-mkdir', 'a', 'nope/b', 'c'], stderr: 's6-mkdir: warning: unable to mkdir nope/b: No such file or directory\n', status: 111, check: 'ls', state: 'a\nc\n' },
  { argv: ['s6-mkdir', '-v', 'a'], stderr: 's6-mkdir: created directory a\n' },
  { setup: 'mkdir x', argv: ['s6-mkdir', '-pv', 'x/y/z'], stderr: 's6-mkdir: created directory x/y\ns6-mkdir: created directory x/y/z\n' },
  { name: 'no operand', argv: ['s6-mkdir'] },
  { argv: ['s6-mkdir', '-z', 'a'], stderr: U, status: 100 },
  { argv: ['s6-mkdir', '-m'], stderr: U, status: 100 },
  { argv: ['s6-mkdir', '-m', '9', 'a'], stderr: U, status: 100 },
]);
