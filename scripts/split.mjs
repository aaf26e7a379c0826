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
 * esbuild plugin for the hot bundle. The command index (src/commands/index.ts)
 * is rewritten as it is read: a hot command module is imported statically (no
 * lazy-module wrapper to build at every start), a cold one is asked of
 * src/interp/cold.ts. `coreNames` maps each hot module id that cold code
 * imports to the names it uses: the table cold.ts answers "core:" imports from
 * (an object of getters per module, made on first use: live bindings).
 */
export function hotPlugin(root, coldFiles, coreNames) {
  const cold = new Set(coldFiles);
  const index = path.join(root, 'src/commands/index.ts');
  return {
    name: 'execline-hot',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]commands[\\/]index\.ts$/ }, (a) => {
        if (path.resolve(a.path) !== index) return undefined;
        const imports = ["import { coldModule } from '../interp/cold';"];
        const text = fs.readFileSync(index, 'utf8').replace(
          /^    case (\d+): return require\('([^']+)'\)\.default;$/gm,
          (line, m, rel) => {
            const file = resolveSource(rel, path.dirname(index));
            if (!file) throw new Error(`split: ${rel} not found from the command index`);
            if (cold.has(file)) {
              return `    case ${m}: return (coldModule(${JSON.stringify(idOf(root, file))}) as { default: Command | Command[] }).default;`;
            }
            imports.push(`import m${m}_default from '${rel}';`);
            return `    case ${m}: return m${m}_default;`;
          },
        );
        if (/require\(/.test(text)) throw new Error('split: the command index has a require() the rewrite does not know');
        // The hot modules are evaluated with the bundle: the index hands their commands out as they are.
        const hot = imports.slice(1).map((l) => /^import (m(\d+)_default) /.exec(l));
        const preloaded = ['', 'function preloaded(i: number): Command | Command[] | undefined {', '  switch (i) {',
          ...hot.map((m) => `    case ${m[2]}: return ${m[1]};`), '  }', '  return undefined;', '}'].join('\n');
        const exported = /^export const commandIndex: CommandIndex = \{ entries, byName, load \};$/m;
        if (!exported.test(text)) throw new Error('split: the command index does not end as the rewrite expects');
        const out = text.replace(exported, 'export const commandIndex: CommandIndex = { entries, byName, load, preloaded };') + preloaded;
        return { contents: `${imports.join('\n')}\n${out}\n`, loader: 'ts', resolveDir: path.dirname(index) };
      });
      b.onResolve({ filter: new RegExp(`^${CORE_MAP}$`) }, () => ({ path: CORE_MAP, namespace: 'core-map' }));
      b.onLoad({ filter: /.*/, namespace: 'core-map' }, () => {
        const lines = [];
        const table = [];
        Object.keys(coreNames).sort().forEach((id, i) => {
          const names = [...coreNames[id]].sort();
          if (names.length) {
            lines.push(`import { ${names.map((n) => `${n} as c${i}_${n}`).join(', ')} } from ${JSON.stringify(path.join(root, 'src', `${id}.ts`))};`);
          }
          table.push(`  ${JSON.stringify(id)}: () => ({ ${names.map((n) => `get ${n}() { return c${i}_${n}; }`).join(', ')} }),`);
        });
        lines.push('export function coreModules() {', '  return {', ...table.map((l) => `  ${l}`), '  };', '}');
        return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
      });
    },
  };
}

/**
 * What the cold bundle (esbuild output, identifiers not minified) takes from
 * each "core:" module: { id: Set of names }.
 */
export function coreImports(coldText) {
  const out = {};
  for (const m of coldText.matchAll(/\b([A-Za-z_$][\w$]*) = (?:__toESM\()?require\("core:([^"]+)"\)/g)) {
    const [, v, id] = m;
    const names = (out[id] ??= new Set());
    const use = new RegExp(`\\b${v.replace(/\$/g, '\\$')}\\.([A-Za-z_$][\\w$]*)`, 'g');
    for (const u of coldText.matchAll(use)) names.add(u[1]);
  }
  return out;
}

/** The cold bundle's entry: a loader per cold command module, by id. */
export function coldEntry(root, coldFiles) {
  return `module.exports = {\n${coldFiles.map((f) => `  ${JSON.stringify(idOf(root, f))}: () => require(${JSON.stringify(f)}),\n`).join('')}};\n`;
}

/**
 * esbuild plugin for the cold bundle: imports of modules in the hot bundle
 * (`hotFiles`) stay outside as require("core:ID") (coreImports reads them back).
 */
export function coldPlugin(root, hotFiles) {
  return {
    name: 'execline-cold',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (a) => {
        const f = resolveSource(a.path, a.resolveDir);
        if (!f || !hotFiles.has(f)) return undefined;
        return { path: `core:${idOf(root, f)}`, external: true };
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
