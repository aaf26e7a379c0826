// s6-test (s6-portable-utils 2.2.5.1, spec §6.5, §10.7). That version is not
// packaged, so these expectations come from the spec's runs of a build of it and
// from the s6 conformance corpus; they are checked on ours only. (The native
// deprecation warning is deliberately not printed: docs/divergences.md.)
import { tableSuite } from '../_table';

const BRACKET = 'backtick -E t { sh -c "command -v s6-test" } if { mkdir bb } if { ln -s $t bb/[ } importas -i P PATH export PATH bb:${P} ';
let n = 0;
/** run cmd, print "label => status" (each result in its own variable: importas substitutes the whole rest) */
const status = (cmd: string, label: string) => { n++; return `foreground { ${cmd} } importas -u r${n} ? foreground { echo "${label} => ${'$'}{r${n}}" } `; };

tableSuite('s6-test', [
  { script: 's6-test', stdout: '', stderr: '', status: 1, oursOnly: true },
  { script: 's6-test a = a', stdout: '', stderr: '', status: 0, oursOnly: true },
  { script: 's6-test a = b', stdout: '', stderr: '', status: 1, oursOnly: true },
  { script: 's6-test -n', stdout: '', stderr: 's6-test: fatal: parse error at argument 1\n', status: 100, oursOnly: true },
  { script: 's6-test 1 -eq ""', stdout: '', stderr: 's6-test: fatal: -eq requires integer arguments\n', status: 100, oursOnly: true },
  { script: 's6-test 12abc -eq 12', stdout: '', stderr: '', status: 0, oursOnly: true },
  { script: 's6-test ( a', stdout: '', stderr: 's6-test: fatal: parse error: too many left parentheses\n', status: 100, oursOnly: true },
  { script: 's6-test a )', stdout: '', stderr: 's6-test: fatal: parse error: bad right parenthesis at argument 2\n', status: 100, oursOnly: true },
  { script: 's6-test x =~ \\\\(', stdout: '', stderr: 's6-test: fatal: : unable to compile ( into a regular expression: Unmatched ( or \\(\n', status: 100, oursOnly: true },
  { script: 's6-test abc =~ ^a', stdout: '', stderr: '', status: 0, oursOnly: true },
  { script: 's6-test -n x ]', stdout: '', stderr: 's6-test: fatal: parse error at argument 2\n', status: 100, oursOnly: true },
  {
    script: BRACKET + status('[ -n x ]', '[ -n x ]') + status('[ -z x ]', '[ -z x ]') + status('[ a = a ]', '[ a = a ]')
      + status('[ -n x', '[ -n x') + status('[ ]', '[ ]') + status('[ ! ]', '[ ! ]') + status('[ x ] ]', '[ x ] ]')
      + status('[ a = a \\\\]', '[ a = a escaped]') + status('[', '[') + status('bb/[ a = a ]', 'bb/[ a = a ]') + 'echo end',
    // (bb/[ written out is not the bracket form: argv[0] is not exactly "[")
    stdout: '[ -n x ] => 0\n[ -z x ] => 1\n[ a = a ] => 0\n[ -n x => 100\n[ ] => 100\n[ ! ] => 100\n[ x ] ] => 100\n[ a = a escaped] => 0\n[ => 1\nbb/[ a = a ] => 100\nend\n',
    stderr: 's6-test: fatal: parse error: missing closing bracket\ns6-test: fatal: parse error at argument 0\ns6-test: fatal: parse error at argument 1\ns6-test: fatal: parse error at argument 1\ns6-test: fatal: parse error at argument 3\n',
    status: 0, oursOnly: true,
  },
  {
    // a [ that is not reached through PATH is no bracket: ./[ is plain s6-test
    script: 'backtick -E t { sh -c "command -v s6-test" } if { ln -s $t [ } ./[ a = a ]',
    stdout: '', stderr: 's6-test: fatal: parse error at argument 3\n', status: 100, oursOnly: true,
  },
  {
    // -r/-w/-x look at the mode bits of the class the effective ids fall in (no root override)
    script: 'if { chmod 044 g } if { chmod 400 o } if { chmod 100 x } if { ln -s nowhere dl } '
      + status('s6-test -r g', '-r g') + status('s6-test -r o', '-r o') + status('s6-test -w o', '-w o')
      + status('s6-test -x x', '-x x') + status('s6-test -r x', '-r x') + status('s6-test -e dl', '-e dl')
      + status('s6-test -e g', '-e g') + status('s6-test -r nope', '-r nope') + 'echo end',
    files: { g: '', o: '', x: '' },
    stdout: '-r g => 1\n-r o => 0\n-w o => 1\n-x x => 0\n-r x => 1\n-e dl => 1\n-e g => 0\n-r nope => 1\nend\n',
    stderr: '', status: 0, oursOnly: true,
  },
]);
