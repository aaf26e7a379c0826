// set-contenv NAME [VALUE]: write VALUE (or stdin) as the container-environment
// variable NAME, atomically, mode 0644, so cont-init scripts can feed services.
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { CONTENV, keepEnv, writeEnvFile } from '../../overlay/contenv';
import { readAll } from '../../runtime/io';

const cmd: Command = {
  names: ['set-contenv'],
  usage: 'set-contenv name [ value ]',
  run(ctx: Ctx) {
    const [name, value] = ctx.args;
    if (name === undefined || ctx.args.length > 2) ctx.usage();
    if (name === '' || name.includes('=') || name.includes('/') || name.startsWith('.')) {
      ctx.fatal(`invalid variable name: ${name}`, 100);
    }
    if (keepEnv(ctx.env.entries, ctx.prog)) {
      ctx.fatal('S6_KEEP_ENV is set: there is no container environment to write to', 100);
    }
    let v = value;
    if (v === undefined) {
      const fd = ctx.realFd(0);
      if (fd === undefined) return ctx.fatal('unable to read stdin: Bad file descriptor', 111);
      v = readAll(fd);
    }
    try {
      writeEnvFile(CONTENV, name, v);
    } catch (e) {
      ctx.fatalSys(`unable to write ${CONTENV}/${name}`, errnoOf(e), 111);
    }
    return { exit: 0 };
  },
};
export default cmd;
