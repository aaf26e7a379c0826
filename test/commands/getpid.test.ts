// getpid (spec §4, §10.5): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("getpid", [
  {"script":"getpid","stdout":"","stderr":"getpid: usage: getpid [ -E | -e ] [ -P | -p ] variable prog...\n","status":100},
  {"script":"getpid X","stdout":"","stderr":"getpid: usage: getpid [ -E | -e ] [ -P | -p ] variable prog...\n","status":100},
  {"script":"getpid \"\" x","stdout":"","stderr":"getpid: fatal: invalid variable name\n","status":100},
  {"script":"getpid A=B x","stdout":"","stderr":"getpid: fatal: invalid variable name\n","status":100},
  {"script":"getpid -Z X x","stdout":"","stderr":"getpid: usage: getpid [ -E | -e ] [ -P | -p ] variable prog...\n","status":100},
  {"script":"getpid -E P sh -c \"test $0 -eq $$ && echo same-process\" $P","stdout":"same-process\n","stderr":"","status":0},
  {"script":"getpid P sh -c \"test $P -eq $$ && echo same-process\"","stdout":"same-process\n","stderr":"","status":0},
  {"script":"getpid -P X sh -c \"test $X -eq $PPID && echo parent\"","stdout":"parent\n","stderr":"","status":0},
  {"script":"getpid -P -p X sh -c \"test $X -eq $$ && echo self\"","stdout":"self\n","stderr":"","status":0},
  {"script":"getpid -E -e X sh -c \"test $X -eq $$ && echo env\"","stdout":"env\n","stderr":"","status":0},
  {"script":"foreground { getpid X sh -c \"test $X = $$ && echo same-in-block\" } echo after","stdout":"same-in-block\nafter\n","stderr":"","status":0},
  {"script":"getpid ME foreground { getpid -P X importas X X importas ME ME sh -c \"test $X = $ME && echo parent-is-top\" } echo after","stdout":"parent-is-top\nafter\n","stderr":"","status":0},
  {"script":"foreground { getpid X exit 3 } importas ? ? echo $?","stdout":"3\n","stderr":"","status":0},
]);
