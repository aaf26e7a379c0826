// background (spec §4, §10.5): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("background", [
  {"script":"background { } echo x","stdout":"","stderr":"background: fatal: empty block\n","status":100},
  {"script":"background","stdout":"","stderr":"background: fatal: unterminated block\n","status":100},
  {"script":"background x","stdout":"","stderr":"background: fatal: unterminated block\n","status":100},
  {"script":"background -Z { true }","stdout":"","stderr":"background: usage: background [ -d ] { command... }\n","status":100},
  {"script":"background { nonexistent-cmd } echo x","stdout":"","stderr":"background: fatal: unable to spawn nonexistent-cmd: No such file or directory\n","status":111},
  {"script":"background { exit 3 }","stdout":"","stderr":"","status":0},
  {"script":"background { exit 3 } importas ! ! wait -o { $! } importas ? ? echo $?","stdout":"3\n","stderr":"","status":0},
  {"script":"background { exit 3 } wait","stdout":"","stderr":"","status":0},
  {"script":"background { echo in-bg } importas ! ! wait { $! } echo after","stdout":"in-bg\nafter\n","stderr":"","status":0},
  {"script":"background { sh -c \"echo $$ > p\" } importas ! ! wait { $! } sh -c \"test $(cat p) = $1 && echo bang-is-pid\" x $!","stdout":"bang-is-pid\n","stderr":"","status":0},
  {"script":"background { define X 1 echo $X } wait","stdout":"1\n","stderr":"","status":0},
  {"script":"background -d { }","stdout":"","stderr":"background: fatal: empty block\n","status":100},
  {"script":"background -d { echo x }","stdout":"x\n","stderr":"","status":0},
  {"script":"background -d { sh -c \"echo $$ > p; sleep 0.3; cut -d\\\" \\\" -f4 /proc/$$/stat > pp\" } importas ! ! getpid ME foreground { loopwhilex -x 0 eltest -s pp } sh -c \"test $(cat p) = $1 && echo bang-is-grandchild; test $(cat pp) != $2 && echo not-our-child\" x $! $ME","stdout":"bang-is-grandchild\nnot-our-child\n","stderr":"","status":0},
  {"script":"background -d { sleep 2 } foreground { wait } echo no-child-to-wait","stdout":"no-child-to-wait\n","stderr":"","status":0},
  {"script":"background -d { nonexistent-cmd } foreground { sleep 0.3 } echo continues","stdout":"continues\n","stderr":"background (grandchild): fatal: unable to exec nonexistent-cmd: No such file or directory\n","status":0},
  {"script":"background -d { foreground { redirfd -w 1 tmp echo from-grandchild } mv tmp done } foreground { loopwhilex eltest ! -e done } cat done","stdout":"from-grandchild\n","stderr":"","status":0},
]);
