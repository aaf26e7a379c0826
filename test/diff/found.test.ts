// Differences found by the differential runner (test/diff/run.mjs), kept as
// table tests: expected values recorded from native execline 2.9.3.0 (and
// checked live against native where it is installed).
import { tableSuite, Case } from '../commands/_table';

const cases: Case[] = [
  // exit and export parse no options: `--` and `-x` are operands
  {flags: ['-P'],script: 'exit -- 3',stdout: '',stderr: 'exit: usage: exit [ exitcode ]\n',status: 100},
  {flags: ['-P'],script: 'exit --',stdout: '',stderr: 'exit: usage: exit [ exitcode ]\n',status: 100},
  {flags: ['-P'],script: 'exit 3 --',stdout: '',stderr: '',status: 3},
  {flags: ['-P'],script: 'export -- A v',stdout: '',stderr: 'export: fatal: unable to exec v: No such file or directory\n',status: 127},
  {flags: ['-P'],script: 'export -x A importas -- -x -x echo $-x',stdout: 'A\n',stderr: '',status: 0},
  // spawning an empty name fails with ENOENT (posix_spawnp); exec'ing it with EACCES
  {flags: ['-P'],script: 'foreground { "" } importas ? ? echo $?',stdout: '127\n',stderr: 'foreground: warning: unable to spawn : No such file or directory\n',status: 0},
  {flags: ['-P'],script: 'if { "" } echo y',stdout: '',stderr: 'if: fatal: unable to spawn : No such file or directory\n',status: 111},
  {flags: ['-P'],script: 'pipeline { "" } echo y',stdout: '',stderr: 'pipeline: fatal: unable to spawn : No such file or directory\n',status: 111},
  {flags: ['-P'],script: 'backtick A { "" } echo y',stdout: '',stderr: 'backtick: fatal: unable to spawn : No such file or directory\n',status: 111},
  {flags: ['-P'],script: 'foreground { export A v "" } importas ? ? echo $?',stdout: '126\n',stderr: 'export: fatal: unable to exec : Permission denied\n',status: 0},
  {flags: ['-P'],script: '""',stdout: '',stderr: 'execlineb: fatal: unable to exec : Permission denied\n',status: 126},
  // fdswap: when fd2 is closed and is the lowest free fd, the native swap ends in EINVAL
  {flags: ['-P'],script: 'fdswap 1 3 echo a',stdout: '',stderr: 'fdswap: fatal: unable to swap fds: Invalid argument\n',status: 111},
  {flags: ['-P'],script: 'fdswap 3 1 echo a',stdout: '',stderr: 'fdswap: fatal: unable to swap fds: Bad file descriptor\n',status: 111},
  {flags: ['-P'],script: 'fdswap 1 4 echo a',stdout: '',stderr: 'fdswap: fatal: unable to swap fds: Bad file descriptor\n',status: 111},
  {flags: ['-P'],script: 'fdclose 0 fdswap 1 0 echo a',stdout: '',stderr: 'fdswap: fatal: unable to swap fds: Invalid argument\n',status: 111},
  {flags: ['-P'],script: 'redirfd -w 3 f redirfd -w 4 f fdswap 1 5 echo a',stdout: '',stderr: 'fdswap: fatal: unable to swap fds: Invalid argument\n',status: 111},
  {flags: ['-P'],script: 'redirfd -w 4 f fdswap 4 3 echo a',stdout: '',stderr: 'fdswap: fatal: unable to swap fds: Invalid argument\n',status: 111},
  // a builtin the chain moves on to is natively exec'd: a >128 KiB env string makes that fail (E2BIG)
  {flags: ['-P'],script: 'foreground { backtick A { seq 1 30000 } foreground { echo x } echo y } importas ? ? echo $?',stdout: '126\n',stderr: 'backtick: fatal: unable to exec foreground: Argument list too long\n',status: 0},
  {flags: ['-P'],script: 'foreground { backtick -n A { seq 1 10000 } foreground { echo x } echo y } importas ? ? echo $?',stdout: 'x\ny\n0\n',stderr: '',status: 0},
  {flags: ['-P'],script: 'backtick A { seq 1 30000 } if { true } echo y',stdout: '',stderr: 'backtick: fatal: unable to exec if: Argument list too long\n',status: 126},
  {flags: ['-P'],script: 'backtick -i A { seq 1 30000 } unexport A echo y',stdout: '',stderr: 'backtick: fatal: unable to exec unexport: Argument list too long\n',status: 126},
  // a builtin is exec'd natively through the PATH of the command that execs it: off PATH, it is not found
  {flags: ['-P'],script: 'export PATH /nonexistent foreground { echo a } importas ? ? echo $?',stdout: '',stderr: 'foreground: warning: unable to spawn echo: No such file or directory\nforeground: fatal: unable to exec importas: No such file or directory\n',status: 127},
  {flags: ['-P'],script: 'unexport PATH export A b foreground { echo a } echo b',stdout: '',stderr: 'export: fatal: unable to exec foreground: No such file or directory\n',status: 127},
  {flags: ['-P'],script: 'export PATH /nonexistent export A b if { true } echo b',stdout: '',stderr: 'export: fatal: unable to exec if: No such file or directory\n',status: 127},
  {flags: ['-P'],script: 'export PATH /nonexistent foreground { foreground { } } importas ? ? echo $?',stdout: '',stderr: 'foreground: warning: unable to spawn foreground: No such file or directory\nforeground: fatal: unable to exec importas: No such file or directory\n',status: 127},
  {flags: ['-P'],script: 'export PATH /nonexistent pipeline { define A b } echo',stdout: '',stderr: 'pipeline: fatal: unable to spawn define: No such file or directory\n',status: 111},
  {flags: ['-P'],script: 'export PATH /nonexistent backtick A { define A b } echo',stdout: '',stderr: 'backtick: fatal: unable to spawn define: No such file or directory\n',status: 111},
  {flags: ['-P'],script: 'foreground { mkdir -p d/if } export PATH d export A b if { true } echo b',stdout: '',stderr: 'export: fatal: unable to exec if: Permission denied\n',status: 126},
  {flags: ['-P'],script: 'foreground { mkdir d } foreground { touch d/if } export PATH d export A b if { true } echo b',stdout: '',stderr: 'export: fatal: unable to exec if: Permission denied\n',status: 126},
];

tableSuite('diff-found', cases);
