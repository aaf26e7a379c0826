// tryexec (spec §4, §10.5): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("tryexec", [
  {"script":"tryexec { nonexistent-cmd } echo fallback","stdout":"fallback\n","stderr":"","status":0},
  {"script":"tryexec -n { echo fallback } nonexistent-cmd","stdout":"fallback\n","stderr":"","status":0},
  {"script":"tryexec -n { echo fallback }","stdout":"","stderr":"tryexec: fatal: empty remainder not allowed with -n\n","status":100},
  {"script":"tryexec { nonexistent-cmd }","stdout":"","stderr":"","status":0},
  {"script":"tryexec { }","stdout":"","stderr":"tryexec: fatal: empty block\n","status":100},
  {"script":"tryexec","stdout":"","stderr":"tryexec: fatal: unterminated block\n","status":100},
  {"script":"tryexec x","stdout":"","stderr":"tryexec: fatal: unterminated block\n","status":100},
  {"script":"tryexec -Z { true }","stdout":"","stderr":"tryexec: usage: tryexec [ -n ] [ -c ] [ -l ] [ -a argv0 ] { command... } remainder...\n","status":100},
  {"script":"tryexec { echo one } echo two","stdout":"one\n","stderr":"","status":0},
  {"script":"tryexec -n { echo one } echo two","stdout":"two\n","stderr":"","status":0},
  {"script":"tryexec { no-such-a } no-such-b","stdout":"","stderr":"tryexec: fatal: unable to exec no-such-b: No such file or directory\n","status":127},
  {"script":"tryexec { /etc/passwd } /etc/group","stdout":"","stderr":"tryexec: fatal: unable to exec /etc/group: Permission denied\n","status":126},
  {"script":"tryexec -l -a zzz { sh -c \"echo $0\" } echo x","stdout":"-zzz\n","stderr":"","status":0},
  {"script":"tryexec -a zzz { nonexistent-cmd } sh -c \"echo $0\"","stdout":"sh\n","stderr":"","status":0},
]);
