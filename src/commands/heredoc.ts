// heredoc: put a string behind a pipe on fd, then exec. The string is written
// straight into the pipe when it fits the pipe buffer (the common case, no
// process needed); whatever does not fit is written by a small writer child.
import * as fs from 'node:fs';
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';
import { fdLimit, errnoFrom, setNonblock } from '../interp/fdutil';
import { FdTable } from '../runtime/fds';
import { makePipe, closeFd, spawnProgram } from '../runtime/process';
import { E } from '../runtime/errno';

// The writer child: its last argument is the rest of the string (raw bytes
// from /proc/self/cmdline), fd 1 the pipe. A closed reader ends it silently,
// as SIGPIPE would end the native child.
const WRITER = `const fs=require('fs');const a=fs.readFileSync('/proc/self/cmdline','latin1').split('\\0');` +
  `const s=Buffer.from(a[a.length-2],'latin1');let o=0;` +
  `try{while(o<s.length)o+=fs.writeSync(1,s,o,s.length-o)}catch(e){if(e.code!=='EPIPE'){` +
  `try{fs.writeSync(2,'heredoc (child): fatal: unable to allwrite: '+(e.code==='EIO'?'Input/output error':e.message)+'\\n')}catch{}process.exit(111)}}`;

const heredoc: Command = {
  names: ['heredoc'],
  usage: 'heredoc [ -d ] fd string command...',
  options: 'd',
  run(ctx: Ctx) {
    if (ctx.args.length < 3) ctx.usage();
    const fd = strictUint(ctx.args[0]);
    if (fd === undefined) ctx.usage();
    const data = Buffer.from(ctx.args[1], 'latin1');
    let p: [number, number];
    try {
      p = makePipe();
    } catch (e) {
      ctx.fatalSys('unable to pipe', errnoFrom(e));
    }
    const [r, w] = p;
    if (fd >= fdLimit()) {
      closeFd(r);
      closeFd(w);
      ctx.fatalSys(`unable to read on fd ${ctx.args[0]}`, E.EBADF);
    }
    const done = writeWhatFits(w, data);
    if (done < data.length) {
      setNonblock(w, false);
      const table = new FdTable(new Map([[1, w]]));
      const err = ctx.st.fds.real(2);
      if (err !== undefined) table.set(2, err);
      const rest = data.subarray(done).toString('latin1');
      const pid = spawnProgram([process.execPath, '-e', WRITER, rest],
        { env: [], cwd: ctx.st.cwd, umask: ctx.st.umask, fds: table }, { path: undefined });
      if (pid < 0) {
        closeFd(r);
        closeFd(w);
        ctx.fatalSys('unable to fork', -pid);
      }
    }
    closeFd(w);
    ctx.st.fds.own(r);
    ctx.st.fds.set(fd, r);
    ctx.st.fds.collect();
    return { exec: ctx.args.slice(2) };
  },
};

/** Non-blocking writes into a fresh pipe until it is full: bytes written. */
function writeWhatFits(w: number, data: Buffer): number {
  if (data.length === 0) return 0;
  setNonblock(w, true);
  let off = 0;
  try {
    while (off < data.length) off += fs.writeSync(w, data, off, data.length - off);
  } catch {
    /* EAGAIN: the pipe is full */
  }
  return off;
}

export default heredoc;
