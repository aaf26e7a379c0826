import { goldenSuite, FD_PROBE } from './golden';

const U = 'pipeline: usage: pipeline [ -d ] [ -r | -w ] { command... } command...\n';
goldenSuite('pipeline', [
  { script: 'pipeline -x { true } true', stderr: U, status: 100 },
  { script: 'pipeline { printf "a\\nb\\n" } wc -l', stdout: '2\n' },
  { script: 'pipeline -r { printf "a\\nb\\n" } wc -l', stdout: '2\n' },
  { script: 'pipeline -w { wc -l } printf "a\\nb\\n"', stdout: '2\n' },
  { script: 'pipeline -w { wc -l } foreground { echo one } echo two', stdout: '2\n' },
  { script: 'pipeline { echo x }', stderr: 'pipeline: fatal: empty remainder\n', status: 100 },
  { script: 'pipeline echo x', stderr: 'pipeline: fatal: unterminated block\n', status: 100 },
  { script: 'pipeline { } cat', stdout: '' },
  { script: 'pipeline { nonexistent-cmd } cat', stderr: 'pipeline: fatal: unable to spawn nonexistent-cmd: No such file or directory\n', status: 111 },
  { script: 'pipeline { pipeline { echo abc } tr a-z A-Z } cat', stdout: 'ABC\n' },
  { script: 'pipeline { echo hi } withstdinas X importas X X echo $X', stdout: 'hi\n' },
  { script: 'pipeline { echo x } importas ! ! sh -c "test $1 -gt 1 && echo pid-ok" x $!', stdout: 'pid-ok\n' },
  // the remainder is in this process; the status is the remainder's
  { script: 'pipeline { exit 3 } cat', stdout: '', status: 0 },
  { script: 'pipeline { echo x } sh -c "cat; exit 4"', stdout: 'x\n', status: 4 },
  // the block gets the pipe as its stdout, the remainder as its stdin, nothing else
  { script: `pipeline { echo x } ${FD_PROBE}`, stdout: '0:pipe 1:pipe 2:pipe \n' },
  { script: `redirfd -w 7 f7 pipeline { ${FD_PROBE} } cat`, stdout: '0:pipe 1:pipe 2:pipe 7:f7 \n' },
  { script: `pipeline -w { cat } redirfd -w 8 f8 ${FD_PROBE}`, stdout: '0:pipe 1:pipe 2:pipe 8:f8 \n' },
  // a builtin block: a process of its own, with the same descriptors
  { script: `piperw 5 6 pipeline { fdclose 5 ${FD_PROBE} } cat`, stdout: '0:pipe 1:pipe 2:pipe 6:pipe \n' },
  // -d: the block is a grandchild, still with the pipe; ! is its pid; the remainder cannot wait for it
  { script: 'pipeline -d { printf "a\\nb\\n" } wc -l', stdout: '2\n' },
  { script: 'pipeline -dw { wc -l } printf "a\\nb\\n"', stdout: '2\n' },
  { script: 'pipeline -d { } cat', stdout: '' },
  { script: 'pipeline -d { nonexistent-cmd } cat', stderr: 'pipeline (grandchild): fatal: unable to exec nonexistent-cmd: No such file or directory\n' },
  { script: `pipeline -d { fdmove -c 2 1 ${FD_PROBE} } cat`, stdout: '0:pipe 1:pipe 2:pipe \n' },
  { script: 'pipeline -d { sleep 3 } importas ! ! sh -c "test $1 -gt 1 && wait $1; echo $?" x $!', stdout: '127\n' },
  { script: 'pipeline -d { foreground { echo a } echo b } cat', stdout: 'a\nb\n' },
]);
