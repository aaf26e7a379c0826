// redirfd: open a file onto a descriptor, then exec.
import * as fs from 'node:fs';
import type { Command, Ctx } from '../interp/command';
import { strictUint } from '../interp/numbers';
import { fdLimit, errnoFrom, setNonblock } from '../interp/fdutil';
import { closeFd } from '../runtime/process';
import { E } from '../runtime/errno';

const redirfd: Command = {
  names: ['redirfd'],
  usage: 'redirfd -[ r | w | u | a | x ] [ -n ] [ -b ] fd file prog...',
  options: 'rwuaxnb',
  run(ctx: Ctx) {
    // read here, not at load: the hot bundle loads this module at every start, fs on first use
    const C = fs.constants;
    let what = -1;
    let flags = 0;
    let changeMode = false;
    for (const o of ctx.opts) {
      switch (o.c) {
        case 'r': what = C.O_RDONLY; flags &= ~(C.O_APPEND | C.O_CREAT | C.O_TRUNC | C.O_EXCL); break;
        case 'w': what = C.O_WRONLY; flags = (flags | C.O_CREAT | C.O_TRUNC) & ~(C.O_APPEND | C.O_EXCL); break;
        case 'u': what = C.O_RDWR; flags &= ~(C.O_APPEND | C.O_CREAT | C.O_TRUNC | C.O_EXCL); break;
        case 'a': what = C.O_WRONLY; flags = (flags | C.O_CREAT | C.O_APPEND) & ~(C.O_TRUNC | C.O_EXCL); break;
        case 'x': what = C.O_WRONLY; flags = (flags | C.O_CREAT | C.O_EXCL) & ~(C.O_APPEND | C.O_TRUNC); break;
        case 'n': flags |= C.O_NONBLOCK; break;
        case 'b': changeMode = true; break;
      }
    }
    if (ctx.args.length < 3 || what === -1) ctx.usage();
    const fd = strictUint(ctx.args[0]);
    if (fd === undefined) ctx.usage();
    flags |= what;
    const file = ctx.args[1];
    const path = Buffer.from(file, 'latin1');
    const fds = ctx.st.fds;
    // What open(2) would have returned natively, for the "move fd" message.
    const natural = fds.lowestFree();
    let real: number;
    try {
      real = fs.openSync(path, flags, 0o666);
    } catch (e) {
      let err = errnoFrom(e);
      if (!(err === E.ENXIO && what === C.O_WRONLY)) ctx.fatalSys(`unable to open ${file}`, err);
      // A FIFO with no reader: be the reader for the time of the open.
      let reader: number;
      try {
        reader = fs.openSync(path, C.O_RDONLY | C.O_NONBLOCK);
      } catch (e2) {
        ctx.fatalSys(`unable to open_read ${file}`, errnoFrom(e2));
      }
      try {
        real = fs.openSync(path, flags, 0o666);
        err = 0;
      } catch (e3) {
        err = errnoFrom(e3);
      }
      closeFd(reader);
      if (err) ctx.fatalSys(`unable to open ${file}`, err);
    }
    if (fd >= fdLimit()) {
      closeFd(real!);
      ctx.fatalSys(`unable to move fd ${natural} to fd ${ctx.args[0]}`, E.EBADF);
    }
    fds.own(real!);
    fds.set(fd, real!);
    fds.collect();
    if (changeMode) {
      const err = setNonblock(real!, !(flags & C.O_NONBLOCK));
      if (err) ctx.fatalSys('unable to change blocking mode', err);
    }
    return { exec: ctx.args.slice(2) };
  },
};

export default redirfd;
