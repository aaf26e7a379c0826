import { tableSuite, usage, PCase } from './_table';

const U = usage('s6-pause', 's6-pause [ -t ] [ -h ] [ -a ] [ -q ] [ -b ] [ -i ] [ -p signal,signal... ]');
/** Start s6-pause OPTS in the background, wait until it ignores SIGS, send KILLS in order, print its status. */
const pause = (opts: string, sigs: number[], kills: string[]): PCase => ({
  name: `s6-pause ${opts} then ${kills.join(' ')}`,
  argv: ['sh', '-c', `s6-pause ${opts} & p=$!
i=0; while [ $i -lt 200 ]; do ok=1; ign=$(sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$p/status); ign=\${ign#????????}
for s in ${sigs.join(' ') || '0'}; do [ $s = 0 ] && { grep -q node /proc/$p/cmdline 2>/dev/null || ok=0; sleep 0.3; continue; }; [ $(( (0x$ign >> (s - 1)) & 1 )) = 1 ] || ok=0; done
[ $ok = 1 ] && break; sleep 0.02; i=$((i+1)); done
for k in ${kills.join(' ')}; do kill -$k $p; sleep 0.2; done; wait $p; echo status=$?`],
});
tableSuite('s6-pause', [
  { ...pause('', [], ['TERM']), stdout: 'status=143\n' },
  { ...pause('', [], ['INT']), stdout: 'status=130\n' },
  { ...pause('', [], ['USR1']), stdout: 'status=138\n' },
  { ...pause('-h -a', [1, 14], ['HUP', 'ALRM', 'TERM']), stdout: 'status=143\n' },
  { ...pause('-t -i -q -b', [15, 2, 3, 6], ['TERM', 'INT', 'QUIT', 'ABRT', 'HUP']), stdout: 'status=129\n' },
  { ...pause('-p 10,12,15 -h', [1, 10, 12, 15], ['USR1', 'USR2', 'TERM', 'HUP', 'INT']), stdout: 'status=130\n' },
  {
    name: 'in a block it is a process of its own',
    argv: ['sh', '-c', `execlineb -Pc "foreground { s6-pause } importas -u r ? echo block=\\$r" & e=$!
i=0; while [ $i -lt 200 ]; do c=$(pgrep -P $e); [ -n "$c" ] && grep -q s6-pause /proc/$c/cmdline && break; sleep 0.05; i=$((i+1)); done
sleep 0.5; kill -TERM $c; wait $e`],
    stdout: 'block=271\n',
  },
  ...[['-p', 'x'], ['-z'], ['-p', ''], ['-p']].map((a): PCase => ({ argv: ['s6-pause', ...a], stderr: U, status: 100 })),
]);
