// importas: substitute a key with an environment variable (spec §3, §4 importas, §10.3).
// Expectations recorded from native execline 2.9.3.0.
import { tableSuite } from './_table';

tableSuite('importas', [
  { script: "importas F FOO printf \"[%s]\" a x${F}y b", flags: ["-P"], stdout: "[a][b]", stderr: "", status: 0 },
  { script: "importas -D dflt F FOO printf \"[%s]\" a x${F}y b", flags: ["-P"], stdout: "[a][xdflty][b]", stderr: "", status: 0 },
  { script: "importas -i F FOO printf \"[%s]\" a x${F}y b", flags: ["-P"], stdout: "", stderr: "importas: fatal: FOO not set\n", status: 100 },
  { script: "importas -i -D d F FOO printf \"[%s]\" a x${F}y b", flags: ["-P"], stdout: "", stderr: "importas: fatal: FOO not set\n", status: 100 },
  { script: "importas -D d -i F FOO printf \"[%s]\" a x${F}y b", flags: ["-P"], stdout: "", stderr: "importas: fatal: FOO not set\n", status: 100 },
  { script: "importas F FOO printf \"[%s]\" a x${F}y b", flags: ["-P"], env: {"FOO":""}, stdout: "[a][xy][b]", stderr: "", status: 0 },
  { script: "importas -i F FOO printf \"[%s]\" a x${F}y b", flags: ["-P"], env: {"FOO":""}, stdout: "[a][xy][b]", stderr: "", status: 0 },
  { script: "importas -us F FOO foreground { printf \"[%s]\" a x${F}y b } importas -D unset G FOO echo $G", flags: ["-P"], env: {"FOO":"1 2"}, stdout: "[a][x1y][x2y][b]unset\n", stderr: "", status: 0 },
  { script: "importas -u F FOO importas -D unset G FOO echo $F $G", flags: ["-P"], stdout: "unset\n", stderr: "", status: 0 },
  { script: "importas -u F FOO importas -D unset G FOO echo $F $G", flags: ["-P"], env: {"FOO":"x"}, stdout: "x unset\n", stderr: "", status: 0 },
  { script: "importas -u P PATH echo still-found", flags: ["-P"], stdout: "still-found\n", stderr: "", status: 0 },
  { script: "importas -s F FOO printf \"[%s]\" x${F}y", flags: ["-P"], env: {"FOO":" a  b \n"}, stdout: "[xy][xay][xy][xby][xy]", stderr: "", status: 0 },
  { script: "importas -sn F FOO printf \"[%s]\" x${F}y", flags: ["-P"], env: {"FOO":"a b\n"}, stdout: "[xay][xby]", stderr: "", status: 0 },
  { script: "importas -n F FOO printf \"[%s]\" x${F}y", flags: ["-P"], env: {"FOO":"a b\n"}, stdout: "[xa by]", stderr: "", status: 0 },
  { script: "importas -sC F FOO printf \"[%s]\" x${F}y", flags: ["-P"], env: {"FOO":" a  b "}, stdout: "[xy][xay][xby]", stderr: "", status: 0 },
  { script: "importas -s -d : F FOO printf \"[%s]\" x${F}y", flags: ["-P"], env: {"FOO":"a:b c::"}, stdout: "[xay][xb cy][xy]", stderr: "", status: 0 },
  { script: "importas -s -d \"\" F FOO printf \"[%s]\" x${F}y", flags: ["-P"], env: {"FOO":"1:a,0:,"}, stdout: "[xay][xy]", stderr: "", status: 0 },
  { script: "importas -s -d \"\" F FOO printf \"[%s]\" x${F}y", flags: ["-P"], env: {"FOO":"1:a,0:"}, stdout: "", stderr: "importas: fatal: unable to complete exlsn function: Invalid argument\n", status: 111 },
  { script: "importas -s -D \"p q\" F FOO printf \"[%s]\" x${F}y", flags: ["-P"], stdout: "[xpy][xqy]", stderr: "", status: 0 },
  { script: "importas F FOO define F again printf \"[%s]\" $F", flags: ["-P"], env: {"FOO":"v"}, stdout: "[v]", stderr: "", status: 0 },
  { script: "importas A B importas B A printf \"[%s]\" $A $B", flags: ["-P"], env: {"A":"a","B":"b"}, stdout: "[b][a]", stderr: "", status: 0 },
  { script: "importas \"\" FOO true", flags: ["-P"], env: {"FOO":"v"}, stdout: "", stderr: "importas: fatal: bad substitution key\n", status: 111 },
  { script: "importas A", flags: ["-P"], stdout: "", stderr: "importas: usage: importas [ -i | -D default ] [ -u ] [ -N | -n ] [ -s ] [ -C | -c ] [ -d delim ] key var prog...\n", status: 100 },
  { script: "importas -x A B true", flags: ["-P"], stdout: "", stderr: "importas: usage: importas [ -i | -D default ] [ -u ] [ -N | -n ] [ -s ] [ -C | -c ] [ -d delim ] key var prog...\n", status: 100 },
  { script: "importas -D", flags: ["-P"], stdout: "", stderr: "importas: usage: importas [ -i | -D default ] [ -u ] [ -N | -n ] [ -s ] [ -C | -c ] [ -d delim ] key var prog...\n", status: 100 },
  { script: "importas A B", flags: ["-P"], env: {"B":"v"}, stdout: "", stderr: "", status: 0 },
  { script: "importas -s A B $A", flags: ["-P"], env: {"B":""}, stdout: "", stderr: "", status: 0 },
]);
