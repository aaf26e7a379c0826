import { goldenSuite } from './golden';

const U = 'withstdinas: usage: withstdinas [ -i | -I | -D default ] [ -N | -n ] [ -E | -e ] var remainder...\n';
const SHOW = 'importas -D UNSET X X printf "[%s]\\n" $X';
goldenSuite('withstdinas', [
  { script: 'withstdinas', stderr: U, status: 100 },
  { script: 'withstdinas -x X true', stderr: U, status: 100 },
  { script: 'withstdinas X=Y true', stderr: 'withstdinas: fatal: invalid variable name\n', status: 100 },
  { script: 'withstdinas "" true', stderr: 'withstdinas: fatal: invalid variable name\n', status: 100 },
  { script: 'fdclose 0 withstdinas X true', stderr: 'withstdinas: fatal: unable to slurp: Bad file descriptor\n', status: 111 },
  { script: `withstdinas X ${SHOW}`, stdin: 'abc\n\n', stdout: '[abc\n]\n' },
  { script: `withstdinas -N X ${SHOW}`, stdin: 'abc\n', stdout: '[abc\n]\n' },
  { script: `withstdinas -N -n X ${SHOW}`, stdin: 'abc\n', stdout: '[abc]\n' },
  { script: `withstdinas X ${SHOW}`, stdin: '', stdout: '[]\n' },
  { script: `withstdinas X ${SHOW}`, stdin: 'a\0b\n', stdout: '[a]\n' },
  { script: `withstdinas X ${SHOW}`, stdin: 'a\n\0b', stdout: '[a\n]\n' },
  { script: `withstdinas -i X ${SHOW}`, stdin: 'a\0b\n', stderr: 'withstdinas: fatal: stdin contained a null character\n', status: 1 },
  { script: `withstdinas -I X ${SHOW}`, stdin: 'a\0b\n', stdout: '[UNSET]\n' },
  { script: `withstdinas -D dd X ${SHOW}`, stdin: 'a\0b\n', stdout: '[dd]\n', stderr: 'withstdinas: warning: stdin contained a null character - using default instead\n' },
  { script: `withstdinas -D dd X ${SHOW}`, stdin: 'fine\n', stdout: '[fine]\n' },
  { script: 'withstdinas -E X printf "[%s]\\n" x${X}y', stdin: 'a b\n', stdout: '[xa by]\n' },
  { script: 'withstdinas -E -I X printf "[%s]\\n" $X', stdin: 'a\0', stderr: 'importas: fatal: X not set\n', status: 100 },
  { script: 'redirfd -r 0 f withstdinas X importas X X echo $X', files: { f: 'from-file\n' }, stdout: 'from-file\n' },
]);
