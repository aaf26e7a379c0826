// Commands whose module is evaluated only when the command is first used.
// The generated src/commands/index.ts lists every command by name with a
// loader; a script run then compiles and evaluates only the modules it needs
// (one execline process runs a handful of commands out of ~150; evaluating
// all of them cost more than 10 ms per start, see bench/RESULTS.md).
import type { Command } from './command';

export type CommandLoader = () => Command | Command[];

/**
 * A stand-in for the command named `names[0]` in the module `load` evaluates:
 * `names` is known without loading; any other property loads the module.
 */
export function lazyCommand(names: string[], load: CommandLoader): Command {
  let real: Command | undefined;
  const resolve = (): Command => {
    if (real) return real;
    const list = ([] as Command[]).concat(load());
    real = list.find((c) => c.names[0] === names[0]) ?? list.find((c) => c.names.includes(names[0]));
    if (!real) throw new Error(`command ${names[0]} is not in its module (rebuild: node scripts/build.mjs)`);
    return real;
  };
  const stub = { names } as Command;
  return new Proxy(stub, {
    get: (_t, key) => (key === 'names' ? names : Reflect.get(resolve(), key)),
    has: (_t, key) => key in resolve(),
    ownKeys: () => Reflect.ownKeys(resolve()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(resolve(), key);
      return d && { ...d, configurable: true };
    },
  });
}
