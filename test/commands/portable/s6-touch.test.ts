import { tableSuite, usage, NOBODY } from './_table';

tableSuite('s6-touch', [
  { setup: 'printf x > c', argv: ['s6-touch', 'a', 'b', 'c'], check: "stat -c '%n %F %a %s' a b c; cat c", state: 'a regular empty file 644 0\nb regular empty file 644 0\nc regular file 644 1\nx' },
  { name: 'it updates the modification time', setup: 'touch -d 2001-01-01 old', argv: ['s6-touch', 'old'], check: 'find old -newermt 2020-01-01', state: 'old\n' },
  // opened write-only and non-blocking: a fifo without a reader cannot be touched
  { setup: 'mkfifo p', argv: ['s6-touch', 'p'], stderr: 's6-touch: fatal: unable to touch p: No such device or address\n', status: 111 },
  { argv: ['s6-touch', 'a', 'nope/b', 'c'], stderr: 's6-touch: fatal: unable to touch nope/b: No such file or directory\n', status: 111, check: 'ls', state: 'a\n' },
  { setup: 'mkdir d', argv: ['s6-touch', 'd'], stderr: 's6-touch: fatal: unable to touch d: Is a directory\n', status: 111 },
  { setpriv: NOBODY, argv: ['s6-touch', 'x'], stderr: 's6-touch: fatal: unable to touch x: Permission denied\n', status: 111 },
  { argv: ['s6-touch'], stderr: usage('s6-touch', 's6-touch file ...'), status: 100 },
]);
