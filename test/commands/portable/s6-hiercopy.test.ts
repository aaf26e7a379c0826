import { tableSuite, usage } from './_table';

const DIRS = "find dst -type d -exec stat -c '%n %a %u:%g' {} + | LC_ALL=C sort";
const FILES = "find dst ! -type d -exec stat -c '%n %F %a %u:%g %s' {} + | LC_ALL=C sort";
tableSuite('s6-hiercopy', [
  {
    name: 'a tree: modes, owners, symlinks as symlinks, fifos, setuid bits',
    setup: 'mkdir -p src/sub/deep src/empty && printf hello > src/f && printf xy > src/sub/g && chmod 640 src/f && chmod 750 src/sub && chmod 700 src/sub/deep && ln -s f src/lnk && ln -s /nonexistent src/dang && mkfifo src/sub/p && chmod 604 src/sub/p && : > src/sub/deep/z && chmod 4755 src/sub/deep/z && chown 1:4 src/sub/g && chmod 711 src',
    argv: ['s6-hiercopy', 'src', 'dst'],
    check: `${DIRS}; ${FILES}; readlink dst/lnk dst/dang; cat dst/f dst/sub/g`,
    state: 'dst 711 0:0\ndst/empty 755 0:0\ndst/sub 750 0:0\ndst/sub/deep 700 0:0\n'
      + 'dst/dang symbolic link 777 0:0 12\ndst/f regular file 640 0:0 5\ndst/lnk symbolic link 777 0:0 1\n'
      + 'dst/sub/deep/z regular empty file 4755 0:0 0\ndst/sub/g regular file 644 1:4 2\ndst/sub/p fifo 604 0:0 0\n'
      + 'f\n/nonexistent\nhelloxy',
  },
  {
    name: 'a symlink to a directory outside the tree is copied as a link, not followed',
    setup: 'mkdir -p outside src && touch outside/secret && ln -s ../outside src/out',
    argv: ['s6-hiercopy', 'src', 'dst'], check: 'find dst | LC_ALL=C sort; readlink dst/out', state: 'dst\ndst/out\n../outside\n',
  },
  {
    name: 'into an existing directory: files overwritten, others kept, the mode taken',
    setup: 'mkdir -p src/sub dst/sub && echo new > src/f && echo s > src/sub/s && echo old > dst/f && echo keep > dst/keep && chmod 700 dst && chmod 750 src',
    argv: ['s6-hiercopy', 'src', 'dst'], check: `${DIRS}; find dst -type f | LC_ALL=C sort; cat dst/f`,
    state: 'dst 750 0:0\ndst/sub 755 0:0\ndst/f\ndst/keep\ndst/sub/s\nnew\n',
  },
  { setup: 'printf data > f && chmod 604 f', argv: ['s6-hiercopy', 'f', 'c'], check: "stat -c '%F %a %s' c", state: 'regular file 604 4\n' },
  { setup: 'ln -s f l', argv: ['s6-hiercopy', 'l', 'c'], check: "stat -c '%F' c; readlink c", state: 'symbolic link\nf\n' },
  { setup: 'mkdir src && mknod src/null c 1 3 && chmod 620 src/null', argv: ['s6-hiercopy', 'src', 'dst'], check: "stat -c '%F %a %t:%T' dst/null", state: 'character special file 620 1:3\n' },
  { name: 'errors below the top are skipped', setup: 'mkdir -p src/d && echo a > src/a && ln -s x src/l && mkdir dst && ln -s y dst/l', argv: ['s6-hiercopy', 'src', 'dst'], check: 'readlink dst/l; cat dst/a', state: 'y\na\n' },
  { argv: ['s6-hiercopy', 'nope', 'dst'], stderr: 's6-hiercopy: fatal: unable to copy hierarchy from nope to dst: No such file or directory\n', status: 111 },
  { setup: 'mkdir src && touch dst', argv: ['s6-hiercopy', 'src', 'dst'], stderr: 's6-hiercopy: fatal: unable to copy hierarchy from src to dst: Not a directory\n', status: 111 },
  { argv: ['s6-hiercopy', 'src'], stderr: usage('s6-hiercopy', 's6-hiercopy src dst'), status: 100 },
]);
