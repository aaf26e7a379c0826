import { goldenSuite, FD_PROBE } from './golden';

const U = 'redirfd: usage: redirfd -[ r | w | u | a | x ] [ -n ] [ -b ] fd file prog...\n';
goldenSuite('redirfd', [
  { script: 'redirfd 1 f true', stderr: U, status: 100 },
  { script: 'redirfd -w 1 f', stderr: U, status: 100 },
  { script: 'redirfd -w x f true', stderr: U, status: 100 },
  { script: 'redirfd -r 0 /nonexistent true', stderr: 'redirfd: fatal: unable to open /nonexistent: No such file or directory\n', status: 111 },
  { script: 'redirfd -x 1 f true', files: { f: '' }, stderr: 'redirfd: fatal: unable to open f: File exists\n', status: 111 },
  // options only before fd: -w is the file name
  { script: 'redirfd -r 0 -w 1 f cat', stderr: 'redirfd: fatal: unable to open -w: No such file or directory\n', status: 111 },
  { script: 'redirfd -w 100000 /dev/null true', stderr: 'redirfd: fatal: unable to move fd 3 to fd 100000: Bad file descriptor\n', status: 111 },
  { script: 'redirfd -r 0 f cat', files: { f: 'content\n' }, stdout: 'content\n' },
  { script: 'foreground { redirfd -w 1 f echo one } foreground { redirfd -a 1 f echo two } cat f', stdout: 'one\ntwo\n' },
  { script: 'foreground { redirfd -w 1 f echo new } cat f', files: { f: 'old old old\n' }, stdout: 'new\n' },
  { script: 'foreground { redirfd -u 1 f echo AB } cat f', files: { f: 'xyzw\n' }, stdout: 'AB\nw\n' },
  { script: 'foreground { redirfd -x 1 g echo made } cat g', stdout: 'made\n' },
  { script: 'umask 077 foreground { redirfd -w 1 g true } stat -c %a g', stdout: '600\n' },
  // a later redirection of the same fd replaces the earlier one
  { script: `redirfd -w 1 o1 redirfd -w 1 o2 ${FD_PROBE}`, stdout: '' },
  { script: `redirfd -w 6 out ${FD_PROBE}`, stdout: '0:pipe 1:pipe 2:pipe 6:out \n' },
  { script: `redirfd -r 3 f fdmove 0 3 ${FD_PROBE}`, files: { f: '' }, stdout: '0:f 1:pipe 2:pipe \n' },
  // a FIFO with no reader: opened for writing non-blockingly through a temporary reader
  { script: 'foreground { mkfifo p } redirfd -nwb 1 p sh -c "echo ok >&2"', stderr: 'ok\n' },
  // -b flips the blocking mode after the open
  { script: 'redirfd -rb 5 f sh -c "grep flags /proc/$$/fdinfo/5"', files: { f: '' }, stdout: 'flags:\t0104000\n' },
  { script: 'redirfd -nrb 5 f sh -c "grep flags /proc/$$/fdinfo/5"', files: { f: '' }, stdout: 'flags:\t0100000\n' },
  { script: 'redirfd -nr 5 f sh -c "grep flags /proc/$$/fdinfo/5"', files: { f: '' }, stdout: 'flags:\t0104000\n' },
  // last mode wins
  { script: 'foreground { redirfd -xw 1 f echo w-wins } cat f', files: { f: 'old\n' }, stdout: 'w-wins\n' },
  { script: 'redirfd -wr 0 f cat', files: { f: 'kept\n' }, stdout: 'kept\n' },
  // diagnostics of later commands follow a redirected fd 2
  { script: 'foreground { redirfd -w 2 err fdmove 1 99 true } cat err', stdout: 'fdmove: fatal: unable to move fd 99 to fd 1: Bad file descriptor\n' },
]);
