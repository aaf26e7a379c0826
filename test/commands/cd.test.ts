// cd (spec §4, §10.5): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { tableSuite } from './_table';

tableSuite("cd", [
  {"script":"cd /nonexistent pwd","stdout":"","stderr":"execline-cd: fatal: unable to chdir to /nonexistent: No such file or directory\n","status":111},
  {"script":"cd /tmp","stdout":"","stderr":"execline-cd: usage: cd path prog...\n","status":100},
  {"script":"cd","stdout":"","stderr":"execline-cd: usage: cd path prog...\n","status":100},
  {"script":"cd /tmp pwd","stdout":"/tmp\n","stderr":"","status":0},
  {"script":"execline-cd /tmp pwd","stdout":"/tmp\n","stderr":"","status":0},
  {"script":"cd g getcwd -E D sh -c \"basename $1\" x $D","files":{"real/x/":"","g/":"","gg/":"","x/gg/":"","f":"file"},"stdout":"g\n","stderr":"","status":0},
  {"script":"cd \"\" pwd","stdout":"","stderr":"execline-cd: fatal: unable to chdir to : No such file or directory\n","status":111},
  {"script":"cd -- pwd","stdout":"","stderr":"execline-cd: fatal: unable to chdir to --: No such file or directory\n","status":111},
  {"script":"cd f pwd","files":{"real/x/":"","g/":"","gg/":"","x/gg/":"","f":"file"},"stdout":"","stderr":"execline-cd: fatal: unable to chdir to f: Not a directory\n","status":111},
  {"script":"foreground { cd g sh -c \"basename $(pwd)\" } sh -c \"test -d g && echo back-in-top\"","files":{"real/x/":"","g/":"","gg/":"","x/gg/":"","f":"file"},"stdout":"g\nback-in-top\n","stderr":"","status":0},
  {"script":"export PWD /nowhere cd g printenv PWD","files":{"real/x/":"","g/":"","gg/":"","x/gg/":"","f":"file"},"stdout":"/nowhere\n","stderr":"","status":0},
]);
