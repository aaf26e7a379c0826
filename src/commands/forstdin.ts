// forstdin: run a command once per item read from stdin, with var set to it.
// stdin is read incrementally (one 8 KiB buffer), never slurped.
import type { Command, Ctx } from '../interp/command';
import { approxStatus } from '../runtime/process';
import {
  CodeSet, parseCodes, checkVarName, bodyArgv, iterationState, runIteration, startIteration, ChildPool,
} from '../interp/loops';
import { ItemReader, ItemError } from '../interp/items';

const forstdin: Command = {
  names: ['forstdin'],
  usage: 'forstdin [ -E | -e ] [ -p | -o okcode,okcode,... | -x breakcode,breakcode,... ] [ -N | -n ] [ -C | -c ] [ -0 | -d delim ] var command...',
  options: 'pNnCc0d:o:x:Ee',
  run(ctx: Ctx) {
    let parallel = false, doImport = false, chomp = true, crunch = false;
    let breakWhenListed = true;
    let codes = new CodeSet([]);
    let delims = '\n';
    for (const o of ctx.opts) {
      switch (o.c) {
        case 'p': parallel = true; break;
        case 'N': chomp = false; break;
        case 'n': chomp = true; break;
        case 'C': crunch = true; break;
        case 'c': crunch = false; break;
        case '0': delims = '\0'; break;
        case 'd': delims = o.arg!; break;
        case 'o': breakWhenListed = false; codes = parseCodes(ctx, o.arg!); break;
        case 'x': breakWhenListed = true; codes = parseCodes(ctx, o.arg!); break;
        case 'E': doImport = true; break;
        case 'e': doImport = false; break;
      }
    }
    if (ctx.args.length < 2) ctx.usage();
    const varName = ctx.args[0];
    checkVarName(ctx, varName);
    const command = ctx.args.slice(1);
    const argv = bodyArgv(varName, doImport, command);
    // -d "": netstrings (a C string delimiter "" has length 0; -0 is the NUL byte)
    const netstrings = delims === '';
    const reader = new ItemReader(ctx.realFd(0), delims);
    const pool = parallel ? new ChildPool() : null;
    let processed = false;

    for (;;) {
      let value: string;
      try {
        if (netstrings) {
          const v = reader.nextNetstring();
          if (v === null) break;
          value = v;
        } else {
          const item = reader.nextDelimited();
          if (item === null) break;
          if (!item.terminated && chomp) break;
          if (crunch && item.text.length === 1) continue;
          value = chomp ? item.text.slice(0, -1) : item.text;
        }
      } catch (e) {
        if (!(e instanceof ItemError)) throw e;
        ctx.fatalSys(`unable to ${netstrings ? 'netstring_get' : 'skagetlnsep'}`, e.errno);
      }
      processed = true;
      const st = iterationState(ctx.st, varName, value);
      if (pool) {
        pool.add(startIteration(ctx, argv, st, command[0]));
        continue;
      }
      const code = approxStatus(runIteration(ctx, argv, st, command[0]));
      if (breakWhenListed === codes.has(code)) return { exit: code };
    }
    if (pool) pool.waitAll();
    return { exit: processed ? 0 : 1 };
  },
};

export default forstdin;
