// envfile: add the variables defined in a file to the environment (spec §4).
import * as fs from 'node:fs';
import type { Command, Ctx } from '../interp/command';
import { errnoOf } from '../interp/errors';
import { readSome } from '../runtime/io';

const ENOENT = 2;

export type ParseResult = { defs: string[] } | { errorLine: number } | { more: true };

/**
 * Parse an envfile. Returns the modifications ("NAME=VALUE" in order) or the
 * line of a syntax error; if `text` is not the whole input (`complete` false)
 * and the parse needs more of it, returns { more: true }.
 */
export function parseEnvfile(text: string, complete = true): ParseResult {
  const defs: string[] = [];
  let line = 1;
  let cur = '';
  // start of the unquoted whitespace run that may turn out to be trailing
  let spaceMark = 0;
  // start of an octal escape in cur
  let octMark = 0;
  type State = 'start' | 'comment' | 'name' | 'waitEq' | 'eq' | 'value' | 'space' | 'quoted'
    | 'escape' | 'qescape' | 'hex0' | 'hex1' | 'oct1' | 'oct2';
  let state: State = 'start';
  const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\f' || c === '\r';
  const isOctal = (c: string): boolean => c >= '0' && c <= '7';
  const isHex = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);
  const endDef = (): void => { defs.push(cur); cur = ''; };
  /** Replace the octal digits from octMark by the byte they denote (mod 256). */
  const octal = (): void => {
    const v = parseInt(cur.slice(octMark), 8) & 255;
    cur = cur.slice(0, octMark) + String.fromCharCode(v);
  };
  const CONTROL: Record<string, string> = { a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r' };
  // a NUL byte ends the input, like the end of the file
  let i = 0;
  for (;;) {
    if (i >= text.length && !complete) return { more: true };
    const c = i < text.length ? text[i++] : '\0';
    const eof = c === '\0';
    switch (state) {
      case 'start':
        if (eof) return { defs };
        if (c === '#') state = 'comment';
        else if (c === '\n') line++;
        else if (isSpace(c)) { /* skip */ }
        else if ('=\\"\'?'.includes(c)) return { errorLine: line };
        else { cur += c; state = 'name'; }
        break;
      case 'comment':
        if (eof) return { defs };
        if (c === '\n') { line++; state = 'start'; }
        break;
      case 'name':
        if (c === '=') { cur += c; state = 'eq'; }
        else if (isSpace(c)) state = 'waitEq';
        else if (eof || '\n\\"\'?'.includes(c)) return { errorLine: line };
        else cur += c;
        break;
      case 'waitEq':
        if (c === '=') { cur += c; state = 'eq'; }
        else if (!isSpace(c)) return { errorLine: line };
        break;
      case 'eq':
      case 'value':
        if (eof) { endDef(); return { defs }; }
        if (c === '\n') { line++; endDef(); state = 'start'; }
        else if (isSpace(c)) {
          if (state === 'value') { spaceMark = cur.length; cur += c; state = 'space'; }
        } else if (c === '\\') state = 'escape';
        else if (c === '"') state = 'quoted';
        else { cur += c; state = 'value'; }
        break;
      case 'space':
        // trailing whitespace is dropped; the newline here does not count a line (native quirk)
        if (eof) { cur = cur.slice(0, spaceMark); endDef(); return { defs }; }
        if (c === '\n') { cur = cur.slice(0, spaceMark); endDef(); state = 'start'; }
        else if (isSpace(c)) cur += c;
        else if (c === '\\') state = 'escape';
        else if (c === '"') state = 'quoted';
        else { cur += c; state = 'value'; }
        break;
      case 'escape':
        if (c === '\n') { line++; state = 'value'; }
        else if (isSpace(c) || c === '\\' || c === '"') { cur += c; state = 'value'; }
        else return { errorLine: line };
        break;
      case 'quoted':
        if (eof || c === '\n') return { errorLine: line };
        if (c === '\\') state = 'qescape';
        else if (c === '"') state = 'value';
        else cur += c;
        break;
      case 'qescape':
        if (eof) return { errorLine: line };
        if (c === '\n') { line++; state = 'quoted'; }
        else if (c in CONTROL) { cur += CONTROL[c]; state = 'quoted'; }
        else if (c === 'x') state = 'hex0';
        else if (isOctal(c)) { octMark = cur.length; cur += c; state = 'oct1'; }
        else { cur += c; state = 'quoted'; }
        break;
      case 'hex0':
        if (!isHex(c)) return { errorLine: line };
        cur += c; state = 'hex1';
        break;
      case 'hex1':
        if (!isHex(c)) return { errorLine: line };
        cur = cur.slice(0, -1) + String.fromCharCode(parseInt(cur.slice(-1) + c, 16));
        state = 'quoted';
        break;
      case 'oct1':
      case 'oct2':
        if (eof || c === '\n') return { errorLine: line };
        if (isOctal(c)) {
          cur += c;
          if (state === 'oct1') state = 'oct2';
          else { octal(); state = 'quoted'; }
        } else {
          octal();
          if (c === '\\') state = 'qescape';
          else if (c === '"') state = 'value';
          else { cur += c; state = 'quoted'; }
        }
        break;
    }
  }
}

const envfile: Command = {
  names: ['envfile'],
  usage: 'envfile [ -i | -I ] file prog...',
  options: 'iI',
  run(ctx: Ctx) {
    let strict = true;
    for (const o of ctx.opts) strict = o.c === 'i';
    if (ctx.args.length < 2) ctx.usage();
    const file = ctx.args[0];
    const name = file === '-' ? 'standard input' : file;
    let fd: number | undefined;
    let opened = false;
    if (file === '-') {
      fd = ctx.realFd(0);
    } else {
      try {
        // the runner has put the process in this program's cwd
        fd = fs.openSync(Buffer.from(file, 'latin1'), fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
        opened = true;
      } catch (e) {
        const errno = errnoOf(e);
        if (strict || errno !== ENOENT) ctx.fatalSys(`unable to open ${name}`, errno, 111);
      }
    }
    if (opened || file === '-') {
      let r: ParseResult;
      try {
        r = parseStream(fd);
      } catch (e) {
        ctx.fatalSys(`unable to read from ${name}`, errnoOf(e), 111);
      } finally {
        if (opened) fs.closeSync(fd!);
      }
      if ('errorLine' in r) ctx.fatal(`in ${name}: syntax error line ${r.errorLine}`, 1);
      // a definition is handed on as a C string: an embedded NUL (from \0) ends
      // it, and what follows is a modification of its own (NAME=... or an unset)
      if ('defs' in r) for (const def of r.defs) for (const m of def.split('\0')) applyModif(ctx.env, m);
    }
    return { exec: ctx.args.slice(1) };
  },
};

/** Read only as much as the parse needs (it ends at a syntax error or a NUL byte, as natively). */
function parseStream(fd: number | undefined): ParseResult {
  // reading a closed fd 0 fails natively with EBADF
  if (fd === undefined) throw Object.assign(new Error('EBADF'), { errno: -9 });
  const buf = Buffer.allocUnsafe(65536);
  let text = '';
  for (;;) {
    const n = readSome(fd, buf);
    if (n > 0) text += buf.toString('latin1', 0, n);
    const r = parseEnvfile(text, n === 0);
    if (!('more' in r)) return r;
  }
}

function applyModif(env: { set(n: string, v: string): void; unset(n: string): void }, m: string): void {
  const eq = m.indexOf('=');
  if (eq < 0) env.unset(m);
  else env.set(m.slice(0, eq), m.slice(eq + 1));
}

export default envfile;
