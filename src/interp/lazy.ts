// Commands whose module is evaluated only when the command is first used.
// The generated src/commands/index.ts lists every command by name with a
// loader; a script run then compiles and evaluates only the modules it needs
// (one execline process runs a handful of commands out of ~150; evaluating
// all of them cost more than 10 ms per start, see bench/RESULTS.md).
import type { Command } from './command';

export type CommandLoader = () => Command | Command[];

interface Stub { names: string[]; load: CommandLoader; real?: Command }

function resolve(t: Stub): Command {
  if (t.real) return t.real;
  const name = t.names[0];
  const list = ([] as Command[]).concat(t.load());
  const real = list.find((c) => c.names[0] === name) ?? list.find((c) => c.names.includes(name));
  if (!real) throw new Error(`command ${name} is not in its module (rebuild: node scripts/build.mjs)`);
  return (t.real = real);
}

// One handler for every stand-in (its state is on the target): ~150 of them are made at each start.
const handler: ProxyHandler<Stub> = {
  get: (t, key) => (key === 'names' ? t.names : Reflect.get(resolve(t), key)),
  has: (t, key) => key in resolve(t),
  ownKeys: (t) => Reflect.ownKeys(resolve(t)),
  getOwnPropertyDescriptor: (t, key) => {
    const d = Reflect.getOwnPropertyDescriptor(resolve(t), key);
    return d && { ...d, configurable: true };
  },
};

/**
 * A stand-in for the command named `names[0]` in the module `load` evaluates:
 * `names` is known without loading; any other property loads the module.
 */
export function lazyCommand(names: string[], load: CommandLoader): Command {
  return new Proxy({ names, load }, handler) as unknown as Command;
}
