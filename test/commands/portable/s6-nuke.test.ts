// s6-nuke signals every process it may: it only ever runs inside a fresh PID
// namespace here, whose PID 1 is a guard shell.
import { tableSuite, usage, PCase } from './_table';

const inPidns = (name: string, script: string, stdout: string, stderr = ''): PCase => ({
  name, stdout, stderr,
  argv: ['unshare', '-p', '-f', '/bin/sh', '-c', `[ $$ = 1 ] || exit 99; PATH=${process.env.EXECLINE_TS_ROOT}/shims:$PATH; ${script}`],
});
tableSuite('s6-nuke', [
  inPidns('no option: nothing is sent', 'sleep 3 & v=$!; s6-nuke; echo nuke=$?; kill -0 $v && echo alive; kill -9 $v; wait $v 2>/dev/null; echo victim=$?', 'nuke=0\nalive\nvictim=137\n'),
  inPidns('-t: TERM then CONT, s6-nuke itself survives',
    // v2 says when its trap is set (under load 0.3 s was not always enough)
    'sleep 3 & v1=$!; sh -c \'trap "echo v2-got-TERM > got; exit 0" TERM; : > ready; sleep 2 & wait\' & v2=$!; sleep 3 & v3=$!; kill -STOP $v3; while [ ! -e ready ]; do sleep 0.05; done; rm ready; trap "" TERM; s6-nuke -t; echo nuke=$?; wait $v1; echo v1=$?; wait $v2; echo v2=$?; wait $v3; echo v3=$?; cat got; rm got',
    'nuke=0\nv1=143\nv2=0\nv3=143\nv2-got-TERM\n'),
  inPidns('-h', 'sleep 3 & v=$!; sleep 0.2; trap "" HUP; s6-nuke -h; echo nuke=$?; wait $v; echo victim=$?', 'nuke=0\nvictim=129\n'),
  inPidns('-k', 'sleep 3 & v=$!; sleep 0.2; s6-nuke -k; echo nuke=$?; wait $v; echo victim=$?', 'nuke=0\nvictim=137\n'),
  inPidns('nothing else to signal', 's6-nuke -h; echo h=$?; s6-nuke -k; echo k=$?', 'h=111\nk=111\n', 's6-nuke: fatal: unable to kill: No such process\ns6-nuke: fatal: unable to kill: No such process\n'),
  { argv: ['s6-nuke', '-x'], stderr: usage('s6-nuke', 's6-nuke [ -h | -t | -k ]'), status: 100 },
]);
