// ifte (spec §4, §10.4): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("ifte", [
  {"script":"ifte { echo then } { echo else } false","stdout":"else\n","stderr":"","status":0},
  {"script":"ifte { echo then } { echo else } true","stdout":"then\n","stderr":"","status":0},
  {"script":"ifte -n { echo then } { echo else } true","stdout":"else\n","stderr":"","status":0},
  {"script":"ifte -X { echo then } { echo else } sh -c \"kill $$\"","stdout":"else\n","stderr":"","status":0},
  {"script":"ifte { echo then } { echo else } sh -c \"kill -9 $$\"","stdout":"","stderr":"ifte: fatal: child crashed with signal 9\n","status":137},
  {"script":"ifte { echo then } { echo else }","stdout":"","stderr":"ifte: fatal: empty command-if\n","status":100},
  {"script":"ifte { echo then } { echo else } { true }","stdout":"","stderr":"ifte: fatal: : unable to spawn  true: name begins with a space, are you trying to spawn a block as your command-if?\n","status":111},
  {"script":"ifte { echo then }","stdout":"","stderr":"ifte: fatal: else block required\n","status":100},
  {"script":"ifte { echo then } x","stdout":"","stderr":"ifte: fatal: unterminated else block\n","status":100},
  {"script":"ifte","stdout":"","stderr":"ifte: fatal: unterminated then block\n","status":100},
  {"script":"ifte { echo then } { echo else } nonexistent-cmd","stdout":"","stderr":"ifte: fatal: unable to spawn nonexistent-cmd: No such file or directory\n","status":111},
  {"script":"ifte { } { echo else } true","stdout":"","stderr":"","status":0},
  {"script":"ifte { echo then } { } false","stdout":"","stderr":"","status":0},
  {"script":"ifte { echo then } { echo else } exit 200","stdout":"else\n","stderr":"","status":0},
]);
