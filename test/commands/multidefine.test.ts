// multidefine: split a value over several keys (spec §3, §4 multidefine, §10.3).
// Expectations recorded from native execline 2.9.3.0.
import { tableSuite } from './_table';

tableSuite('multidefine', [
  { script: "multidefine \"a b c d\" { A \"\" C } printf \"[%s]\" x${A} x${C} x$B", flags: ["-P"], stdout: "[xa][xc][x$B]", stderr: "", status: 0 },
  { script: "multidefine \"a b\" { A B C D } printf \"[%s]\" x${A} x${B} x${C} x${D}", flags: ["-P"], stdout: "[xa][xb][x][x]", stderr: "", status: 0 },
  { script: "multidefine -0 \"a b\" { A B C D } printf \"[%s]\" x${A} x${B} x${C} x${D}", flags: ["-P"], stdout: "[xa][xb]", stderr: "", status: 0 },
  { script: "multidefine -r \"a b c d e\" { A B C } printf \"[%s]\" x${A} x${B} x${C}", flags: ["-P"], stdout: "[xa][xb][xc][xd][xe]", stderr: "", status: 0 },
  { script: "multidefine -r \"a  b c \" { A B } printf \"[%s]\" x${A} x${B}", flags: ["-P"], stdout: "[xa][x][xb][xc]", stderr: "", status: 0 },
  { script: "multidefine -rC \"a  b c \" { A B } printf \"[%s]\" x${A} x${B}", flags: ["-P"], stdout: "[xa][xb][xc]", stderr: "", status: 0 },
  { script: "multidefine -r \"a b c d e\" { A \"\" } printf \"[%s]\" x${A}", flags: ["-P"], stdout: "[xa][xb][xc][xd]", stderr: "", status: 0 },
  { script: "multidefine -r \"a b\" { A B C } printf \"[%s]\" x${A} x${B} x${C}", flags: ["-P"], stdout: "[xa][xb][x]", stderr: "", status: 0 },
  { script: "multidefine -r -0 \"a\" { A B } printf \"[%s]\" x${A} x${B}", flags: ["-P"], stdout: "[xa]", stderr: "", status: 0 },
  { script: "multidefine -n \"a b c\" { A B C } printf \"[%s]\" x${A} x${B} x${C}", flags: ["-P"], stdout: "[xa][xb][x]", stderr: "", status: 0 },
  { script: "multidefine -n \"a b c\n\" { A B C } printf \"[%s]\" x${A} x${B} x${C}", flags: ["-P"], stdout: "[xa][xb][xc]", stderr: "", status: 0 },
  { script: "multidefine -N \"a b c\n\" { A B C D } printf \"[%s]\" x${A} x${B} x${C} x${D}", flags: ["-P"], stdout: "[xa][xb][xc][x]", stderr: "", status: 0 },
  { script: "multidefine -d : \"a:b::c\" { A B C D } printf \"[%s]\" x${A} x${B} x${C} x${D}", flags: ["-P"], stdout: "[xa][xb][x][xc]", stderr: "", status: 0 },
  { script: "multidefine -d \"\" \"1:a,2:bb,\" { A B C } printf \"[%s]\" x${A} x${B} x${C}", flags: ["-P"], stdout: "[xa][xbb][x]", stderr: "", status: 0 },
  { script: "multidefine -d \"\" \"1:a,2:bb\" { A B } printf \"[%s]\" x${A}", flags: ["-P"], stdout: "", stderr: "multidefine: fatal: unable to complete exlsn function: Invalid argument\n", status: 111 },
  { script: "multidefine \"\" { A B } printf \"[%s]\" x${A} x${B}", flags: ["-P"], stdout: "[x][x]", stderr: "", status: 0 },
  { script: "multidefine -0 \"\" { A B } printf \"[%s]\" x${A} x${B} y", flags: ["-P"], stdout: "[y]", stderr: "", status: 0 },
  { script: "multidefine \"a b\" { A B } foreground { printf \"[%s]\" { $A $B } } printf \"[%s]\" $B", flags: ["-P"], stdout: "[ a][ b][][b]", stderr: "", status: 0 },
  { script: "multidefine \"a b\" { } printf \"[%s]\" x", flags: ["-P"], stdout: "", stderr: "multidefine: fatal: empty block\n", status: 100 },
  { script: "multidefine \"a b\" { A A } printf \"[%s]\" x", flags: ["-P"], stdout: "", stderr: "multidefine: fatal: bad substitution key\n", status: 111 },
  { script: "multidefine \"a b\" A B", flags: ["-P"], stdout: "", stderr: "multidefine: usage: multidefine [ -0 ] [ -r ] [ -N | -n ] [ -C | -c ] [ -d delim ] value { vars... } prog...\n", status: 100 },
  { script: "multidefine \"a b\"", flags: ["-P"], stdout: "", stderr: "multidefine: usage: multidefine [ -0 ] [ -r ] [ -N | -n ] [ -C | -c ] [ -d delim ] value { vars... } prog...\n", status: 100 },
  { script: "multidefine -z \"a b\" { A } true", flags: ["-P"], stdout: "", stderr: "multidefine: usage: multidefine [ -0 ] [ -r ] [ -N | -n ] [ -C | -c ] [ -d delim ] value { vars... } prog...\n", status: 100 },
  { script: "multidefine \"a b\" { A }", flags: ["-P"], stdout: "", stderr: "", status: 0 },
  { script: "multidefine \"a b\" X Y \"\" printf \"[%s]\" $X $Y", flags: ["-P"], env: {"EXECLINE_STRICT":"1"}, stdout: "[a][b]", stderr: "multidefine: warning: unquoted argument X at block 1 position 0\nmultidefine: warning: unquoted argument Y at block 1 position 1\n", status: 0 },
  { script: "multidefine \"a b\" X Y \"\" printf \"[%s]\" $X $Y", flags: ["-P"], env: {"EXECLINE_STRICT":"2"}, stdout: "", stderr: "multidefine: fatal: unquoted argument X at block 1 position 0\n", status: 100 },
  { script: "multidefine \"a b\" { A } $A", flags: ["-P"], stdout: "", stderr: "multidefine: fatal: unable to exec a: No such file or directory\n", status: 127 },
]);
