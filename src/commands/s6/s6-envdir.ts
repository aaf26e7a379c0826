// s6-envdir: set (or unset) one variable per file of a directory, then exec
// (s6 2.11.3.2 over skalibs 2.13.1.1 envdir, spec §7.4).
import * as fs from 'node:fs';
import type { Command, Ctx } from '../../interp/command';
import { errnoOf } from '../../interp/errors';
import { E } from '../../runtime/errno';

const CLAMP = 4095;

interface EnvdirOptions { verbatim: boolean; noChomp: boolean; noClamp: boolean; nullIs: string }

class EnvdirError { constructor(public errno: number) {} }

function readUpTo(path: Buffer, max: number): Buffer {
  const fd = fs.openSync(path, fs.constants.O_RDONLY);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(65536);
    while (total < max) {
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, max - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
      total += n;
    }
    return Buffer.concat(chunks);
  } finally {
    fs.closeSync(fd);
  }
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

function stripTrailingBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && isBlank(s[end - 1])) end--;
  return s.slice(0, end);
}

/** The value a file's content gives, or undefined to unset the variable. */
function valueOf(content: string, o: EnvdirOptions): string | undefined {
  if (content === '') return undefined;
  let v: string;
  if (o.verbatim) {
    v = !o.noChomp && content.endsWith('\n') ? content.slice(0, -1) : content;
  } else {
    const nl = content.indexOf('\n');
    if (nl < 0 && o.noClamp) {
      // skalibs 2.13.1.1 (noclamp): a last line without LF is emptied by the chomp
      v = o.noChomp ? content : '';
    } else {
      v = nl < 0 ? content : content.slice(0, nl);
      if (!o.noChomp) v = stripTrailingBlanks(v);
    }
  }
  return v.replace(/\0/g, o.nullIs);
}

/** The modifications, in directory order: [name, value | undefined]. */
function readEnvdir(dir: string, o: EnvdirOptions): [string, string | undefined][] {
  if (o.nullIs === '\0') throw new EnvdirError(E.EINVAL);
  const out: [string, string | undefined][] = [];
  let d: fs.Dir;
  try {
    d = fs.opendirSync(Buffer.from(dir, 'latin1') as unknown as string, { encoding: 'buffer' as BufferEncoding });
  } catch (e) {
    throw new EnvdirError(errnoOf(e));
  }
  try {
    for (;;) {
      const ent = d.readSync();
      if (!ent) break;
      const n = (ent.name as unknown as Buffer).toString('latin1');
      if (n.startsWith('.') || n.includes('=')) continue;
      let content: Buffer;
      try {
        content = readUpTo(Buffer.from(`${dir}/${n}`, 'latin1'), o.noClamp ? Infinity : CLAMP);
      } catch (e) {
        const errno = errnoOf(e);
        throw new EnvdirError(errno === E.ENOENT ? E.EIDRM : errno);
      }
      out.push([n, valueOf(content.toString('latin1'), o)]);
    }
  } catch (e) {
    if (e instanceof EnvdirError) throw e;
    throw new EnvdirError(errnoOf(e));
  } finally {
    d.closeSync();
  }
  return out;
}

const cmd: Command = {
  names: ['s6-envdir'],
  usage: 's6-envdir [ -I | -i ] [ -n ] [ -f ] [ -L ] [ -c nullchar ] dir prog...',
  options: 'IinfLc:',
  run(ctx: Ctx) {
    let insist = true;
    const o: EnvdirOptions = { verbatim: false, noChomp: false, noClamp: false, nullIs: '\n' };
    for (const opt of ctx.opts) {
      if (opt.c === 'I') insist = false;
      else if (opt.c === 'i') insist = true;
      else if (opt.c === 'n') o.noChomp = true;
      else if (opt.c === 'f') o.verbatim = true;
      else if (opt.c === 'L') o.noClamp = true;
      else if (opt.c === 'c') o.nullIs = opt.arg!.length ? opt.arg![0] : '\0';
    }
    if (ctx.args.length < 2) ctx.usage();
    const dir = ctx.args[0];
    try {
      for (const [name, value] of readEnvdir(dir, o)) {
        if (value === undefined) ctx.env.unset(name);
        else ctx.env.set(name, value);
      }
    } catch (e) {
      if (!(e instanceof EnvdirError)) throw e;
      if (insist || e.errno !== E.ENOENT) ctx.fatalSys(`unable to envdir ${dir}`, e.errno);
    }
    return { exec: ctx.args.slice(1) };
  },
};

export default cmd;
