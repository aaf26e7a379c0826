import { goldenSuite, FD_PROBE } from './golden';

const U = 'fdclose: usage: fdclose fd prog...\n';
goldenSuite('fdclose', [
  { script: 'fdclose', stderr: U, status: 100 },
  { script: 'fdclose 1', stderr: U, status: 100 },
  { script: 'fdclose x true', stderr: U, status: 100 },
  { script: 'fdclose 99 echo ok', stdout: 'ok\n' },
  { script: 'fdclose 1000000 echo ok', stdout: 'ok\n' },
  { script: `fdclose 0 ${FD_PROBE}`, stdout: '1:pipe 2:pipe \n' },
  { script: `redirfd -w 6 f6 fdclose 6 ${FD_PROBE}`, stdout: '0:pipe 1:pipe 2:pipe \n' },
  { script: 'fdclose 1 sh -c "echo x || echo failed >&2"', stdout: '', stderr: 'sh: 1: echo: echo: I/O error\nfailed\n' },
]);
