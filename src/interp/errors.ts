// Diagnostics in the exact shapes of skalibs' strerr (spec §1.3).
import { writeErr } from '../runtime/io';
import { strerror } from '../runtime/errno';

/** Thrown to end the current program (a builtin or the whole chain) with a status. */
export class Exit {
  constructor(public readonly code: number) {}
}

export function fatal(prog: string, msg: string, code: number): never {
  writeErr(`${prog}: fatal: ${msg}\n`);
  throw new Exit(code);
}

export function fatalSys(prog: string, msg: string, errno: number, code = 111): never {
  writeErr(`${prog}: fatal: ${msg}: ${strerror(errno)}\n`);
  throw new Exit(code);
}

/** skalibs 2.13.1.1 prints non-errno "unable to" fatals with a stray ": " (spec §1.3). */
export function fatalUnable(prog: string, what: string, code: number): never {
  writeErr(`${prog}: fatal: : unable to ${what}\n`);
  throw new Exit(code);
}

export function warn(prog: string, msg: string): void {
  writeErr(`${prog}: warning: ${msg}\n`);
}

export function usage(prog: string, usageText: string): never {
  writeErr(`${prog}: usage: ${usageText}\n`);
  throw new Exit(100);
}

/** errno value of a Node system error (its .errno is negative). */
export function errnoOf(e: unknown): number {
  const n = (e as { errno?: number }).errno;
  if (typeof n === 'number') return Math.abs(n);
  throw e;
}
