// s6-seq: print a sequence of unsigned integers (s6-portable-utils 2.2.5.1).
// The separator follows every number, the last one included; "" means NUL.
import type { Command, Ctx } from '../../interp/command';
import { strictUint } from '../../interp/numbers';
import { OutBuffer } from '../../interp/stdout';

const cmd: Command = {
  names: ['s6-seq'],
  usage: 's6-seq [ -w ] [ -s separator ] limits',
  options: 'ws:',
  run(ctx: Ctx) {
    let fixed = false;
    let sep = '\n';
    for (const o of ctx.opts) {
      if (o.c === 'w') fixed = true;
      else sep = o.arg! === '' ? '\0' : o.arg!;
    }
    const nums = ctx.args.map((a) => strictUint(a));
    if (nums.length < 1 || nums.length > 3 || nums.some((n) => n === undefined)) ctx.usage();
    let first = 1, step = 1, last: number;
    if (nums.length === 1) [last] = nums as number[];
    else if (nums.length === 2) [first, last] = nums as number[];
    else [first, step, last] = nums as number[];
    let width = 0;
    if (fixed) {
      // the width of the last number printed, computed in 32-bit unsigned arithmetic
      const span = ((last - first) >>> 0);
      const top = (first + Math.imul(step, step ? Math.floor(span / step) : 0)) >>> 0;
      width = String(top).length;
    }
    const out = new OutBuffer(ctx);
    for (let i = first; i <= last; i = i + step) {
      const s = String(i);
      out.put((s.length < width ? '0'.repeat(width - s.length) + s : s) + sep);
      if (i + step > 0xffffffff) break;
    }
    out.flush();
    return { exit: 0 };
  },
};

export default cmd;
