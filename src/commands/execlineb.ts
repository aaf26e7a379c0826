// execlineb: read a script, set up positional parameters, run it (spec §2).
import type { Command, Ctx } from '../interp/command';
import { lex } from '../syntax/lexer';
import { strictUint } from '../interp/numbers';
import { substArgv, Bindings } from '../expand/subst';
import { pushPositionals } from '../interp/positionals';
import { readFileBytes } from '../runtime/io';

const execlineb: Command = {
  names: ['execlineb'],
  usage: 'execlineb [ -p | -P | -S nmin | -s nmin ] [ -q | -w | -W ] [ -c commandline ] script args',
  options: 'pPS:s:qwWc:',
  run(ctx: Ctx) {
    let mode: 'push' | 'p' | 'P' | 'S' | 's' = 'push';
    let nmin = 0;
    let strictOpt: 'q' | 'w' | 'W' | null = null;
    let inline: string | undefined;
    for (const o of ctx.opts) {
      switch (o.c) {
        case 'p': case 'P': mode = o.c; break;
        case 'S': case 's': {
          const n = strictUint(o.arg!);
          if (n === undefined) ctx.usage();
          mode = o.c; nmin = n;
          break;
        }
        case 'q': case 'w': case 'W': strictOpt = o.c; break;
        case 'c': inline = o.arg!; break;
      }
    }
    let args = ctx.args;
    let dollar0: string;
    let text: string;
    let scriptName: string;
    if (inline !== undefined) {
      text = inline;
      dollar0 = ctx.argv[0];
      scriptName = '-c';
    } else {
      if (args.length === 0) ctx.usage();
      scriptName = dollar0 = args[0];
      args = args.slice(1);
      const got = readFileBytes(dollar0);
      if (typeof got !== 'string') {
        if (got.during === 'open') ctx.fatalSys(`unable to open ${dollar0} for reading`, got.errno);
        ctx.fatalSys('unable to parse script', got.errno);
      }
      text = got;
    }
    const r = lex(text);
    if (!r.ok) {
      const e = r.error;
      // Native prints only the first part; the location is ours (docs/divergences.md).
      ctx.fatal(`${e.kind} at ${scriptName}:${e.line}:${e.col}: ${e.detail}`, 100);
    }
    let argv = r.words;
    if (argv.length === 0) return { exit: 0 };

    const env = ctx.env;
    let strict: number;
    if (strictOpt === 'q') { strict = 0; env.unset('EXECLINE_STRICT'); }
    else if (strictOpt === 'w') { strict = 1; env.set('EXECLINE_STRICT', '1'); }
    else if (strictOpt === 'W') { strict = 2; env.set('EXECLINE_STRICT', '2'); }
    else {
      const v = env.get('EXECLINE_STRICT');
      if (v === undefined) strict = 1;
      else {
        const n = strictUint(v);
        if (n === undefined) {
          ctx.warn('invalid EXECLINE_STRICT value, unsetting it');
          env.unset('EXECLINE_STRICT');
          strict = 1;
        } else strict = n;
      }
    }

    const n = args.length;
    switch (mode) {
      case 'push':
        if (!pushPositionals(env)) ctx.fatal('unable to update environment: Invalid argument', 111);
        setPositionals(env, dollar0, args);
        break;
      case 'p':
        setPositionals(env, dollar0, args);
        break;
      case 'P':
        break;
      case 'S': case 's': {
        if (n < nmin) {
          const msg = `too few arguments: expecting at least ${nmin} but got ${n}`;
          if (strict >= 2) ctx.fatal(msg, 100);
          if (strict >= 1) ctx.warn(msg);
        }
        const keys: Bindings = new Map();
        keys.set('#', [String(n)]);
        keys.set('0', [dollar0]);
        for (let i = 1; i <= Math.max(n, nmin); i++) keys.set(String(i), [i <= n ? args[i - 1] : '']);
        keys.set('@', mode === 'S' ? args.slice() : args.slice(nmin));
        argv = substArgv(argv, keys);
        if (argv.length === 0) return { exit: 0 };
        break;
      }
    }
    return { exec: argv };
  },
};

function setPositionals(env: import('../interp/env').Env, dollar0: string, args: string[]): void {
  env.set('#', String(args.length));
  env.set('0', dollar0);
  for (let i = 0; i < args.length; i++) env.set(String(i + 1), args[i]);
}

export default execlineb;
