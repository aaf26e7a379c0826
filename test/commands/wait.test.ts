// wait against native execline 2.9.3.0 (spec §4 wait, §10.5).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { same, Case } from './_compare';
import { ours } from '../helpers';

const t = suite('wait');

const cases: Case[] = [
  { script: 'background { exit 3 } importas ! ! wait { $! } importas -D unset ? ? echo $?', expect: { stdout: 'unset\n' } },
  { script: 'background { exit 3 } importas ! ! wait -o { $! } importas ? ? echo $?', expect: { stdout: '3\n' } },
  { script: 'background { exit 3 } importas P ! wait -o { $P } importas ! ! if { eltest $! = $P } echo same-pid', expect: { stdout: 'same-pid\n' } },
  { script: 'background { exit 3 } importas ! ! wait $!', expect: { status: 3 } },
  { script: 'background { exit 3 } background { exit 4 } wait', expect: { status: 0 } },
  { script: 'background { exit 3 } background { exit 4 } importas ! ! wait $!', expect: { status: 4 } },
  { script: 'background { exit 3 } importas A ! background { exit 4 } importas B ! wait $B $A', expect: { status: 3 } },
  { script: 'background { exit 5 } wait -o { } importas ? ? echo $?', expect: { stdout: '5\n' } },
  { script: 'background { sh -c "kill -TERM $$" } wait -o { } importas ? ? echo $?', expect: { stdout: '143\n' } },
  { script: 'background { exit 200 } importas ! ! wait $!', expect: { status: 128 } },
  { script: 'background { exit 3 } wait -o -t 2000', expect: { status: 3 } },
  { script: 'background { fdclose 1 fdclose 2 sleep 2 } importas ! ! wait -t 100 { $! } echo done', expect: { stdout: 'done\n' } },
  { script: 'background { fdclose 1 fdclose 2 sleep 2 } importas ! ! wait -i -t 100 { $! } echo done', expect: { status: 99 } },
  { script: 'background { fdclose 1 fdclose 2 sleep 2 } importas ! ! wait -o -t 100 { $! } importas -D UNSET ? ? echo $?', expect: { stdout: 'UNSET\n' } },
  { script: 'background { fdclose 1 fdclose 2 sleep 2 } importas ! ! wait -t 100 $!', expect: { status: 127 } },
  { script: 'background { fdclose 1 fdclose 2 sleep 2 } wait -r', expect: { status: 127 } },
  { script: 'background { fdclose 1 fdclose 2 sleep 2 } wait -i -r', expect: { status: 99 } },
  { script: 'background { fdclose 1 fdclose 2 sleep 2 } wait -I -t 100 { } echo continued', expect: { stdout: 'continued\n' } },
  { script: 'background { exit 7 } wait -t 3000 { } echo all-done', expect: { stdout: 'all-done\n' } },
  { script: 'background { foreground { sleep 0.3 } echo slow } wait { } echo after', expect: { stdout: 'slow\nafter\n' } },
  { script: 'wait 99999', expect: { status: 127 } },
  { script: 'wait', expect: { status: 0 } },
  { script: 'wait -o', expect: { status: 127 } },
  { script: 'wait -o { } importas -D none ? ? echo $?', expect: { stdout: 'none\n' } },
  { script: 'wait { abc } echo', expect: { status: 100 } },
  { script: 'wait 5x', expect: { status: 100 } },
  { script: 'wait -- -5', expect: { status: 127 } },
  { script: 'wait +5', expect: { status: 127 } },
  { script: 'wait -t 1x', expect: { status: 100 } },
  { script: 'wait -z', expect: { status: 100 } },
  { script: 'wait { }', expect: { status: 0 } },
  { script: 'wait " 12"', expect: { status: 127 } },
];

for (const c of cases) t(c.script, () => same(c));

t('POSIX mode warns about unquoted pids in strict mode', () => {
  same({ script: 'wait 99998 99999', env: { EXECLINE_STRICT: '1' } });
  same({ script: 'wait 99998 99999', env: { EXECLINE_STRICT: '2' } });
});

t('a wait inside a block only sees that block\'s children', () => {
  const t0 = Date.now();
  const r = ours(['execlineb', '-Pc', 'background { fdclose 1 fdclose 2 sleep 3 } foreground { wait } echo done']);
  assert.is(r.stdout, 'done\n');
  assert.ok(Date.now() - t0 < 2500, 'the block\'s wait did not wait for the parent\'s child');
});

t.run();
