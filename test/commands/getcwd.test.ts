// getcwd (spec §4, §10.5): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("getcwd", [
  {"script":"getcwd X","stdout":"","stderr":"getcwd: usage: getcwd [ -E | -e ] variable prog...\n","status":100},
  {"script":"getcwd X=Y true","stdout":"","stderr":"getcwd: fatal: invalid variable name\n","status":100},
  {"script":"getcwd \"\" true","stdout":"","stderr":"getcwd: fatal: invalid variable name\n","status":100},
  {"script":"getcwd -Z X true","stdout":"","stderr":"getcwd: usage: getcwd [ -E | -e ] variable prog...\n","status":100},
  {"script":"foreground { ln -s real/x link } cd link getcwd -E D sh -c \"case $1 in /*/real/x) echo resolved;; *) echo bad $1;; esac\" x $D","files":{"real/x/":"","g/":"","gg/":"","x/gg/":"","f":"file"},"stdout":"resolved\n","stderr":"","status":0},
  {"script":"cd /usr/bin getcwd X importas X X echo $X","stdout":"/usr/bin\n","stderr":"","status":0},
  {"script":"cd /usr getcwd -e -E X echo $X","stdout":"/usr\n","stderr":"","status":0},
  {"script":"cd /usr getcwd -E -e X sh -c \"echo $X\"","stdout":"/usr\n","stderr":"","status":0},
]);
