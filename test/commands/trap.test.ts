// trap against native execline 2.9.3.0 (spec §4 trap, §10.4).
import { suite } from 'uvu';
import { same, Case } from './_compare';

const t = suite('trap');

const cases: Case[] = [
  { script: 'trap { SIGUSR1 { echo never } } exit 3', expect: { stdout: '', status: 3 } },
  { script: 'trap { default { echo dflt } } exit 3', expect: { status: 3 } },
  { script: 'trap { term { echo never } } sh -c "kill -KILL $$"', expect: { status: 137 } },
  { script: 'trap { term { echo never } } exit 200', expect: { status: 128 } },
  // a handler runs with ! = prog's pid and SIGNAL = the number
  {
    script: 'trap { term { importas ! ! importas SIGNAL SIGNAL foreground { echo caught $SIGNAL } kill -9 $! } USR1 { echo usr1 } } '
      + 'sh -c "kill -USR1 $PPID; sleep 0.5; kill -TERM $PPID; exec sleep 5"',
    expect: { stdout: 'usr1\ncaught 15\n', status: 137 },
  },
  { script: 'trap { 15 { echo h } } sh -c "kill -TERM $PPID; sleep 0.5; exit 4"', expect: { stdout: 'h\n', status: 4 } },
  { script: 'trap { sigterm { echo h } } sh -c "kill -TERM $PPID; sleep 0.5; exit 4"', expect: { stdout: 'h\n', status: 4 } },
  { script: 'trap { Sig15 { echo h } } sh -c "kill -TERM $PPID; sleep 0.5; exit 4"', expect: { stdout: 'h\n', status: 4 } },
  { script: 'trap { default { importas S SIGNAL echo d $S } } sh -c "kill -HUP $PPID; sleep 0.5; exit 4"', expect: { stdout: 'd 1\n', status: 4 } },
  { script: 'trap { 0 { importas S SIGNAL echo d $S } } sh -c "kill -INT $PPID; sleep 0.5; exit 4"', expect: { stdout: 'd 2\n', status: 4 } },
  { script: 'trap { 34 { echo rt } } sh -c "kill -34 $PPID; sleep 0.5; exit 4"', expect: { stdout: 'rt\n', status: 4 } },
  // -x forwards signals without a handler to prog
  { script: 'trap -x { usr1 { echo never } } sh -c "kill -TERM \\$PPID; exec sleep 5"', expect: { status: 143 } },
  { script: 'trap -x { USR1 { echo u1 } } sh -c "trap \\"echo got-usr2; exit 9\\" USR2; kill -USR1 $PPID; sleep 0.5; kill -USR2 $PPID; sleep 2 & wait"', expect: { stdout: 'u1\ngot-usr2\n', status: 9 } },
  // an untrapped signal kills trap itself; prog lives on
  { script: 'foreground { trap { USR1 { echo u1 } } sh -c "kill -USR2 $PPID; sleep 0.5; echo prog-still-here" } importas ? ? echo $?', expect: { stdout: '268\nprog-still-here\n' } },
  { script: 'foreground { trap { USR2 { echo u2 } } sh -c "kill -USR1 $PPID; sleep 0.5" } importas ? ? echo $?', expect: { stdout: '266\n' } },
  { script: 'foreground { trap { USR2 { echo u2 } } sh -c "kill -PIPE $PPID; sleep 0.5" } importas ? ? echo $?', expect: { stdout: '269\n' } },
  // a signal arriving while its handler still runs is ignored
  { script: 'trap { usr1 { foreground { sleep 0.5 } echo h } } sh -c "kill -USR1 $PPID; sleep 0.1; kill -USR1 $PPID; sleep 1; kill -USR1 $PPID; sleep 1; exit 6"', expect: { stdout: 'h\nh\n', status: 6 } },
  // in a block, trap is a process of its own: prog's parent is trap, not the outer chain
  { script: 'foreground { trap { term { echo t } } sh -c "kill -TERM $PPID; sleep 0.5" } echo after', expect: { stdout: 't\nafter\n' } },
  // prog may be a builtin (here the TERM goes to it: sh is its child)
  { script: 'trap { term { echo t } } foreground { sh -c "kill -TERM $PPID; sleep 0.5" } exit 5', expect: { status: 143 } },
  { script: 'trap { term { } } sh -c "kill -TERM $PPID; sleep 0.3; exit 2"', expect: { status: 2 } },
  { script: 'trap { term { nonexistent-cmd } } sh -c "kill -TERM $PPID; sleep 0.3; exit 2"', expect: { status: 111 } },
  // errors
  { script: 'trap { } echo', expect: { status: 100 } },
  { script: 'trap { term { echo } }', expect: { status: 100 } },
  { script: 'trap -t 5 { term { echo } } echo', expect: { status: 100 } },
  { script: 'trap', expect: { status: 100 } },
  { script: 'trap " term" echo', expect: { status: 100 } },
  { script: 'trap " term" "  echo" "" echo', expect: { status: 100 } },
  { script: 'trap { foo { echo } } echo', expect: { status: 100 } },
  { script: 'trap { timeout { echo } } echo', expect: { status: 100 } },
  { script: 'trap { term { echo } SIGTERM { echo } } echo', expect: { status: 100 } },
  { script: 'trap { default { echo } 0 { echo } } echo', expect: { status: 100 } },
  { script: 'trap { iot { echo } abrt { echo } } echo', expect: { status: 100 } },
  { script: 'trap { term } echo', expect: { status: 100 } },
  { script: 'trap { CHLD { echo } } echo', expect: { status: 100 } },
  { script: 'trap { cld { echo } } echo', expect: { status: 100 } },
  { script: 'trap { KILL { echo } } echo', expect: { status: 100 } },
  { script: 'trap { stop { echo } } echo', expect: { status: 100 } },
  { script: 'trap { 32 { echo } } echo', expect: { status: 100 } },
  { script: 'trap { 65 { echo } } echo', expect: { status: 100 } },
  { script: 'trap { 15abc { echo } } echo', expect: { status: 100 } },
  { script: 'trap { 4294967296 { echo } } echo', expect: { status: 100 } },
  { script: 'trap { term { echo } } nonexistent-cmd', expect: { status: 111 } },
  { script: 'trap { poll { echo } } echo ok', expect: { stdout: 'ok\n' } },
];

for (const c of cases) t(c.script, () => same(c));

t.run();
