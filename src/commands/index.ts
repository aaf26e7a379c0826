// Every builtin of the script path. Keep this list sorted.
import type { Command } from '../interp/command';
import define from './define';
import execlineb from './execlineb';
import exit from './exit';
import exportCmd from './export';
import foreground from './foreground';
import ifCmd from './if';
import importas from './importas';

export const allCommands: Command[] = [
  define,
  execlineb,
  exit,
  exportCmd,
  foreground,
  ifCmd,
  importas,
];
