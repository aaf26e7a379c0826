// logutil-newfifo [ -m MODE ] [ -o OWNER ] FIFO: (re)create a fifo and park its
// read end in the s6-fdholderd service, so it stays readable across logger restarts.
import type { Command, Ctx } from '../../interp/command';
import * as fs from 'node:fs';
import { errnoOf } from '../../interp/errors';
import { resolveAccount } from '../../overlay/accounts';
import { libc, cstr } from '../../runtime/libc';

const SERVICE = '/var/run/s6/services/s6-fdholderd';
const SOCKET = '/var/run/s6/fdholderd-socket';
const O_NONBLOCK = 0o4000;

const cmd: Command = {
  names: ['logutil-newfifo'],
  usage: 'logutil-newfifo [ -m mode ] [ -o owner ] fifo',
  options: 'm:o:',
  run(ctx: Ctx) {
    let mode = 0o600;
    let owner = 'root';
    for (const o of ctx.opts) {
      if (o.c === 'm') {
        if (!/^[0-7]{1,4}$/.test(o.arg!)) ctx.usage();
        mode = parseInt(o.arg!, 8);
      } else owner = o.arg!;
    }
    if (ctx.args.length < 1) return { exit: 1 };
    const fifo = ctx.args[0];
    // The fd-holder is down by default: wait for it like s6-svwait -t 5000 -U.
    const waited = ctx.run(['s6-svwait', '-t', '5000', '-U', SERVICE]);
    if (waited !== 0) return { exit: waited };
    const who = resolveAccount(owner);
    if ('error' in who) return ctx.fatal(who.error, 1);
    const p = Buffer.from(fifo, 'latin1');
    const L = libc();
    try { fs.rmSync(p, { force: true, recursive: true }); } catch (e) { ctx.fatalSys(`unable to remove ${fifo}`, errnoOf(e)); }
    if (L.mkfifo(cstr(fifo), mode) < 0) ctx.fatalSys(`unable to mkfifo ${fifo}`, L.errno());
    let fd: number;
    try {
      fs.chmodSync(p, mode);
      fs.chownSync(p, who[0], who[1]);
      fd = fs.openSync(p, fs.constants.O_RDONLY | O_NONBLOCK);
    } catch (e) {
      return ctx.fatalSys(`unable to set up ${fifo}`, errnoOf(e));
    }
    ctx.st.fds.set(0, ctx.st.fds.own(fd));
    return { exec: ['s6-fdholder-store', SOCKET, `fifo:${fifo}`] };
  },
};
export default cmd;
