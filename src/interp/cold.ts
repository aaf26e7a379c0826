// The commands outside the hot set (scripts/split.mjs) live in a second bundle,
// execline-cold.js next to this one, read on the first use of one of them: a
// start that uses none (most service starts) never pays for them. The build
// turns each cold command of the command index into a call to coldModule. The cold bundle
// imports the modules it shares with this one as require("core:ID"), answered
// here from `core`: one instance of each module, whichever bundle uses it.
import * as fs from 'node:fs';
import * as vm from 'node:vm';
// Made by the build (scripts/split.mjs): for each module of this bundle that cold code imports, its names.
import { coreModules } from 'execline-core-modules';
import { cacheFileFor } from './wrapper';

type Loaders = Record<string, () => unknown>;

let cold: Loaders | null = null;
const modules = new Map<string, unknown>();

/** The module `id` (a path under src/, no extension) of the cold bundle. */
export function coldModule(id: string): unknown {
  if (!cold) cold = runColdBundle(coreModules());
  let m = modules.get(id);
  if (m === undefined) {
    const load = cold[id];
    if (!load) throw new Error(`${id} is not in execline-cold.js (rebuild: node scripts/build.mjs)`);
    modules.set(id, (m = load()));
  }
  return m;
}

function runColdBundle(core: Loaders): Loaders {
  const file = `${__dirname}/execline-cold.js`;
  const text = fs.readFileSync(file, 'utf8');
  // As for the hot bundle (scripts/build.mjs): a V8 code cache named after the hash on the last line.
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFileFor(file, text));
  } catch { /* none: V8 compiles */ }
  const script = new vm.Script(text, { filename: file, cachedData });
  const shared = new Map<string, unknown>();
  const coldRequire = (id: string): unknown => {
    if (!id.startsWith('core:')) return require(id);
    const key = id.slice(5);
    let ns = shared.get(key);
    if (ns === undefined) {
      const load = core[key];
      if (!load) throw new Error(`execline-cold.js needs ${key}, not in this bundle (rebuild: node scripts/build.mjs)`);
      shared.set(key, (ns = load()));
    }
    return ns;
  };
  const module = { exports: {} as Loaders };
  script.runInThisContext()(module.exports, coldRequire, module, file, __dirname);
  return module.exports;
}
