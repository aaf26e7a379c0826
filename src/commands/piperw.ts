// piperw: create a pipe with its read end on fdr and its write end on fdw.
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';
import { fdLimit, errnoFrom } from '../interp/fdutil';
import { makePipe, closeFd } from '../runtime/process';
import { E } from '../runtime/errno';

const piperw: Command = {
  names: ['piperw'],
  usage: 'piperw fdr fdw prog...',
  run(ctx: Ctx) {
    if (ctx.args.length < 3) ctx.usage();
    const fdr = strictUint(ctx.args[0]);
    const fdw = strictUint(ctx.args[1]);
    if (fdr === undefined || fdw === undefined || fdr === fdw) ctx.usage();
    let p: [number, number];
    try {
      p = makePipe();
    } catch (e) {
      ctx.fatalSys('unable to create pipe', errnoFrom(e));
    }
    const limit = fdLimit();
    if (fdr >= limit || fdw >= limit) {
      closeFd(p[0]);
      closeFd(p[1]);
      ctx.fatalSys('unable to move fds', E.EBADF);
    }
    const fds = ctx.st.fds;
    fds.own(p[0]);
    fds.own(p[1]);
    fds.set(fdr, p[0]);
    fds.set(fdw, p[1]);
    fds.collect();
    return { exec: ctx.args.slice(2) };
  },
};

export default piperw;
