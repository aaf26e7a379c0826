// Output helpers for the s6-portable-utils style commands: stdout writes that
// die with `PROG: fatal: unable to write to stdout: ERR` (111), and a buffered
// writer that flushes in large chunks like skalibs' buffer_1.
import type { Ctx } from './command';
import { errnoOf } from './errors';
import { E } from '../runtime/errno';
import { inEmulatedChild } from './chain';
import { libc } from '../runtime/libc';

const SIGPIPE = 13;

/**
 * A native writer to a closed pipe dies of SIGPIPE, silently. Node ignores
 * SIGPIPE, so when this process is the command's own, die of it explicitly;
 * inside an emulated child that would kill the interpreter: report EPIPE instead.
 */
export function sigpipe(): void {
  if (inEmulatedChild()) return;
  libc().signal(SIGPIPE, null);
  process.kill(process.pid, 'SIGPIPE');
}

/** Write to the program's fd 1, or die 111. */
export function writeStdout(ctx: Ctx, data: string | Buffer): void {
  if (data.length === 0) return;
  try {
    ctx.write(1, data);
  } catch (e) {
    const errno = errnoOf(e) || E.EBADF;
    if (errno === E.EPIPE) sigpipe();
    ctx.fatalSys('unable to write to stdout', errno);
  }
}

/** Accumulates output and writes it out every `size` bytes and on flush(). */
export class OutBuffer {
  private parts: string[] = [];
  private len = 0;
  constructor(private ctx: Ctx, private size = 65536) {}

  put(s: string): void {
    this.parts.push(s);
    this.len += s.length;
    if (this.len >= this.size) this.flush();
  }

  flush(): void {
    if (this.len === 0) return;
    const s = this.parts.join('');
    this.parts = [];
    this.len = 0;
    writeStdout(this.ctx, s);
  }
}
