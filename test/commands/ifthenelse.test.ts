// ifthenelse (spec §4, §10.4): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("ifthenelse", [
  {"script":"ifthenelse { true } { exit 3 } { exit 4 } importas ? ? echo $?","stdout":"3\n","stderr":"","status":0},
  {"script":"ifthenelse { false } { exit 3 } { exit 4 } importas ? ? echo $?","stdout":"4\n","stderr":"","status":0},
  {"script":"ifthenelse { false } { exit 3 } { exit 4 }","stdout":"","stderr":"","status":0},
  {"script":"ifthenelse { true } { echo ran } { echo no }","stdout":"ran\n","stderr":"","status":0},
  {"script":"ifthenelse { false } { exit 3 } { nonexistent-cmd } importas ? ? echo $?","stdout":"127\n","stderr":"ifthenelse: warning: unable to spawn nonexistent-cmd: No such file or directory\n","status":0},
  {"script":"ifthenelse { true } { sh -c \"kill -9 $$\" } { } importas ? ? echo $?","stdout":"265\n","stderr":"","status":0},
  {"script":"ifthenelse -s { true } { define X 1 } { define X 2 } echo $X","stdout":"1\n","stderr":"","status":0},
  {"script":"ifthenelse -s { false } { define X 1 } { define X 2 } echo $X","stdout":"2\n","stderr":"","status":0},
  {"script":"ifthenelse -s { false } { } { } echo rest","stdout":"rest\n","stderr":"","status":0},
  {"script":"ifthenelse { true } { define X 1 } { define X 2 } echo $X","stdout":"$X\n","stderr":"","status":0},
  {"script":"ifthenelse { true } { echo a }","stdout":"","stderr":"ifthenelse: fatal: unterminated else block\n","status":100},
  {"script":"ifthenelse { true }","stdout":"","stderr":"ifthenelse: fatal: then block required\n","status":100},
  {"script":"ifthenelse","stdout":"","stderr":"ifthenelse: fatal: unterminated if block\n","status":100},
  {"script":"ifthenelse -n { true } { } { }","stdout":"","stderr":"ifthenelse: usage: ifthenelse [ -X ] { command-if... } { command-then... } { command-else... } [ remainder... ]\n","status":100},
  {"script":"ifthenelse { nonexistent-cmd } { } { }","stdout":"","stderr":"ifthenelse: fatal: unable to spawn nonexistent-cmd: No such file or directory\n","status":111},
  {"script":"ifthenelse { sh -c \"kill -9 $$\" } { echo a } { echo b } echo c","stdout":"","stderr":"ifthenelse: fatal: child crashed with signal 9\n","status":137},
  {"script":"ifthenelse -X { sh -c \"kill -9 $$\" } { echo a } { echo b } echo c","stdout":"b\nc\n","stderr":"","status":0},
  {"script":"ifthenelse { exit 200 } { echo a } { echo b } echo c","stdout":"b\nc\n","stderr":"","status":0},
]);
