// Changing and reading the working directory of the running program. Node keeps
// its own idea of the cwd (process.cwd() is cached until process.chdir), so every
// change ends with a process.chdir; the interpreter's paths are byte strings, which
// cross Node's API as UTF-8 text only when plain ASCII.
import { noteCwd, ENOENT } from '../runtime/process';
import { isAscii, libc, latin1, cstr } from '../runtime/libc';
import type { Ctx } from './command';
import { errnoOf } from './errors';

/** chdir (relative to the program's cwd, which the chain has made real); returns 0 or an errno. */
export function changeDir(ctx: Ctx, dir: string): number {
  if (isAscii(dir)) {
    try {
      process.chdir(dir);
    } catch (e) {
      return errnoOf(e);
    }
  } else {
    // Bytes that are not UTF-8 text cannot cross process.chdir: the system call, then a
    // chdir to "." so that Node drops the cwd it keeps (its path.resolve asks for it).
    const L = libc();
    if (L.chdir(cstr(dir)) < 0) return L.errno();
    process.chdir('.');
  }
  const now = currentDir();
  // (removed at once: the process's cwd by name, as main.ts does)
  ctx.st.cwd = typeof now === 'string' ? now : '/proc/self/cwd';
  noteCwd(ctx.st.cwd);
  return 0;
}

/** getcwd(2) as a byte string, or an errno (ENOENT: the directory was removed). */
export function currentDir(): string | number {
  const L = libc();
  const buf = new Uint8Array(4096);
  const n = Number(L.getcwd(buf, buf.length));
  if (n <= 0) return L.errno();
  // the path and its NUL; "(unreachable)/..." (outside our root) is ENOENT, as glibc makes it
  return buf[0] === 0x2f ? latin1(buf, 0, n - 1) : ENOENT;
}
