// elgetpositionals: substitute #, 0, 1.., @ (spec §3, §4 elgetpositionals, §10.3).
// Expectations recorded from native execline 2.9.3.0.
import { tableSuite } from './_table';

tableSuite('elgetpositionals', [
  { script: "elgetpositionals printf \"[%s]\" $# $0 $1 $2 $3 x$@y x${@}y", file: true, args: ["a","b c"], stdout: "[2][script][a][b c][$3][x$@y][xay][xb cy]", stderr: "", status: 0 },
  { script: "elgetpositionals -P3 printf \"[%s]\" $# $0 $1 $2 $3 $4 $@", file: true, args: ["a"], stdout: "[1][script][a][][][$4][a]", stderr: "", status: 0 },
  { script: "elgetpositionals -P 3 printf \"[%s]\" $1", args: ["a"], env: {"EXECLINE_STRICT":"1"}, stdout: "[a]", stderr: "elgetpositionals: warning: too few arguments: expected at least 3 but got 1\n", status: 0 },
  { script: "elgetpositionals -P 3 printf \"[%s]\" $1", args: ["a"], env: {"EXECLINE_STRICT":"2"}, stdout: "", stderr: "elgetpositionals: fatal: too few arguments: expected at least 3 but got 1\n", status: 100 },
  { script: "export EXECLINE_STRICT 1x elgetpositionals -P 3 printf \"[%s]\" $1", args: ["a"], stdout: "[a]", stderr: "elgetpositionals: warning: too few arguments: expected at least 3 but got 1\n", status: 0 },
  { script: "elgetpositionals -P 1 printf \"[%s]\" $1", args: ["a"], env: {"EXECLINE_STRICT":"2"}, stdout: "[a]", stderr: "", status: 0 },
  { script: "elgetpositionals printf \"[%s]\" $# x${@}y $1", args: [], stdout: "[0][$1]", stderr: "", status: 0 },
  { script: "elgetpositionals printf \"[%s]\" $10 $11 $1 0", args: ["1","2","3","4","5","6","7","8","9","ten","eleven"], stdout: "[ten][eleven][1][0]", stderr: "", status: 0 },
  { script: "elgetpositionals printf \"[%s]\" $1", flags: ["-P"], stdout: "", stderr: "elgetpositionals: fatal: bad substitution key\n", status: 111 },
  { script: "export \"#\" x elgetpositionals printf \"[%s]\" $1", flags: ["-P"], stdout: "", stderr: "elgetpositionals: fatal: bad substitution key\n", status: 111 },
  { script: "export \"#\" 2 export 0 z export 1 a elgetpositionals printf \"[%s]\" $1", flags: ["-P"], stdout: "", stderr: "elgetpositionals: fatal: bad substitution key\n", status: 111 },
  { script: "export \"#\" 1 export 1 a elgetpositionals printf \"[%s]\" $1", flags: ["-P"], stdout: "", stderr: "elgetpositionals: fatal: bad substitution key\n", status: 111 },
  { script: "export \"#\" 01 export 0 z export 1 a elgetpositionals printf \"[%s]\" $# $1", flags: ["-P"], stdout: "[01][a]", stderr: "", status: 0 },
  { script: "elgetpositionals -P x printf \"[%s]\" $1", args: ["a"], stdout: "", stderr: "elgetpositionals: usage: elgetpositionals [ -P num ] prog...\n", status: 100 },
  { script: "elgetpositionals -P", args: ["a"], stdout: "", stderr: "elgetpositionals: usage: elgetpositionals [ -P num ] prog...\n", status: 100 },
  { script: "elgetpositionals -z true", args: ["a"], stdout: "", stderr: "elgetpositionals: usage: elgetpositionals [ -P num ] prog...\n", status: 100 },
  { script: "elgetpositionals", args: ["a"], stdout: "", stderr: "", status: 0 },
  { script: "elgetpositionals $1", args: ["nonexistent-prog"], stdout: "", stderr: "elgetpositionals: fatal: unable to exec nonexistent-prog: No such file or directory\n", status: 127 },
  { script: "elgetpositionals foreground { printf \"[%s]\" { $1 } } printf \"[%s]\" $@", args: ["a",""], stdout: "[ a][][a][]", stderr: "", status: 0 },
]);
