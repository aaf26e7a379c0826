#!/usr/bin/env node
// Entry point of the script-path bundle: every shim is a link to this file and
// the command is chosen by the name it was called by.
import { registerIndex, indexedCommands, findBuiltin, runChain } from './interp/chain';
import { baseName } from './interp/basename';
import { Env } from './interp/env';
import { Exit } from './interp/errors';
import { Detach } from './interp/detach';
import { FdTable, inheritedFds } from './runtime/fds';
import { markCloexec, noteCwd, currentUmask } from './runtime/process';
import { currentDir } from './interp/cwd';
import { writeErr, writeAll, readFileBytes } from './runtime/io';
import { libc, isAscii } from './runtime/libc';
import { commandIndex } from './commands';
import { FDS_FLAG } from './interp/chain';

const SIGUSR1 = 10;

/** A NUL-separated /proc list as latin1 byte strings. */
function rawList(file: string): string[] {
  const s = readFileBytes(file, true);
  if (typeof s !== 'string') throw new Error(`cannot read ${file}: errno ${s.errno}`);
  if (s === '') return [];
  const parts = s.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * This run's words from the script path on, as byte strings. process.argv is Node's UTF-8
 * reading of the kernel's bytes: plain ASCII words are their own bytes, and no /proc read is
 * needed (any other word: /proc/self/cmdline). The first word is the path of the `#!` script
 * the kernel ran, which Node has made absolute (docs/divergences.md, `$0`).
 */
function ownArgs(): string[] {
  const argv = process.argv;
  // s6-test run as `[` tells from the path as the kernel gave it whether a PATH search found it
  let raw = argv[1].endsWith('/[');
  for (let i = 1; i < argv.length && !raw; i++) raw = !isAscii(argv[i]);
  if (!raw) return argv.slice(1);
  const cmdline = rawList('/proc/self/cmdline');
  return cmdline.slice(cmdline.length - (argv.length - 1));
}

function main(): number {
  // Byte-exact argv and environment: process.argv/env are UTF-8 decoded (ownArgs checks).
  let args = ownArgs();
  let name = baseName(args[0]);
  // Started by ourselves for a builtin (startChild): the exact descriptor list
  // comes first, since inheritedFds() must guess (a pipe with both ends
  // passed looks like one of Node's own).
  let passedFds: number[] | undefined;
  if (name === baseName(__filename)) {
    args = args.slice(1);
    if (args.length > 0 && args[0].startsWith(FDS_FLAG)) {
      passedFds = args[0].slice(FDS_FLAG.length).split(',').filter((x) => x !== '').map(Number);
      args = args.slice(1);
    }
    if (args.length === 0) {
      writeErr('execline-ts: usage: execline.cjs command [ args... ]\n');
      return 100;
    }
    name = baseName(args[0]);
  }
  registerIndex(commandIndex);
  if (name === '--builtins') {
    writeAll(1, indexedCommands().flatMap((c) => c.names).sort().join('\n') + '\n');
    return 0;
  }
  const cmd = findBuiltin(name) ?? findBuiltin(args[0]);
  if (!cmd) {
    writeErr(`execline-ts: fatal: unknown command ${name}\n`);
    return 100;
  }
  // Node starts its inspector on SIGUSR1; an execline program dies of it.
  libc().signal(SIGUSR1, null);
  const fds = passedFds ?? inheritedFds();
  markCloexec(fds);
  // A removed cwd (a background child outliving its directory) is no error for
  // native programs, which never ask for it; /proc/self/cwd still names it.
  const dir = currentDir();
  const cwd = typeof dir === 'string' ? dir : '/proc/self/cwd';
  noteCwd(cwd);
  const umask = currentUmask();
  const st = { env: new Env(rawList('/proc/self/environ')), cwd, umask, fds: FdTable.identity(fds) };
  // The kernel just exec'd us with these arguments: no need to find or size-check this command again.
  return runChain(st, args, 'exec', null, cmd);
}

function codeOf(e: unknown): number {
  if (e instanceof Exit) return e.code;
  writeErr(`execline-ts: fatal: internal error: ${(e as Error)?.message ?? String(e)}\n`);
  return 101;
}

try {
  process.exit(main() & 255);
} catch (e) {
  if (e instanceof Detach) e.run().then((c) => process.exit(c & 255), (err) => process.exit(codeOf(err) & 255));
  else process.exit(codeOf(e) & 255);
}
