// Commands whose module is evaluated only when the command is first used.
// The generated src/commands/index.ts lists every command's names and module
// number in two literals; a script run then compiles and evaluates only the modules it needs
// (one execline process runs a handful of commands out of ~150; evaluating
// all of them cost more than 10 ms per start, see bench/RESULTS.md).
import type { Command, Ctx, Next } from './command';

export type CommandLoader = () => Command | Command[];

/** The generated command index (src/commands/index.ts). */
export interface CommandIndex {
  /** [module number, primary name, other names...] */
  entries: readonly (readonly [number, ...string[]])[];
  /** name → entry number (a null-prototype object) */
  byName: Record<string, number>;
  /** the default export of a command module */
  load(module: number): Command | Command[];
  /** the default export of a module already evaluated (the hot bundle's), else undefined */
  preloaded?(module: number): Command | Command[] | undefined;
}

/** The command of a module's default export that `name` (an index name) stands for. */
export function pickCommand(exported: Command | Command[], name: string): Command | undefined {
  if (!Array.isArray(exported)) return exported.names.includes(name) ? exported : undefined;
  const list = exported;
  return list.find((c) => c.names[0] === name) ?? list.find((c) => c.names.includes(name));
}

/**
 * A stand-in for the command named `names[0]` in the module `load` evaluates:
 * `names` is known without loading; any other member loads the module. A
 * plain class, made when a name is first looked up (interp/chain.ts): a start
 * makes a handful, not one per command.
 */
class LazyCommand implements Command {
  private loaded?: Command;

  constructor(readonly names: string[], private readonly load: CommandLoader) {}

  private get real(): Command {
    if (this.loaded) return this.loaded;
    const name = this.names[0];
    const real = pickCommand(this.load(), name);
    if (!real) throw new Error(`command ${name} is not in its module (rebuild: node scripts/build.mjs)`);
    return (this.loaded = real);
  }

  get prog(): string | undefined { return this.real.prog; }
  get usage(): string { return this.real.usage; }
  get options(): string | undefined { return this.real.options; }
  get ownProcess(): boolean | undefined { return this.real.ownProcess; }
  run(ctx: Ctx): Next { return this.real.run(ctx); }
}

export function lazyCommand(names: string[], load: CommandLoader): Command {
  return new LazyCommand(names, load);
}
