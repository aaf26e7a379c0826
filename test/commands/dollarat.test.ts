// dollarat: print the positional parameters (spec §4 dollarat, §10.5).
// Expectations recorded from native execline 2.9.3.0.
import { tableSuite } from './_table';

tableSuite('dollarat', [
  { script: "dollarat", args: ["a","b c",""], stdout: "a\nb c\n\n", stderr: "", status: 0 },
  { script: "dollarat -n -d :", args: ["a","b c",""], stdout: "a:b c:", stderr: "", status: 0 },
  { script: "dollarat -0", args: ["a","b c",""], stdout: "a\u0000b c\u0000\u0000", stderr: "", status: 0 },
  { script: "dollarat -d \"\"", args: ["a","b c",""], stdout: "1:a,3:b c,0:,", stderr: "", status: 0 },
  { script: "dollarat -d \"\" -n", args: ["a","b c",""], stdout: "1:a,3:b c,0:,", stderr: "", status: 0 },
  { script: "dollarat -d xyz -0 -d ,", args: ["a","b c",""], stdout: "a,b c,,", stderr: "", status: 0 },
  { script: "dollarat -d \"\" -0", args: ["a","b c",""], stdout: "a\u0000b c\u0000\u0000", stderr: "", status: 0 },
  { script: "dollarat -0 -d \"\"", args: ["a","b c",""], stdout: "1:a,3:b c,0:,", stderr: "", status: 0 },
  { script: "dollarat -n", args: ["a","b c",""], stdout: "a\nb c\n", stderr: "", status: 0 },
  { script: "dollarat ignored operands", args: ["x"], stdout: "x\n", stderr: "", status: 0 },
  { script: "dollarat", stdout: "", stderr: "", status: 0 },
  { script: "dollarat -n", stdout: "", stderr: "", status: 0 },
  { script: "dollarat", flags: ["-P"], stdout: "", stderr: "dollarat: fatal: # not set\n", status: 100 },
  { script: "export \"#\" x dollarat", flags: ["-P"], stdout: "", stderr: "dollarat: fatal: invalid $#\n", status: 100 },
  { script: "export \"#\" 2 export 1 a dollarat", flags: ["-P"], stdout: "", stderr: "dollarat: fatal: 2 not set\n", status: 100 },
  { script: "dollarat -x", args: ["a","b c",""], stdout: "", stderr: "dollarat: usage: dollarat [ -n ] [ -0 | -d delimchar ]\n", status: 100 },
  { script: "dollarat -d", args: ["a","b c",""], stdout: "", stderr: "dollarat: usage: dollarat [ -n ] [ -0 | -d delimchar ]\n", status: 100 },
  { script: "forbacktickx -0 X { dollarat -0 } importas X X printf \"[%s]\" $X", args: ["a b","","c"], stdout: "[a b][][c]", stderr: "", status: 0 },
]);
