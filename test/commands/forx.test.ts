// forx against native execline 2.9.3.0 (spec §4 forx, §10.4).
import { suite } from 'uvu';
import { same, Case } from './_compare';

const t = suite('forx');

const cases: Case[] = [
  { script: 'forx X { a "b c" "" } importas X X printf "[%s]\\n" $X', expect: { stdout: '[a]\n[b c]\n[]\n', status: 0 } },
  { script: 'forx -E X { a "b c" } printf "x%sy\\n" ${X}', expect: { stdout: 'xay\nxb cy\n', status: 0 } },
  { script: 'forx X { 1 2 3 } importas X X exit $X', expect: { status: 0 } },
  { script: 'forx -x 2 X { 1 2 3 } importas X X exit $X', expect: { status: 2 } },
  { script: 'forx -o 0,1 X { 1 2 3 } importas X X exit $X', expect: { status: 2 } },
  { script: 'forx -o 0 X { 0 200 3 } importas X X exit $X', expect: { status: 128 } },
  { script: 'forx -x 0 -o 0 X { 0 5 } importas X X exit $X', expect: { status: 5 } },
  { script: 'forx -p -o 0 X { 0 3 0 } importas X X exit $X', expect: { status: 1 } },
  { script: 'forx -p -x 3 X { 0 3 0 } importas X X exit $X', expect: { status: 1 } },
  { script: 'forx -p X { 0 3 0 } importas X X exit $X', expect: { status: 0 } },
  { script: 'forx -p -o 0,3 X { 0 3 0 } importas X X exit $X', expect: { status: 0 } },
  { script: 'forx X { } echo never', expect: { stdout: '', status: 0 } },
  { script: 'forx X { a }', expect: { stdout: '', status: 0 } },
  { script: 'forx X { a } nonexistent-cmd', expect: { status: 111 } },
  { script: 'forx -E X { a } nonexistent-cmd', expect: { status: 0 } },
  { script: 'forx X { a { b } c } importas X X printf "[%s]\\n" $X', expect: { stdout: '[a]\n[ b]\n[]\n[c]\n' } },
  { script: 'forx X=Y { a } echo', expect: { status: 100 } },
  { script: 'forx "" { a } echo', expect: { status: 100 } },
  { script: 'forx X " a" echo', expect: { status: 100 } },
  { script: 'forx -o abc X { a } echo', expect: { status: 100 } },
  { script: 'forx -z X { a } echo', expect: { status: 100 } },
  { script: 'forx X', expect: { status: 100 } },
  { script: 'forx -x 3 X { 1 2 } sh -c "kill -TERM $$"', expect: { status: 0 } },
  { script: 'forx -o 0 X { 1 2 } sh -c "kill -TERM $$"', expect: { status: 143 } },
  // builtin bodies run in-process: their changes must not leak from one value to the next
  { script: 'forx X { 1 2 3 } importas X X importas -D unset Y Y foreground { printf "%s:%s\\n" $X $Y } export Y $X true', expect: { stdout: '1:unset\n2:unset\n3:unset\n' } },
  { script: 'forx X { a b } if { true } importas X X echo $X', expect: { stdout: 'a\nb\n' } },
  { script: 'forx X { a b } exit 4', expect: { status: 0 } },
  { script: 'forx -x 4 X { a b } exit 4', expect: { status: 4 } },
];

for (const c of cases) t(c.script, () => same(c));

t('strict mode warns about unquoted values', () => {
  same({ script: 'forx X " a" b "" echo', env: { EXECLINE_STRICT: '1' } });
  same({ script: 'forx X " a" b "" echo', env: { EXECLINE_STRICT: '2' } });
});

t.run();
