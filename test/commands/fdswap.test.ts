import { goldenSuite, FD_PROBE } from './golden';

const U = 'fdswap: usage: fdswap fd1 fd2 prog...\n';
const EBADF = 'fdswap: fatal: unable to swap fds: Bad file descriptor\n';
goldenSuite('fdswap', [
  { script: 'fdswap 1', stderr: U, status: 100 },
  { script: 'fdswap 1 2', stderr: U, status: 100 },
  { script: 'fdswap x 1 true', stderr: U, status: 100 },
  { script: 'fdswap 1 99 true', stderr: EBADF, status: 111 },
  { script: 'fdswap 99 1 true', stderr: EBADF, status: 111 },
  { script: 'fdswap 98 99 true', stderr: EBADF, status: 111 },
  { script: 'fdswap 1 1 echo same', stdout: 'same\n' },
  { script: 'fdswap 99 99 echo same', stdout: 'same\n' },
  { script: 'fdswap 1 2 sh -c "echo out; echo err >&2"', stdout: 'err\n', stderr: 'out\n' },
  { script: `redirfd -w 3 a redirfd -w 4 b fdswap 3 4 ${FD_PROBE}`, stdout: '0:pipe 1:pipe 2:pipe 3:b 4:a \n' },
]);
