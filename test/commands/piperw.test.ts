import { goldenSuite, FD_PROBE } from './golden';

const U = 'piperw: usage: piperw fdr fdw prog...\n';
goldenSuite('piperw', [
  { script: 'piperw 5 5 true', stderr: U, status: 100 },
  { script: 'piperw 5 6', stderr: U, status: 100 },
  { script: 'piperw x 6 true', stderr: U, status: 100 },
  { script: 'piperw 5 100000 true', stderr: 'piperw: fatal: unable to move fds: Bad file descriptor\n', status: 111 },
  { script: `piperw 7 4 ${FD_PROBE}`, stdout: '0:pipe 1:pipe 2:pipe 4:pipe 7:pipe \n' },
  { script: 'piperw 5 6 foreground { fdclose 5 fdmove 1 6 echo from-fg } fdclose 6 fdmove 0 5 cat', stdout: 'from-fg\n' },
  // the write end held by this process is closed with fdclose: a builtin reader sees EOF
  { script: 'piperw 5 6 foreground { fdmove 1 6 echo a } fdclose 6 fdmove 0 5 withstdinas X importas X X echo $X', stdout: 'a\n' },
  // a block started as a process of its own gets both ends
  { script: 'piperw 5 6 pipeline { fdmove 1 6 echo from-bg } fdclose 6 fdmove 0 5 withstdinas -E X echo $X', stdout: 'from-bg\n' },
]);
