import { tableSuite, usage, PCase } from './_table';

const U = usage('s6-maximumtime', 's6-maximumtime [ -0 | -a | -b | -i | -k | -q | -t | -x | -1 | -2 ] milliseconds prog...');
const TIMEOUT = 's6-maximumtime: warning: unable to wait for child process: Connection timed out\n';
/** A child that reports which signal it got (in ./got) and exits 0. */
const trapper = (opt: string): PCase => ({
  name: `${opt} sends its signal`,
  argv: ['sh', '-c', `s6-maximumtime ${opt} 200 sh -c 'for s in HUP INT QUIT ABRT ALRM TERM XCPU USR1 USR2; do trap "echo $s > got; exit 0" $s; done; i=0; while [ $i -lt 60 ]; do sleep 0.05; i=$((i+1)); done'; echo rc=$?; i=0; while [ ! -s got ] && [ $i -lt 60 ]; do sleep 0.05; i=$((i+1)); done; cat got`],
  stderr: TIMEOUT,
});
tableSuite('s6-maximumtime', [
  { argv: ['s6-maximumtime', '5000', 's6-echo', 'hello'], stdout: 'hello\n' },
  { argv: ['s6-maximumtime', '5000', 'sh', '-c', 'exit 7'], status: 7 },
  { argv: ['s6-maximumtime', '0', 's6-echo', 'infinite'], stdout: 'infinite\n' },
  { argv: ['s6-maximumtime', '5000', 's6-cat'], stdin: 'piped\n', stdout: 'piped\n' },
  { ...trapper('-a'), stdout: 'rc=99\nALRM\n' },
  { ...trapper('-b'), stdout: 'rc=99\nABRT\n' },
  { ...trapper('-i'), stdout: 'rc=99\nINT\n' },
  { ...trapper('-q'), stdout: 'rc=99\nQUIT\n' },
  { ...trapper('-t'), stdout: 'rc=99\nTERM\n' },
  { ...trapper(''), stdout: 'rc=99\nTERM\n' },
  { ...trapper('-x'), stdout: 'rc=99\nXCPU\n' },
  { ...trapper('-1'), stdout: 'rc=99\nUSR1\n' },
  { ...trapper('-2'), stdout: 'rc=99\nUSR2\n' },
  { name: '-0 sends nothing', argv: ['sh', '-c', 's6-maximumtime -0 100 sh -c "trap \'echo got > got\' TERM; sleep 0.5; echo done > done"; echo rc=$?; sleep 0.8; cat got done 2>&1 | grep -v "No such"'], stdout: 'rc=99\ndone\n', stderr: TIMEOUT },
  { name: '-k kills', argv: ['sh', '-c', 's6-maximumtime -k 100 sh -c "sleep 0.5; echo finished > got"; echo rc=$?; sleep 0.8; cat got 2>/dev/null || echo no-file'], stdout: 'rc=99\nno-file\n', stderr: TIMEOUT },
  { name: 'a child killed by a signal', argv: ['s6-maximumtime', '5000', 'sh', '-c', 'kill -9 $$'], stderr: 's6-maximumtime: warning: child process crashed\n', status: 111 },
  { argv: ['s6-maximumtime', '100', './nonexistent-prog'], stderr: 's6-maximumtime: fatal: unable to spawn ./nonexistent-prog: No such file or directory\n', status: 111 },
  ...[[], ['100'], ['x', 'true'], ['-z', '100', 'true'], ['-1.5', 'true'], ['', 'true']].map((a): PCase => ({ argv: ['s6-maximumtime', ...a], stderr: U, status: 100 })),
]);
