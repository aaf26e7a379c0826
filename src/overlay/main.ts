#!/usr/bin/env node
// Entry of dist/overlay.cjs: the heavy parts of the s6-overlay init. The role
// is the name it was called by (/init, .s6-svscan/finish, fix-attrs, ...).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stage1, preinit } from './stage1';
import { stage2 } from './stage2';
import { stage3 } from './stage3';
import { fixAttrs } from './fixattrs';
import { contenvNum, rawEnviron } from './contenv';
import { readAll, writeAll, writeErr } from '../runtime/io';
import { execProgram } from '../runtime/process';
import { FdTable } from '../runtime/fds';
import { strerror } from '../runtime/errno';

/** Names that get a shim in /usr/bin (the stages are reached through rootfs links). */
const PUBLIC = ['fix-attrs', 's6-overlay-preinit'];

function rawArgs(): string[] {
  const s = fs.readFileSync('/proc/self/cmdline', 'latin1').split('\0');
  if (s[s.length - 1] === '') s.pop();
  return s.slice(s.length - (process.argv.length - 1));
}

function crash(): number {
  writeAll(1, 's6-svscan panicked! Dropping to a root shell.\n\n');
  const errno = execProgram(['/bin/sh', '-i'], { env: rawEnviron(), cwd: '/', umask: process.umask(), fds: new FdTable(new Map([[0, 0], [1, 1], [2, 1]])) }, { path: undefined });
  writeErr(`crash: fatal: unable to exec /bin/sh: ${strerror(errno)}\n`);
  return 111;
}

function main(): number {
  let args = rawArgs();
  let name = path.basename(args[0] ?? '');
  if (name === path.basename(__filename)) {
    args = args.slice(1);
    name = args[0] ?? '';
  }
  switch (name) {
    case '--builtins':
      writeAll(1, PUBLIC.join('\n') + '\n');
      return 0;
    case 'init':
    case 'init-stage1':
      return stage1(args.slice(1));
    case '--stage2':
      return stage2(args[1], args.slice(2));
    case 'finish':
    case 'init-stage3':
      return stage3();
    case 'crash':
      return crash();
    case 's6-overlay-preinit':
      return preinit();
    case 'fix-attrs': {
      const env = rawEnviron();
      return fixAttrs(readAll(0), () => contenvNum('S6_FIX_ATTRS_HIDDEN', 0, env, 'fix-attrs') !== 0);
    }
    default:
      writeErr(`s6-overlay: fatal: unknown role ${name}\n`);
      return 100;
  }
}

let code: number;
try {
  code = main();
} catch (e) {
  writeErr(`s6-overlay: fatal: internal error: ${(e as Error)?.message ?? String(e)}\n`);
  code = 111;
}
if (code >= 0) process.exit(code & 255);
