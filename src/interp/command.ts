// What a command is, and what it is given when it runs.
import type { Env } from './env';
import type { State } from './state';
import type { Opt } from './getopt';

/** What the chain does after a builtin: exec the next argv, or exit. */
export type Next =
  // execer: the program that execs argv, in messages (default: the builtin itself)
  | { exec: string[]; argv0?: string; emptyEnv?: boolean; orElse?: Next; execer?: string }
  | { exit: number };

export interface Command {
  /** invocation names (the first is the primary one) */
  names: string[];
  /** program name in diagnostics, if not names[0] (execline-cd is `cd`) */
  prog?: string;
  /** the usage string, printed as `PROG: usage: USAGE` */
  usage: string;
  /** skalibs optstring; absent: the command parses argv itself */
  options?: string;
  /**
   * The command changes process-wide things (credentials, signal dispositions,
   * signals to everyone): inside an emulated child it and the rest of its chain
   * run in a real child process instead, so nothing leaks into the parent.
   */
  ownProcess?: boolean;
  run(ctx: Ctx): Next;
}

/** Raised when a child could not be started at all (not the child's own failure). */
export class SpawnFailure {
  constructor(public readonly errno: number, public readonly argv0: string) {}
}

export interface Child {
  pid: number;
}

export interface Ctx {
  prog: string;
  /** the full argv, argv[0] included */
  argv: string[];
  /** parsed options, in order (when the command declares `options`) */
  opts: Opt[];
  /** operands after the options */
  args: string[];
  st: State;
  env: Env;
  /** PATH to look programs up with: the one this program was started with */
  lookupPath: string | undefined;

  usage(): never;
  fatal(msg: string, code?: number): never;
  fatalSys(msg: string, errno: number, code?: number): never;
  warn(msg: string): void;
  strict(): number;

  /** Run argv as a child with a copy of this state (or `st`), wait, return the raw status (0-255, 256+sig). */
  run(argv: string[], st?: State): number;
  /** Start argv as a real concurrent process; throws SpawnFailure. */
  start(argv: string[], st?: State, opts?: { setsid?: boolean }): Child;
  /** Write bytes to a virtual fd of this program. */
  write(fd: number, data: string | Buffer): void;
  /** The real fd behind a virtual one, or undefined if closed. */
  realFd(fd: number): number | undefined;
}
