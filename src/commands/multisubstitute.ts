// multisubstitute: several substitution directives, one parallel pass (spec §4).
import type { Command, Ctx } from '../interp/command';
import { readBlock } from '../interp/blocks';
import { getopt } from '../interp/getopt';
import { KeyTable, finish, isFailure } from '../interp/substitution';
import { DIRECTIVES } from '../interp/directives';
import { strerror } from '../runtime/errno';

const byName = new Map(DIRECTIVES.map((d) => [d.name, d]));

const multisubstitute: Command = {
  names: ['multisubstitute'],
  usage: 'see http://skarnet.org/software/execline/multisubstitute.html',
  run(ctx: Ctx) {
    const argv = ctx.argv;
    if (argv.length < 2) ctx.usage();
    const blk = readBlock(argv, 1, ctx.prog, ctx.env);
    if (!blk) ctx.fatal('unterminated block', 100);
    if (blk.next >= argv.length) ctx.usage();
    const words = blk.words;
    const table = new KeyTable();
    let pos = 0;
    while (pos < words.length) {
      const d = byName.get(words[pos]);
      if (!d) ctx.fatal(`syntax error: unrecognized directive ${words[pos]}`, 100);
      // a directive sees only the rest of the block
      const sub = words.slice(pos);
      const p = getopt(sub, d.options, 1);
      if (!p) ctx.fatal(`syntax error at directive ${d.name}`, 100);
      const r = d.apply(ctx, p.opts, sub.slice(p.ind), table);
      if (isFailure(r)) {
        switch (r.fail) {
          case 'syntax': ctx.fatal(`syntax error at directive ${d.name}`, 100); break;
          case 'key': ctx.fatal(`wrong key for directive ${d.name}`, 100); break;
          case 'sys': ctx.fatal(`unable to run directive ${d.name}: ${strerror(r.errno)}`, 111); break;
          default: ctx.fatal(`unknown error with directive ${d.name}`, 111);
        }
      }
      pos += p.ind + (r as number);
    }
    return finish(ctx, table, argv.slice(blk.next));
  },
};

export default multisubstitute;
