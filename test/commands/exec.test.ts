// exec (spec §4, §10.5): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("exec", [
  {"script":"exec","stdout":"","stderr":"exec: usage: exec [ -c ] [ -l ] [ -a argv0 ] prog...\n","status":100},
  {"script":"exec -Z true","stdout":"","stderr":"exec: usage: exec [ -c ] [ -l ] [ -a argv0 ] prog...\n","status":100},
  {"script":"exec -a","stdout":"","stderr":"exec: usage: exec [ -c ] [ -l ] [ -a argv0 ] prog...\n","status":100},
  {"script":"exec -a foo sh -c \"echo $0\"","stdout":"foo\n","stderr":"","status":0},
  {"script":"exec -l -a foo sh -c \"echo $0\"","stdout":"-foo\n","stderr":"","status":0},
  {"script":"exec -a foo -l sh -c \"echo $0\"","stdout":"-foo\n","stderr":"","status":0},
  {"script":"exec -l sh -c \"echo $0\"","stdout":"-sh\n","stderr":"","status":0},
  {"script":"exec -c env","stdout":"","stderr":"","status":0},
  {"script":"exec -c export A 1 env","stdout":"A=1\n","stderr":"","status":0},
  {"script":"exec nonexistent-cmd","stdout":"","stderr":"exec: fatal: unable to exec nonexistent-cmd: No such file or directory\n","status":127},
  {"script":"exec /etc/passwd","stdout":"","stderr":"exec: fatal: unable to exec /etc/passwd: Permission denied\n","status":126},
  {"script":"exec -- echo ok","stdout":"ok\n","stderr":"","status":0},
  {"script":"exec exec exec echo ok","stdout":"ok\n","stderr":"","status":0},
]);
