import { goldenSuite, FD_PROBE } from './golden';

const U = 'fdmove: usage: fdmove [ -c ] to from prog...\n';
goldenSuite('fdmove', [
  { script: 'fdmove', stderr: U, status: 100 },
  { script: 'fdmove 1 2', stderr: U, status: 100 },
  { script: 'fdmove a 1 true', stderr: U, status: 100 },
  { script: 'fdmove 1 +2 true', stderr: U, status: 100 },
  { script: 'fdmove -x 1 2 true', stderr: U, status: 100 },
  { script: 'fdmove 1 99 true', stderr: 'fdmove: fatal: unable to move fd 99 to fd 1: Bad file descriptor\n', status: 111 },
  { script: 'fdmove 1000000 1 true', stderr: 'fdmove: fatal: unable to move fd 1 to fd 1000000: Bad file descriptor\n', status: 111 },
  { script: 'fdmove -c 1 1 true', stderr: 'fdmove: fatal: unable to move fd 1 to fd 1: Invalid argument\n', status: 111 },
  { script: 'fdmove 1 1 echo same', stdout: 'same\n' },
  { script: 'fdmove 7 7 echo closed-but-same', stdout: 'closed-but-same\n' },
  { script: 'fdmove -c 2 1 sh -c "echo to-stderr >&2"', stdout: 'to-stderr\n', stderr: '' },
  { script: 'fdmove 1 2 sh -c "echo x"', stdout: '', stderr: 'x\n' },
  // the exec'd program gets exactly the descriptors the chain set up
  { script: `fdmove -c 5 1 ${FD_PROBE}`, stdout: '0:pipe 1:pipe 2:pipe 5:pipe \n' },
  { script: `fdmove 5 0 ${FD_PROBE}`, stdout: '1:pipe 2:pipe 5:pipe \n' },
  { script: `fdmove 5 0 fdmove 6 5 fdmove -c 0 6 ${FD_PROBE}`, stdout: '0:pipe 1:pipe 2:pipe 6:pipe \n' },
  // a builtin after fdmove sees the moved fd
  { script: 'fdmove -c 3 1 fdmove 1 2 fdmove 2 3 sh -c "echo out; echo err >&2"', stdout: 'err\n', stderr: 'out\n' },
]);
