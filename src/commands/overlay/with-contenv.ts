// with-contenv / with-contenv-legacy PROG...: run PROG with the container
// environment (usable as `#!/usr/bin/with-contenv sh`).
import type { Command, Ctx, Next } from '../../interp/command';
import { Env } from '../../interp/env';
import { errnoOf } from '../../interp/errors';
import { CONTENV, containerEnv, keepEnv, lookupIn } from '../../overlay/contenv';

/** Exec argv with a new environment, looked up with that environment's PATH. */
export function execWithEnv(ctx: Ctx, env: string[], argv: string[]): Next {
  ctx.st.env = new Env(env);
  const full = lookupIn(argv[0], ctx.st.env.get('PATH'));
  if (full && full !== argv[0]) return { exec: [full, ...argv.slice(1)], argv0: argv[0] };
  return { exec: argv };
}

function make(name: string, legacy: boolean): Command {
  return {
    names: [name],
    usage: `${name} prog...`,
    run(ctx: Ctx) {
      if (ctx.args.length === 0) ctx.usage();
      if (keepEnv(ctx.env.entries, ctx.prog)) return { exec: ctx.args };
      let env: string[];
      try {
        env = containerEnv(legacy);
      } catch (e) {
        return ctx.fatalSys(`unable to envdir ${CONTENV}`, errnoOf(e), 111);
      }
      return execWithEnv(ctx, env, ctx.args);
    },
  };
}

export default [make('with-contenv', false), make('with-contenv-legacy', true)];
