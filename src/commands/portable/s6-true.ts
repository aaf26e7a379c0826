// s6-true: exit 0, whatever the arguments (s6-portable-utils 2.2.5.1).
import type { Command } from '../../interp/command';

const cmd: Command = { names: ['s6-true'], usage: 's6-true', run: () => ({ exit: 0 }) };

export default cmd;
