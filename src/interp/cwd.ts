// Changing and reading the working directory of the running program. Node keeps
// its own idea of the cwd (process.cwd() is cached until process.chdir), so
// every change goes through process.chdir; paths cross that API as UTF-8 text,
// while the interpreter handles byte strings.
import { noteCwd } from '../runtime/process';
import { isAscii } from '../runtime/libc';
import type { Ctx } from './command';
import { errnoOf } from './errors';

// (plain ASCII is the same either way: no Buffer to make, see runtime/libc.ts)
const toNode = (bytes: string): string => (isAscii(bytes) ? bytes : Buffer.from(bytes, 'latin1').toString('utf8'));
const toBytes = (text: string): string => (isAscii(text) ? text : Buffer.from(text, 'utf8').toString('latin1'));

/** chdir (relative to the program's cwd, which the chain has made real); returns 0 or an errno. */
export function changeDir(ctx: Ctx, dir: string): number {
  try {
    process.chdir(toNode(dir));
  } catch (e) {
    return errnoOf(e);
  }
  ctx.st.cwd = process.cwd();
  noteCwd(ctx.st.cwd);
  return 0;
}

/** getcwd(3) as a byte string, or an errno. */
export function currentDir(): string | number {
  try {
    return toBytes(process.cwd());
  } catch (e) {
    return errnoOf(e);
  }
}
