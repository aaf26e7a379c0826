// elglob: substitute a key with glob(3) matches (spec §4 elglob, §10.3).
// Expectations recorded from native execline 2.9.3.0.
import { tableSuite } from './_table';

tableSuite('elglob', [
  { script: "elglob -s F *.txt printf \"[%s]\" x${F}y", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[xa.txty][xb.txty]", stderr: "", status: 0 },
  { script: "elglob -sm F * printf \"[%s]\" $F", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[a.txt][b.txt][c.log][sub/]", stderr: "", status: 0 },
  { script: "elglob -s F .* printf \"[%s]\" $F", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[.][..][.h.txt]", stderr: "", status: 0 },
  { script: "elglob -s F */*.txt printf \"[%s]\" $F", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[sub/x.txt]", stderr: "", status: 0 },
  { script: "elglob -s F [ab].txt printf \"[%s]\" $F", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[a.txt][b.txt]", stderr: "", status: 0 },
  { script: "elglob -s F ?.* printf \"[%s]\" $F", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[a.txt][b.txt][c.log]", stderr: "", status: 0 },
  { script: "elglob F *.nomatch printf \"[%s]\" a ${F} b", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[a][*.nomatch][b]", stderr: "", status: 0 },
  { script: "elglob -0 F *.nomatch printf \"[%s]\" a ${F} b", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[a][b]", stderr: "", status: 0 },
  { script: "elglob F \"\\\\*.nomatch\" printf \"[%s]\" a ${F} b", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[a][\\*.nomatch][b]", stderr: "", status: 0 },
  { script: "foreground { touch \"a*b\" axb \"a\\\\xb\" } foreground { elglob -s F \"a\\\\*b\" echo $F } elglob -s -e F \"a\\\\*b\" echo $F", flags: ["-P"], stdout: "a*b\na\\xb\n", stderr: "", status: 0 },
  { script: "elglob -w F \"nodir/*\" printf \"[%s]\" x", flags: ["-P"], stdout: "", stderr: "elglob: fatal: unable to complete exlsn function: No such file or directory\n", status: 111 },
  { script: "elglob -v F \"nodir/*\" printf \"[%s]\" $F", flags: ["-P"], stdout: "[nodir/*]", stderr: "elglob: warning: while globbing, error reading nodir: No such file or directory\n", status: 0 },
  { script: "elglob -vw F \"nodir/*\" printf \"[%s]\" $F", flags: ["-P"], stdout: "", stderr: "elglob: warning: while globbing, error reading nodir: No such file or directory\nelglob: fatal: unable to complete exlsn function: No such file or directory\n", status: 111 },
  { script: "elglob -s F \"sub/*\" foreground { printf \"[%s]\" { $F } } printf \"[%s]\" $F", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[ sub/x.txt][][sub/x.txt]", stderr: "", status: 0 },
  { script: "elglob -s F *.txt elglob -s G *.log printf \"[%s]\" ${F}:${G}", flags: ["-P"], files: {"b.txt":"","a.txt":"","c.log":"",".h.txt":"","sub/":"","sub/x.txt":""}, stdout: "[a.txt:c.log][b.txt:c.log]", stderr: "", status: 0 },
  { script: "elglob \"\" x true", flags: ["-P"], stdout: "", stderr: "elglob: fatal: bad substitution key\n", status: 111 },
  { script: "elglob F", flags: ["-P"], stdout: "", stderr: "elglob: usage: elglob [ -v ] [ -w ] [ -s ] [ -m ] [ -e ] [ -0 ] key pattern prog...\n", status: 100 },
  { script: "elglob -x F * true", flags: ["-P"], stdout: "", stderr: "elglob: usage: elglob [ -v ] [ -w ] [ -s ] [ -m ] [ -e ] [ -0 ] key pattern prog...\n", status: 100 },
  { script: "elglob F *", flags: ["-P"], stdout: "", stderr: "", status: 0 },
]);
