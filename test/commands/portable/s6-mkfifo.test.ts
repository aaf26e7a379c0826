import { tableSuite, usage, NOBODY } from './_table';

const U = usage('s6-mkfifo', 's6-mkfifo [ -m mode ] fifo...');
tableSuite('s6-mkfifo', [
  { argv: ['s6-mkfifo', 'p', 'q'], check: "stat -c '%n %F %a' p q", state: 'p fifo 666\nq fifo 666\n' },
  { name: 'the umask is ignored, execute bits never set', argv: ['s6-mkfifo', '-m', '0777', 'p'], env: {}, check: "stat -c '%a' p", state: '666\n' },
  { argv: ['s6-mkfifo', '-m', '600', 'p'], check: "stat -c '%a' p", state: '600\n' },
  { setup: 'mkfifo a', argv: ['s6-mkfifo', 'b', 'a', 'c'], stderr: 's6-mkfifo: fatal: unable to mkfifo a: File exists\n', status: 111, check: 'ls', state: 'a\nb\n' },
  { argv: ['s6-mkfifo', 'nope/p'], stderr: 's6-mkfifo: fatal: unable to mkfifo nope/p: No such file or directory\n', status: 111 },
  { setpriv: NOBODY, setup: 'mkdir ro && chmod 755 ro', argv: ['s6-mkfifo', 'ro/q'], stderr: 's6-mkfifo: fatal: unable to mkfifo ro/q: Permission denied\n', status: 111 },
  { argv: ['s6-mkfifo'], stderr: U, status: 100 },
  { argv: ['s6-mkfifo', '-m', '75x', 'p'], stderr: U, status: 100 },
  { argv: ['s6-mkfifo', '-m', '', 'p'], stderr: U, status: 100 },
]);
