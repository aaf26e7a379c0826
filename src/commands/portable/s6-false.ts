// s6-false: exit 1, whatever the arguments (s6-portable-utils 2.2.5.1).
import type { Command } from '../../interp/command';

const cmd: Command = { names: ['s6-false'], usage: 's6-false', run: () => ({ exit: 1 }) };

export default cmd;
