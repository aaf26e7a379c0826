// s6-sync: flush the filesystem buffers; arguments are ignored (s6-portable-utils 2.2.5.1).
import type { Command } from '../../interp/command';
import { libc } from '../../runtime/libc';

const cmd: Command = {
  names: ['s6-sync'],
  usage: 's6-sync',
  run() {
    libc().sync();
    return { exit: 0 };
  },
};

export default cmd;
