import { goldenSuite, FD_PROBE } from './golden';

const U = 'backtick: usage: backtick [ -i | -I | -x | -D default ] [ -N | -n ] [ -E | -e ] var { prog... } remainder...\n';
const SHOW = 'importas -D UNSET X X printf "[%s]\\n" $X';
const FAIL3 = 'sh -c "printf \'out\\\\n\'; exit 3"';
goldenSuite('backtick', [
  { script: 'backtick X', stderr: U, status: 100 },
  { script: 'backtick -z X { true } true', stderr: U, status: 100 },
  { script: 'backtick X=Y { true } true', stderr: 'backtick: fatal: invalid variable name\n', status: 100 },
  { script: 'backtick X { } true', stderr: 'backtick: fatal: empty block\n', status: 100 },
  { script: 'backtick X echo', stderr: 'backtick: fatal: unterminated block\n', status: 100 },
  { script: `backtick X { printf "a\\n\\n" } ${SHOW}`, stdout: '[a\n]\n' },
  { script: `backtick -N X { printf "a\\n" } ${SHOW}`, stdout: '[a\n]\n' },
  { script: `backtick X { true } ${SHOW}`, stdout: '[]\n' },
  { script: 'backtick X { sh -c "printf out; exit 3" } true', stderr: 'backtick: fatal: child process exited non-zero\n', status: 3 },
  { script: 'backtick X { sh -c "exit 200" } true', stderr: 'backtick: fatal: child process exited non-zero\n', status: 128 },
  { script: 'backtick X { sh -c "kill -9 $$" } true', stderr: 'backtick: fatal: child process crashed\n', status: 137 },
  { script: `backtick -I X { ${FAIL3} } ${SHOW}`, stdout: '[out]\n' },
  { script: `backtick -x X { ${FAIL3} } ${SHOW}`, stdout: '[UNSET]\n' },
  { script: `backtick -D dflt X { ${FAIL3} } ${SHOW}`, stdout: '[dflt]\n' },
  { script: `backtick -D dflt X { sh -c "kill -9 $$" } ${SHOW}`, stdout: '[dflt]\n' },
  { script: `backtick X { printf "a\\\\0b\\n" } ${SHOW}`, stderr: 'backtick: fatal: child process output contained a null character\n', status: 124 },
  { script: `backtick -I X { printf "a\\\\0b\\n" } ${SHOW}`, stdout: '[a]\n' },
  { script: `backtick -I X { printf "a\\n\\\\0b\\n" } ${SHOW}`, stdout: '[a]\n' },
  { script: `backtick -I X { sh -c "printf 'a\\\\n\\\\0b\\\\n'; exit 1" } ${SHOW}`, stdout: '[a\n]\n' },
  { script: `backtick -D d X { printf "a\\\\0b\\n" } ${SHOW}`, stdout: '[d]\n', stderr: 'backtick: warning: child process output contained a null character\n' },
  { script: `backtick -x X { printf "a\\\\0b\\n" } ${SHOW}`, stdout: '[UNSET]\n', stderr: 'backtick: warning: child process output contained a null character\n' },
  { script: 'backtick -E X { printf "a b\\n" } printf "[%s]\\n" x${X}y', stdout: '[xa by]\n' },
  { script: 'backtick -E -x X { false } echo $X', stderr: 'importas: fatal: X not set\n', status: 100 },
  { script: `backtick X { nonexistent-cmd } ${SHOW}`, stderr: 'backtick: fatal: unable to spawn nonexistent-cmd: No such file or directory\n', status: 111 },
  { script: `backtick X { backtick Y { echo inner } importas Y Y echo $Y } ${SHOW}`, stdout: '[inner]\n' },
  // stdin and stderr are inherited, stdout is the pipe
  { script: `backtick X { cat } ${SHOW}`, stdin: 'in\n', stdout: '[in]\n' },
  { script: `backtick X { sh -c "echo err >&2" } ${SHOW}`, stdout: '[]\n', stderr: 'err\n' },
  { script: `redirfd -w 5 f5 backtick X { ${FD_PROBE} } ${SHOW}`, stdout: '[0:pipe 1:pipe 2:pipe 5:f5 ]\n' },
  { script: `redirfd -w 5 f5 backtick X { fdclose 0 ${FD_PROBE} } ${SHOW}`, stdout: '[1:pipe 2:pipe 5:f5 ]\n' },
]);
