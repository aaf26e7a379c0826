// s6-mkfifo: make named pipes (s6-portable-utils 2.2.5.1). The umask is
// replaced by 0111: the mode (default 0666) is used as is, minus execute bits.
import type { Command, Ctx } from '../../interp/command';
import { libc, cstr } from '../../runtime/libc';
import { strictOctal } from '../../interp/scanlist';


const cmd: Command = {
  names: ['s6-mkfifo'],
  usage: 's6-mkfifo [ -m mode ] fifo...',
  options: 'm:',
  run(ctx: Ctx) {
    let mode = 0o666;
    for (const o of ctx.opts) mode = strictOctal(o.arg!) ?? ctx.usage();
    if (!ctx.args.length) ctx.usage();
    const L = libc();
    const saved = process.umask(0o111);
    try {
      for (const f of ctx.args) {
        if (L.mkfifo(cstr(f), mode) < 0) ctx.fatalSys(`unable to mkfifo ${f}`, L.errno());
      }
    } finally {
      process.umask(saved);
    }
    return { exit: 0 };
  },
};

export default cmd;
