// shift: shift positional parameters by args and blocks (spec §4 shift, §10.5).
// Expectations recorded from native execline 2.9.3.0.
import { tableSuite } from './_table';

tableSuite('shift', [
  { script: "shift elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["a","b","c"], stdout: "[2][b][c][$3]", stderr: "", status: 0 },
  { script: "shift importas -D unset z 3 importas -D unset y 2 printf \"[%s]\" $y $z", args: ["a","b","c"], stdout: "[c][unset]", stderr: "", status: 0 },
  { script: "shift -n 2 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["a","b","c"], stdout: "[1][c][$2][$3]", stderr: "", status: 0 },
  { script: "shift -n 0 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["a","b","c"], stdout: "[3][a][b][c]", stderr: "", status: 0 },
  { script: "shift -n 3 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["a","b","c"], stdout: "[0][$1][$2][$3]", stderr: "", status: 0 },
  { script: "shift -n 5 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["a","b","c"], stdout: "[0][$1][$2][$3]", stderr: "", status: 0 },
  { script: "shift -n 5 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["a","b","c"], env: {"EXECLINE_STRICT":"1"}, stdout: "[0][$1][$2][$3]", stderr: "shift: warning: unable to shift 5 arguments: got 3\n", status: 0 },
  { script: "shift -n 5 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["a","b","c"], env: {"EXECLINE_STRICT":"2"}, stdout: "", stderr: "shift: fatal: : unable to shift 5 arguments: got 3\n", status: 100 },
  { script: "export EXECLINE_STRICT 1x shift -n 5 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["a"], stdout: "[0][$1][$2][$3]", stderr: "shift: warning: unable to shift 5 arguments: got 1\n", status: 0 },
  { script: "shift -b 1 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: [" x"," y","","c","d"], stdout: "[2][c][d][$3]", stderr: "", status: 0 },
  { script: "shift -b 2 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: [" x",""," y","","c"], stdout: "[1][c][$2][$3]", stderr: "", status: 0 },
  { script: "shift -b 1 -n 1 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["skip"," x","","c","d"], stdout: "[2][c][d][$3]", stderr: "", status: 0 },
  { script: "shift -b 2 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: [" x","","c"], stdout: "", stderr: "shift: fatal: : unable to shift block : too few arguments (1)\n", status: 100 },
  { script: "shift -b 1 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: [" x"], stdout: "", stderr: "shift: fatal: : unable to shift block : too few arguments (0)\n", status: 100 },
  { script: "shift -b 1 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["a","b","c","d","e","f","g","h","i","j","k"], stdout: "", stderr: "shift: fatal: : unable to shift block : too few arguments (02)\n", status: 100 },
  { script: "shift -b 1 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["x","","c"], env: {"EXECLINE_STRICT":"1"}, stdout: "[1][c][$2][$3]", stderr: "shift: warning: unquoted positional x at block 0 position 1\n", status: 0 },
  { script: "shift -b 1 elgetpositionals printf \"[%s]\" $# $1 $2 $3", args: ["x","","c"], env: {"EXECLINE_STRICT":"2"}, stdout: "", stderr: "shift: fatal: unquoted positional x at block 0 position 1\n", status: 100 },
  { script: "shift -n 1 pipeline { env } grep -E \"^[#1-9]\"", args: ["a","b","c"], env: {"5":"five","2:1":"x"}, stdout: "5:1=five\n2:2=x\n2=c\n#=2\n1=b\n", stderr: "", status: 0 },
  { script: "shift -n 2 pipeline { env } grep -E \"^[#1-9]\"", args: ["a","b","c"], stdout: "1=c\n#=1\n", stderr: "", status: 0 },
  { script: "shift true", flags: ["-P"], stdout: "", stderr: "shift: fatal: # not set\n", status: 100 },
  { script: "export \"#\" x shift true", flags: ["-P"], stdout: "", stderr: "shift: fatal: invalid $#\n", status: 100 },
  { script: "export \"#\" 2 export 1 a shift true", flags: ["-P"], stdout: "", stderr: "", status: 0 },
  { script: "shift", args: ["a"], stdout: "", stderr: "shift: usage: shift [ -n arg# ] [ -b block# ] prog...\n", status: 100 },
  { script: "shift -n x true", args: ["a"], stdout: "", stderr: "shift: usage: shift [ -n arg# ] [ -b block# ] prog...\n", status: 100 },
  { script: "shift -n -1 true", args: ["a"], stdout: "", stderr: "shift: usage: shift [ -n arg# ] [ -b block# ] prog...\n", status: 100 },
  { script: "shift -z true", args: ["a"], stdout: "", stderr: "shift: usage: shift [ -n arg# ] [ -b block# ] prog...\n", status: 100 },
  { script: "shift -n", args: ["a"], stdout: "", stderr: "shift: usage: shift [ -n arg# ] [ -b block# ] prog...\n", status: 100 },
]);
