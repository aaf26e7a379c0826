// import (legacy, execline <= 2.4; spec §5): `import [opts] VAR` behaves as `importas [opts] VAR VAR`.
// Expectations recorded from native execline 2.9.3.0  by running the importas equivalent (2.9.3.0 has no import); these cases are a deliberate addition, checked on ours only.
import { tableSuite } from './_table';

tableSuite('import', [
  { oursOnly: true, flags: ["-P"], script: "import FOO printf \"[%s]\" a x${FOO}y b", stdout: "[a][b]", stderr: "", status: 0 },
  { oursOnly: true, flags: ["-P"], env: {"FOO":"v"}, script: "import FOO printf \"[%s]\" a x${FOO}y b", stdout: "[a][xvy][b]", stderr: "", status: 0 },
  { oursOnly: true, flags: ["-P"], script: "import -D dflt FOO printf \"[%s]\" a x${FOO}y b", stdout: "[a][xdflty][b]", stderr: "", status: 0 },
  { oursOnly: true, flags: ["-P"], script: "import -D0 UID printf \"[%s]\" $UID", stdout: "[0]", stderr: "", status: 0 },
  { oursOnly: true, flags: ["-P"], script: "import -i FOO printf \"[%s]\" $FOO", stdout: "", stderr: "import: fatal: FOO not set\n", status: 100 },
  { oursOnly: true, flags: ["-P"], script: "import -i -D d FOO printf \"[%s]\" $FOO", stdout: "", stderr: "import: fatal: FOO not set\n", status: 100 },
  { oursOnly: true, flags: ["-P"], env: {"FOO":"1 2"}, script: "import -us FOO foreground { printf \"[%s]\" a x${FOO}y b } importas -D unset G FOO echo $G", stdout: "[a][x1y][x2y][b]unset\n", stderr: "", status: 0 },
  { oursOnly: true, flags: ["-P"], env: {"FOO":"a b\n"}, script: "import -sn FOO printf \"[%s]\" x${FOO}y", stdout: "[xay][xby]", stderr: "", status: 0 },
  { oursOnly: true, flags: ["-P"], env: {"FOO":"a::b:"}, script: "import -sC -d : FOO printf \"[%s]\" x${FOO}y", stdout: "[xay][xby]", stderr: "", status: 0 },
  { oursOnly: true, flags: ["-P"], env: {"FOO":"1:a,x"}, script: "import -s -d \"\" FOO printf \"[%s]\" x${FOO}y", stdout: "", stderr: "import: fatal: unable to complete exlsn function: Invalid argument\n", status: 111 },
  { oursOnly: true, flags: ["-P"], env: {"FOO":"v"}, script: "import FOO", stdout: "", stderr: "", status: 0 },
  { oursOnly: true, flags: ["-P"], script: "import", stdout: "", stderr: "import: usage: import [ -i | -D default ] [ -u ] [ -n ] [ -s ] [ -C | -c ] [ -d delim ] var prog...\n", status: 100 },
  { oursOnly: true, flags: ["-P"], script: "import -N FOO true", stdout: "", stderr: "import: usage: import [ -i | -D default ] [ -u ] [ -n ] [ -s ] [ -C | -c ] [ -d delim ] var prog...\n", status: 100 },
  { oursOnly: true, flags: ["-P"], script: "import -D", stdout: "", stderr: "import: usage: import [ -i | -D default ] [ -u ] [ -n ] [ -s ] [ -C | -c ] [ -d delim ] var prog...\n", status: 100 },
  { oursOnly: true, flags: ["-P"], script: "import \"\" true", stdout: "", stderr: "import: fatal: bad substitution key\n", status: 111 },
]);
