import { tableSuite, usage } from './_table';

const LS = 'find . -mindepth 1 | LC_ALL=C sort';
tableSuite('s6-rmrf', [
  {
    name: 'a whole tree, with fifos, unreadable dirs and symlinks (not followed)',
    setup: 'mkdir -p d/a/b/c d/e out && echo x > d/a/f && mkfifo d/e/p && echo keep > out/keep && ln -s ../../out d/a/lk && ln -s /nonexistent d/dang && chmod 000 d/a/b',
    argv: ['s6-rmrf', 'd'], check: LS, state: './out\n./out/keep\n',
  },
  { setup: 'echo 1 > f1 && mkdir d2 && echo 2 > d2/x && mkfifo p3 && echo 4 > f4', argv: ['s6-rmrf', 'f1', 'd2', 'p3'], check: LS, state: './f4\n' },
  { name: 'a symlink to a directory is removed, the directory kept', setup: 'mkdir real && touch real/x && ln -s real lnk', argv: ['s6-rmrf', 'lnk'], check: LS, state: './real\n./real/x\n' },
  { name: 'a missing file is not an error', argv: ['s6-rmrf', 'nope', 'nope2/x'], check: LS, state: '' },
  { name: 'a file inside a non-directory', setup: 'touch f', argv: ['s6-rmrf', 'f/x'], stderr: 's6-rmrf: fatal: unable to remove f/x: Not a directory\n', status: 111 },
  {
    name: 'the message names the first operand',
    setup: 'mkdir -p w/ro/sub && touch w/a w/ro/sub/x && chown -R 65534 w && chmod 555 w/ro/sub',
    setpriv: ['--reuid=65534', '--regid=65534', '--clear-groups'],
    argv: ['s6-rmrf', 'w/a', 'w/ro/sub'], stderr: 's6-rmrf: fatal: unable to remove w/a: Permission denied\n', status: 111,
    check: 'find w | LC_ALL=C sort', state: 'w\nw/ro\nw/ro/sub\nw/ro/sub/x\n',
  },
  { argv: ['s6-rmrf'], stderr: usage('s6-rmrf', 's6-rmrf file ...'), status: 100 },
]);
