// forbacktickx against native execline 2.9.3.0 (spec §4 forbacktickx, §10.4).
import { suite } from 'uvu';
import { same, Case } from './_compare';

const t = suite('forbacktickx');

const SHOW = `sh -c "printf '[%s]\\\\n' \\"$X\\""`;

const cases: Case[] = [
  { script: `forbacktickx X { printf "p\\nq\\n" } ${SHOW}`, expect: { stdout: '[p]\n[q]\n', status: 0 } },
  { script: `forbacktickx X { printf "p\\nq" } ${SHOW}`, expect: { stdout: '[p]\n' } },
  { script: `forbacktickx -N X { printf "p\\nq" } ${SHOW}`, expect: { stdout: '[p\n]\n[q]\n' } },
  { script: `forbacktickx -C X { printf "p\\n\\nq\\n" } ${SHOW}`, expect: { stdout: '[p]\n[q]\n' } },
  { script: `forbacktickx -d : X { printf "p:q:" } ${SHOW}`, expect: { stdout: '[p]\n[q]\n' } },
  { script: 'forbacktickx X { } echo', expect: { status: 100 } },
  { script: 'forbacktickx X { printf "p\\n" } cat', input: 'in\n', expect: { stdout: 'in\n' } },
  { script: 'forbacktickx X { exit 3 } echo', expect: { status: 1 } },
  { script: 'forbacktickx -x 2 X { printf "1\\n2\\n3\\n" } importas X X exit $X', expect: { status: 2 } },
  { script: 'forbacktickx -o 1 X { printf "1\\n2\\n3\\n" } importas X X exit $X', expect: { status: 2 } },
  { script: 'forbacktickx -p X { printf "1\\n2\\n" } importas X X exit $X', expect: { status: 0 } },
  { script: 'forbacktickx -E X { printf "a b\\n" } printf "<%s>\\n" ${X}', expect: { stdout: '<a b>\n' } },
  { script: 'forbacktickx -0 X { printf "a\\\\0b\\\\0" } importas X X echo $X', expect: { stdout: 'a\nb\n' } },
  { script: 'forbacktickx -d "" X { printf "1:a,0:," } importas X X echo $X', expect: { stdout: 'a\n\n' } },
  { script: 'forbacktickx X { printf "x\\n" }', expect: { status: 0 } },
  { script: 'forbacktickx X " printf" echo', expect: { status: 100 } },
  { script: 'forbacktickx "" { printf "x\\n" } echo', expect: { status: 100 } },
  { script: 'forbacktickx X', expect: { status: 100 } },
  { script: 'forbacktickx -x a X { printf "x\\n" } echo', expect: { status: 100 } },
  // the loop variable and ! (the block's pid, set by pipeline) are not left behind
  { script: 'forbacktickx X { printf "x\\n" } importas -D none B ! echo $B', expect: { stdout: 'none\n' } },
  { script: 'fdclose 0 forbacktickx X { printf "x\\n" } cat', expect: { status: 0 } },
];

for (const c of cases) t(c.script, () => same(c));

t('netstrings from dollarat, as in the spec', () => {
  same({ script: 'forbacktickx -0 X { dollarat -0 } importas X X printf "[%s]\\n" $X', args: ['a b', '', 'c'], flags: [] });
  same({ script: 'forbacktickx -d "" X { dollarat -d "" } importas X X printf "[%s]\\n" $X', args: ['a b', '', 'c'], flags: [] });
});

t.run();
