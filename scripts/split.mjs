// The script-path bundle in two parts (issue 6, startup). Every start reads the
// hot bundle and V8 deserializes its code cache, both in proportion to its size:
// with all ~150 commands that was ~2 ms of a start. The hot bundle holds the
// interpreter and the commands run scripts use all the time; the other commands
// are in execline-cold.js, read on the first use of one of them
// (src/interp/cold.ts). A module is in exactly one of the two: a module of the
// hot bundle that cold code imports is handed over at run time ("core:" ids),
// never bundled twice, so module state (the command registry, the fd of
// stderr, ...) exists once.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Commands in the hot bundle (paths under src/commands): those of typical run, finish and cont-init scripts. */
export const HOT_COMMANDS = [
  'execlineb', 'exec', 'exit', 'cd', 'umask', 'define', 'importas', 'export', 'unexport', 'emptyenv',
  'fdmove', 'fdclose', 'redirfd', 'if', 'foreground', 'background', 'eltest', 'multisubstitute', 'backtick',
  's6/s6-setuidgid', 's6/s6-envuidgid', 's6/s6-applyuidgid', 'overlay/with-contenv',
];

const CORE_MAP = 'execline-core-modules';

/** The file a relative import of our sources names. */
function resolveSource(spec, dir) {
  const base = path.resolve(dir, spec);
  for (const c of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

/** The cold command files: every command module outside HOT_COMMANDS. */
export function coldCommandFiles(root) {
  const dir = path.join(root, 'src/commands');
  const hot = new Set(HOT_COMMANDS.map((c) => path.join(dir, `${c}.ts`)));
  for (const f of hot) if (!fs.existsSync(f)) throw new Error(`split: no such hot command ${f}`);
  const out = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && p !== path.join(dir, 'index.ts') && !hot.has(p)) out.push(p);
    }
  })(dir);
  return out.sort();
}

const idOf = (root, file) => path.relative(path.join(root, 'src'), file).replace(/\.ts$/, '');

/**
 * esbuild plugin for the hot bundle: a cold command module becomes a stub that
 * asks src/interp/cold.ts for it; `coreIds` are the hot modules cold code imports.
 */
export function hotPlugin(root, coldFiles, coreIds) {
  const cold = new Set(coldFiles);
  const loader = path.join(root, 'src/interp/cold.ts');
  return {
    name: 'execline-hot',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (a) => {
        const f = resolveSource(a.path, a.resolveDir);
        return f && cold.has(f) ? { path: f, namespace: 'cold-stub' } : undefined;
      });
      b.onResolve({ filter: new RegExp(`^${CORE_MAP}$`) }, () => ({ path: CORE_MAP, namespace: 'core-map' }));
      b.onLoad({ filter: /.*/, namespace: 'cold-stub' }, (a) => ({
        contents: `module.exports = require(${JSON.stringify(loader)}).coldModule(${JSON.stringify(idOf(root, a.path))}, require('${CORE_MAP}'));`,
        loader: 'js',
        resolveDir: root,
      }));
      b.onLoad({ filter: /.*/, namespace: 'core-map' }, () => ({
        contents: `module.exports = {\n${coreIds.map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(path.join(root, 'src', `${id}.ts`))}),\n`).join('')}};\n`,
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/** The cold bundle's entry: a loader per cold command module, by id. */
export function coldEntry(root, coldFiles) {
  return `module.exports = {\n${coldFiles.map((f) => `  ${JSON.stringify(idOf(root, f))}: () => require(${JSON.stringify(f)}),\n`).join('')}};\n`;
}

/**
 * esbuild plugin for the cold bundle: imports of modules in the hot bundle
 * (`hotFiles`) stay outside as require("core:ID"); the ids used go into `used`.
 */
export function coldPlugin(root, hotFiles, used) {
  return {
    name: 'execline-cold',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (a) => {
        const f = resolveSource(a.path, a.resolveDir);
        if (!f || !hotFiles.has(f)) return undefined;
        const id = idOf(root, f);
        used.add(id);
        return { path: `core:${id}`, external: true };
      });
    },
  };
}

/** The source files of our own in a bundle, from its esbuild metafile. */
export function sourceInputs(root, metafile) {
  return new Set(Object.keys(metafile.inputs)
    .filter((f) => !f.includes(':') && f.endsWith('.ts'))
    .map((f) => path.resolve(root, f)));
}
