// backtick: run a block with its stdout on a pipe, put the output in a variable.
import type { Command, Ctx } from '../interp/command';
import { SpawnFailure } from '../interp/command';
import { needBlock } from '../interp/blocks';
import { cloneState } from '../interp/state';
import { modifAndExec } from '../interp/autoimport';
import { errnoFrom } from '../interp/fdutil';
import { makePipe, closeFd, waitPid, rawStatus, approxStatus } from '../runtime/process';
import { readAll } from '../runtime/io';
import { strerror } from '../runtime/errno';

const backtick: Command = {
  names: ['backtick'],
  usage: 'backtick [ -i | -I | -x | -D default ] [ -N | -n ] [ -E | -e ] var { prog... } remainder...',
  options: 'iINnxD:Ee',
  run(ctx: Ctx) {
    let insist = 2, chomp = true, autoImport = false;
    let dflt: string | undefined;
    for (const o of ctx.opts) {
      switch (o.c) {
        case 'i': insist = 2; break;
        case 'I': insist = 0; break;
        case 'N': chomp = false; break;
        case 'n': chomp = true; break;
        case 'x': insist = 1; dflt = undefined; break;
        case 'D': insist = 1; dflt = o.arg; break;
        case 'E': autoImport = true; break;
        case 'e': autoImport = false; break;
      }
    }
    if (ctx.args.length < 2) ctx.usage();
    const name = ctx.args[0];
    if (name === '' || name.includes('=')) ctx.fatal('invalid variable name', 100);
    if (ctx.args[1] === '') ctx.fatal('empty block', 100);
    const block = needBlock(ctx.args, 1, ctx.prog, ctx.env);
    const { output, status } = runCapture(ctx, block.words);

    let value: string | undefined = output;
    const nul = output.indexOf('\0');
    if (status !== 0) {
      if (insist >= 2) ctx.fatal(status >= 256 ? 'child process crashed' : 'child process exited non-zero', approxStatus(status));
      if (insist) value = dflt;
      else {
        // The chomp test looks at the whole output, the value stops at a NUL.
        if (chomp && output.endsWith('\n')) value = output.slice(0, -1);
        if (nul >= 0) value = output.slice(0, nul);
      }
    } else if (nul >= 0) {
      if (insist >= 2) ctx.fatal('child process output contained a null character', 124);
      if (insist) {
        value = dflt;
        ctx.warn('child process output contained a null character');
      } else {
        value = output.slice(0, nul);
        if (chomp && value.endsWith('\n')) value = value.slice(0, -1);
      }
    } else if (chomp && output.endsWith('\n')) value = output.slice(0, -1);
    return modifAndExec(ctx, ctx.args.slice(block.next), name, value, autoImport);
  },
};

/** Spawn words with stdout on a pipe, read to EOF, then wait: output and raw status. */
function runCapture(ctx: import('../interp/command').Ctx, words: string[]): { output: string; status: number } {
  let p: [number, number];
  try {
    p = makePipe();
  } catch (e) {
    ctx.fatalSys('unable to spawn ' + words[0], errnoFrom(e));
  }
  const child = cloneState(ctx.st);
  child.fds.set(1, p[1]);
  let pid: number;
  try {
    pid = ctx.start(words, child).pid;
  } catch (e) {
    closeFd(p[0]);
    closeFd(p[1]);
    if (!(e instanceof SpawnFailure)) throw e;
    ctx.fatal(`unable to spawn ${e.argv0}: ${strerror(e.errno)}`, 111);
  }
  closeFd(p[1]);
  let output: string;
  try {
    output = readAll(p[0]);
  } catch (e) {
    closeFd(p[0]);
    ctx.fatalSys('unable to slurp', errnoFrom(e));
  }
  closeFd(p[0]);
  const w = waitPid(pid);
  if (w.pid < 0) ctx.fatalSys('unable to wait_pid', -w.pid);
  return { output, status: rawStatus(w.status) };
}

export default backtick;
