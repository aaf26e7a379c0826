// homeof (spec §4, §10.5): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("homeof", [
  {"script":"homeof root","stdout":"/root\n","stderr":"","status":0},
  {"script":"homeof daemon","stdout":"/usr/sbin\n","stderr":"","status":0},
  {"script":"homeof nosuchuserxyz","stdout":"","stderr":"homeof: fatal: : unable to get passwd entry for nosuchuserxyz: no such user\n","status":111},
  {"script":"homeof","stdout":"","stderr":"homeof: usage: homeof user\n","status":100},
  {"script":"homeof root extra","stdout":"/root\n","stderr":"","status":0},
  {"script":"homeof -- root","stdout":"","stderr":"homeof: fatal: : unable to get passwd entry for --: no such user\n","status":111},
  {"script":"homeof \"\"","stdout":"","stderr":"homeof: fatal: : unable to get passwd entry for : no such user\n","status":111},
]);
