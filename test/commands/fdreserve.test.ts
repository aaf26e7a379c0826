import { goldenSuite, FD_PROBE } from './golden';

const U = 'fdreserve: usage: fdreserve n prog...\n';
goldenSuite('fdreserve', [
  { script: 'fdreserve', stderr: U, status: 100 },
  { script: 'fdreserve 1', stderr: U, status: 100 },
  { script: 'fdreserve x env', stderr: U, status: 100 },
  { script: 'fdreserve 1000000 true', stderr: 'fdreserve: fatal: too many requested fds\n', status: 100 },
  // the odd one is set first (native order of the environment changes)
  { script: 'emptyenv fdreserve 3 env', stdout: 'FD2=5\nFD0=3\nFD1=4\n' },
  { script: 'emptyenv fdreserve 2 env', stdout: 'FD0=3\nFD1=4\n' },
  { script: 'emptyenv fdreserve 0 env', stdout: '' },
  // the lowest free virtual fds: 0 and 4 are free here
  { script: 'redirfd -w 3 f3 fdclose 0 emptyenv fdreserve 3 env', stdout: 'FD2=5\nFD0=0\nFD1=4\n' },
  { script: `fdreserve 2 importas -u r FD0 importas -u w FD1 piperw $r $w ${FD_PROBE}`, stdout: '0:pipe 1:pipe 2:pipe 3:pipe 4:pipe \n' },
  { script: 'fdreserve 2 importas -u r FD0 importas -u w FD1 piperw $r $w foreground { fdmove 1 $w echo via-pipe } fdclose $w fdmove 0 $r cat', stdout: 'via-pipe\n' },
]);
