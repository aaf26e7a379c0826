import { goldenSuite, FD_PROBE } from './golden';

const U = 'heredoc: usage: heredoc [ -d ] fd string command...\n';
const BIG = 'x'.repeat(100000);
goldenSuite('heredoc', [
  { script: 'heredoc x y cat', stderr: U, status: 100 },
  { script: 'heredoc 0 y', stderr: U, status: 100 },
  { script: 'heredoc -z 0 y cat', stderr: U, status: 100 },
  { script: 'heredoc 100000 x cat', stderr: 'heredoc: fatal: unable to read on fd 100000: Bad file descriptor\n', status: 111 },
  { script: 'heredoc 0 "hello\\nworld" cat', stdout: 'hello\nworld' },
  { script: 'heredoc -d 0 "hi\\n" cat', stdout: 'hi\n' },
  { script: 'heredoc 0 "" cat', stdout: '' },
  { script: 'heredoc 5 "five\\n" cat /dev/fd/5', stdout: 'five\n' },
  { script: 'heredoc 0 "a\\nb\\n" withstdinas -N X importas X X printf %s $X', stdout: 'a\nb\n' },
  { script: `heredoc 6 x ${FD_PROBE}`, stdout: '0:pipe 1:pipe 2:pipe 6:pipe \n' },
  // more than a pipe buffer: the rest is written while the command reads
  { script: `heredoc 0 ${BIG} wc -c`, stdout: '100000\n' },
  { script: `heredoc 0 ${BIG} head -c 3`, stdout: 'xxx' },
]);
