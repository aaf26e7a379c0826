// runblock: run a block found in the positional parameters (spec §4 runblock, §10.5).
// Expectations recorded from native execline 2.9.3.0.
import { tableSuite } from './_table';

tableSuite('runblock', [
  { script: "runblock 1 printf \"[%s]\" pre", args: [" a"," b","","c","d"], stdout: "[pre][a][b]", stderr: "", status: 0 },
  { script: "runblock -r 1 printf \"[%s]\" pre", args: [" a"," b","","c","d"], stdout: "[pre][c][d]", stderr: "", status: 0 },
  { script: "runblock -r 1 printf \"[%s]\" pre", args: [" a",""], stdout: "", stderr: "", status: 0 },
  { script: "runblock -n 1 1 printf \"[%s]\" pre", args: ["skip"," a",""], stdout: "[pre][a]", stderr: "", status: 0 },
  { script: "runblock 2 printf \"[%s]\" pre", args: [" a",""," b"," c",""], stdout: "[pre][b][c]", stderr: "", status: 0 },
  { script: "runblock 2 printf \"[%s]\" pre", args: [" a",""], stdout: "", stderr: "runblock: fatal: too few arguments\n", status: 100 },
  { script: "runblock 1 printf \"[%s]\" pre", args: [" a"], stdout: "", stderr: "runblock: fatal: too few arguments\n", status: 100 },
  { script: "runblock 0 printf x", args: [" a"," b","","c","d"], stdout: "", stderr: "runblock: usage: runblock [ -P ] [ -n argshift ] [ -r ] n cmd...\n", status: 100 },
  { script: "runblock -r 0 printf \"[%s]\"", args: [" a",""], stdout: "[ a][]", stderr: "", status: 0 },
  { script: "runblock x printf x", args: [" a"," b","","c","d"], stdout: "", stderr: "runblock: usage: runblock [ -P ] [ -n argshift ] [ -r ] n cmd...\n", status: 100 },
  { script: "runblock", args: [" a"," b","","c","d"], stdout: "", stderr: "runblock: usage: runblock [ -P ] [ -n argshift ] [ -r ] n cmd...\n", status: 100 },
  { script: "runblock -n x 1 true", args: [" a"," b","","c","d"], stdout: "", stderr: "runblock: usage: runblock [ -P ] [ -n argshift ] [ -r ] n cmd...\n", status: 100 },
  { script: "runblock 1 printf \"[%s]\"", args: ["a",""], env: {"EXECLINE_STRICT":"1"}, stdout: "[a]", stderr: "runblock: warning: unquoted positional a at block 1 position 1\n", status: 0 },
  { script: "runblock 1 printf \"[%s]\"", args: ["a",""], env: {"EXECLINE_STRICT":"2"}, stdout: "", stderr: "runblock: fatal: unquoted positional a at block 1 position 1\n", status: 100 },
  { script: "runblock 2 printf \"[%s]\"", args: ["a",""," b",""], env: {"EXECLINE_STRICT":"1"}, stdout: "[b]", stderr: "runblock: warning: unquoted positional a at block 1 position 1\n", status: 0 },
  { script: "runblock 1 true", flags: ["-P"], stdout: "", stderr: "runblock: fatal: # not set\n", status: 100 },
  { script: "export \"#\" x runblock 1 true", flags: ["-P"], stdout: "", stderr: "runblock: fatal: invalid $#\n", status: 100 },
  { script: "export \"#\" 2 export 1 \" a\" runblock 1 true", flags: ["-P"], stdout: "", stderr: "runblock: fatal: 2 not set\n", status: 100 },
  { script: "pipeline { execlineb -c \"runblock 1\" \" env\" \"\" } pipeline { grep -E \"^[#1-9]\" } sort", args: ["outer"], stdout: "#=1\n1=outer\n", stderr: "", status: 0 },
  { script: "pipeline { execlineb -c \"runblock -P 1\" \" env\" \"\" } pipeline { grep -E \"^[#1-9]\" } sort", args: ["outer"], stdout: "#:1=1\n#=2\n1:1=outer\n1= env\n2=\n", stderr: "", status: 0 },
  { script: "pipeline { execlineb -c \"runblock -r 1 env\" \" x\" \"\" } grep -E \"^[#1-9]\"", args: ["outer"], stdout: "", stderr: "", status: 1 },
  { script: "foreground { execlineb myifelse { true } { echo then } echo else } execlineb myifelse { false } { echo then } echo else", files: {"myifelse":"ifte { runblock 2 } { runblock -r 2 } runblock 1\n"}, stdout: "then\nelse\n", stderr: "", status: 0 },
]);
