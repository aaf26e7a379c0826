// homeof: print a user's home directory (getpwnam, through NSS like the native tool).
import type { Command, Ctx } from '../interp/command';
import { fatalUnable, errnoOf } from '../interp/errors';
import { libc, cstr } from '../runtime/libc';

/** offset of pw_dir in glibc's struct passwd (LP64): name, passwd, uid+gid, gecos, dir */
const PW_DIR = 32;
/** errno values getpwnam may leave when the name simply does not exist */
const NOT_FOUND = new Set([0, 1, 2, 3, 9]);

const homeof: Command = {
  names: ['homeof'],
  usage: 'homeof user',
  run(ctx: Ctx) {
    if (ctx.args.length < 1) ctx.usage();
    const user = ctx.args[0];
    const L = libc();
    const k = L.koffi;
    k.errno(0);
    const pw = L.getpwnam(cstr(user));
    if (!pw) {
      const errno = L.errno();
      if (NOT_FOUND.has(errno)) fatalUnable(ctx.prog, `get passwd entry for ${user}: no such user`, 111);
      ctx.fatalSys(`unable to get passwd entry for ${user}`, errno);
    }
    const dir = readBytes(k, k.decode(pw, PW_DIR, 'void *'));
    try { ctx.write(1, dir + '\n'); } catch (e) { ctx.fatalSys('unable to write to stdout', errnoOf(e)); }
    return { exit: 0 };
  },
};

/** A NUL-terminated C string at ptr, byte for byte. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function readBytes(k: any, ptr: unknown): string {
  if (!ptr) return '';
  let out = '';
  for (let i = 0; ; i++) {
    const b: number = k.decode(ptr, i, 'uint8');
    if (b === 0) return out;
    out += String.fromCharCode(b);
  }
}

export default homeof;
