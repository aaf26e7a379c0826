import { tableSuite, usage } from './_table';

const U = usage('s6-ln', 's6-ln [ -n ] [ -s ] [ -f ] [ -L ] [ -P ] src... dest');
const warnExists = (from: string, to: string): string => `s6-ln: warning: unable to make a link from ${from} to ${to}: File exists\n`;
tableSuite('s6-ln', [
  { setup: 'printf c > a', argv: ['s6-ln', 'a', 'b'], check: "stat -c '%n %F %h' a b", state: 'a regular file 2\nb regular file 2\n' },
  { setup: 'echo A > a', argv: ['s6-ln', '-s', 'a', 'b'], check: 'readlink b', state: 'a\n' },
  { setup: 'echo A > a && echo B > b', argv: ['s6-ln', '-s', 'a', 'b'], stderr: warnExists('b', 'a'), status: 1, check: 'cat b', state: 'B\n' },
  { setup: 'echo A > a && echo B > b', argv: ['s6-ln', '-f', 'a', 'b'], check: "stat -c '%h' a; cat b", state: '2\nA\n' },
  { setup: 'echo A > a && echo B > b', argv: ['s6-ln', '-sf', 'a', 'b'], check: 'readlink b; ls', state: 'a\na\nb\n' },
  { setup: 'echo A > a', argv: ['s6-ln', '-f', 'a', 'a'], check: "stat -c '%h' a; ls", state: '1\na\n' },
  { setup: 'echo B > b', argv: ['s6-ln', '-sf', 'b', 'b'], check: 'readlink b; ls', state: 'b\nb\n' },
  { name: 'into a directory', setup: 'mkdir d && echo A > a', argv: ['s6-ln', '-s', '../a', 'd'], check: 'readlink d/a', state: '../a\n' },
  { setup: 'mkdir d', argv: ['s6-ln', '-s', 'x', 'y', 'z/w', 'd'], check: 'ls d; readlink d/w', state: 'w\nx\ny\nz/w\n' },
  { name: 'the exit code counts failures', setup: 'mkdir d && touch a b d/a d/b', argv: ['s6-ln', 'a', 'b', 'c', 'd'], stderr: warnExists('d/a', 'a') + warnExists('d/b', 'b') + 's6-ln: warning: unable to make a link from d/c to c: No such file or directory\n', status: 3 },
  { setup: 'mkdir real && ln -s real lnk', argv: ['s6-ln', '-s', 'x', 'lnk'], check: 'ls real', state: 'x\n' },
  { setup: 'mkdir real && ln -s real lnk', argv: ['s6-ln', '-ns', 'z', 'lnk'], stderr: warnExists('lnk', 'z'), status: 1 },
  { setup: 'mkdir real && ln -s real lnk', argv: ['s6-ln', '-nsf', 'y', 'lnk'], check: 'readlink lnk; ls real', state: 'y\n' },
  { name: '-L links the target of a symlink', setup: 'echo A > a && ln -s a l', argv: ['s6-ln', '-L', 'l', 'h'], check: "stat -c '%F %h' h", state: 'regular file 2\n' },
  { name: 'default (and -P) links the symlink itself', setup: 'echo A > a && ln -s a l', argv: ['s6-ln', 'l', 'h'], check: "stat -c '%F %h' h", state: 'symbolic link 2\n' },
  { name: '-L is ignored with -s', setup: 'echo A > a', argv: ['s6-ln', '-sL', 'a', 'h'], check: 'readlink h', state: 'a\n' },
  { argv: ['s6-ln', 'nope', 'b'], stderr: 's6-ln: warning: unable to make a link from b to nope: No such file or directory\n', status: 1 },
  { setup: 'touch a file', argv: ['s6-ln', 'a', 'file/sub'], stderr: 's6-ln: fatal: unable to stat file/sub: Not a directory\n', status: 111 },
  { argv: ['s6-ln'], stderr: U, status: 100 },
  { argv: ['s6-ln', 'a'], stderr: U, status: 100 },
  { argv: ['s6-ln', '-x', 'a', 'b'], stderr: U, status: 100 },
]);
