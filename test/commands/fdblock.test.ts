import { goldenSuite } from './golden';

const U = 'fdblock: usage: fdblock [ -n ] fd prog...\n';
// flags of fd 5 as the exec'd program sees them (octal, from fdinfo)
const FLAGS = 'sh -c "grep flags /proc/$$/fdinfo/5"';
goldenSuite('fdblock', [
  { script: 'fdblock', stderr: U, status: 100 },
  { script: 'fdblock 1', stderr: U, status: 100 },
  { script: 'fdblock x true', stderr: U, status: 100 },
  { script: 'fdblock 99 true', stderr: 'fdblock: fatal: unable to ndelay_off: Bad file descriptor\n', status: 111 },
  { script: 'fdblock -n 99 true', stderr: 'fdblock: fatal: unable to ndelay_on: Bad file descriptor\n', status: 111 },
  { script: `redirfd -r 5 f fdblock -n 5 ${FLAGS}`, files: { f: 'x' }, stdout: 'flags:\t0104000\n' },
  { script: `redirfd -r 5 f fdblock -n 5 fdblock 5 ${FLAGS}`, files: { f: 'x' }, stdout: 'flags:\t0100000\n' },
  { script: `redirfd -nr 5 f fdblock 5 ${FLAGS}`, files: { f: 'x' }, stdout: 'flags:\t0100000\n' },
]);
