// ifelse (spec §4, §10.4): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("ifelse", [
  {"script":"ifelse { true } { echo then } echo else","stdout":"then\n","stderr":"","status":0},
  {"script":"ifelse { false } { echo then } echo else","stdout":"else\n","stderr":"","status":0},
  {"script":"ifelse -n { false } { echo then } echo else","stdout":"then\n","stderr":"","status":0},
  {"script":"ifelse -n { true } { echo then } echo else","stdout":"else\n","stderr":"","status":0},
  {"script":"ifelse { false } { echo then }","stdout":"","stderr":"","status":0},
  {"script":"ifelse { true } { } echo else","stdout":"","stderr":"","status":0},
  {"script":"ifelse { false }","stdout":"","stderr":"ifelse: fatal: then block required\n","status":100},
  {"script":"ifelse { false } echo","stdout":"","stderr":"ifelse: fatal: unterminated then block\n","status":100},
  {"script":"ifelse","stdout":"","stderr":"ifelse: fatal: unterminated if block\n","status":100},
  {"script":"ifelse -Z { true } { echo then }","stdout":"","stderr":"ifelse: usage: ifelse [ -n ] [ -X ] { command-if } { command-then... } command-else...\n","status":100},
  {"script":"ifelse { nonexistent-cmd } { echo then }","stdout":"","stderr":"ifelse: fatal: unable to spawn nonexistent-cmd: No such file or directory\n","status":111},
  {"script":"ifelse { sh -c \"kill $$\" } { echo then } echo else","stdout":"","stderr":"ifelse: fatal: child crashed with signal 15\n","status":143},
  {"script":"ifelse -X { sh -c \"kill $$\" } { echo then } echo else","stdout":"else\n","stderr":"","status":0},
  {"script":"ifelse -nX { sh -c \"kill $$\" } { echo then } echo else","stdout":"then\n","stderr":"","status":0},
  {"script":"ifelse { exit 200 } { echo then } echo else","stdout":"else\n","stderr":"","status":0},
  {"script":"ifelse { } { echo then } echo else","stdout":"then\n","stderr":"","status":0},
  {"script":"ifelse { true } { echo then } echo else","env":{"EXECLINE_STRICT":"1"},"stdout":"then\n","stderr":"","status":0},
  {"script":"ifelse \" true\" \"\" x \"\" echo else","env":{"EXECLINE_STRICT":"1"},"stdout":"","stderr":"ifelse: warning: unquoted argument x at block 2 position 0\nifelse: fatal: unable to exec x: No such file or directory\n","status":127},
  {"script":"ifelse \" true\" \"\" x \"\" echo else","env":{"EXECLINE_STRICT":"2"},"stdout":"","stderr":"ifelse: fatal: unquoted argument x at block 2 position 0\n","status":100},
  {"script":"ifelse { define X 1 } { echo $X } echo else","stdout":"$X\n","stderr":"","status":0},
]);
