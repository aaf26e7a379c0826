// s6-uniquename: print PREFIX:@TAI64N:PID:HOSTNAME[:RANDOM] (s6-portable-utils 2.2.5.1,
// skalibs sauniquename + random_name with 8 random characters by default).
import * as os from 'node:os';
import * as crypto from 'node:crypto';
import type { Command, Ctx } from '../../interp/command';
import { strictUint } from '../../interp/numbers';
import { writeStdout } from '../../interp/stdout';

const OKLIST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz-_0123456789abcdef';
const TAI_OFFSET = 37; // TAI - UTC in seconds, as skalibs' clock adds it

function tai64n(): string {
  const ms = Date.now();
  // sub-millisecond digits from the monotonic clock: only uniqueness matters here
  const nano = (ms % 1000) * 1000000 + Number(process.hrtime.bigint() % 1000000n);
  const secs = BigInt(Math.floor(ms / 1000)) + (1n << 62n) + BigInt(TAI_OFFSET);
  return '@' + secs.toString(16).padStart(16, '0') + nano.toString(16).padStart(8, '0');
}

function randomName(n: number): string {
  const bytes = crypto.randomBytes(n);
  let s = '';
  for (const b of bytes) s += OKLIST[b & 63];
  return s;
}

const cmd: Command = {
  names: ['s6-uniquename'],
  usage: 's6-uniquename [ -n randomlen ] prefix',
  options: 'n:',
  run(ctx: Ctx) {
    let n = 8;
    for (const o of ctx.opts) n = strictUint(o.arg!) ?? ctx.usage();
    if (!ctx.args.length) ctx.usage();
    let name = `${ctx.args[0]}:${tai64n()}:${process.pid}:${os.hostname()}`;
    if (n) name += `:${randomName(n)}`;
    writeStdout(ctx, name + '\n');
    return { exit: 0 };
  },
};

export default cmd;
