// umask (spec §4, §10.5): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("umask", [
  {"script":"umask 027 sh -c umask","stdout":"0027\n","stderr":"","status":0},
  {"script":"umask 0999 sh -c umask","stdout":"0000\n","stderr":"","status":0},
  {"script":"umask 7777 sh -c umask","stdout":"0777\n","stderr":"","status":0},
  {"script":"execline-umask 1234567 sh -c umask","stdout":"0567\n","stderr":"","status":0},
  {"script":"umask u=rwx sh -c umask","stdout":"","stderr":"execline-umask: usage: umask value prog...\n","status":100},
  {"script":"umask 77x sh -c umask","stdout":"0077\n","stderr":"","status":0},
  {"script":"umask 077","stdout":"","stderr":"execline-umask: usage: umask value prog...\n","status":100},
  {"script":"umask","stdout":"","stderr":"execline-umask: usage: umask value prog...\n","status":100},
  {"script":"umask -- 022 true","stdout":"","stderr":"execline-umask: usage: umask value prog...\n","status":100},
  {"script":"foreground { umask 077 sh -c umask } sh -c umask","stdout":"0077\n0022\n","stderr":"","status":0},
  {"script":"umask 077 foreground { redirfd -w 1 f true } foreground { mkdir d } stat -c \"%a %n\" f d","stdout":"600 f\n700 d\n","stderr":"","status":0},
]);
