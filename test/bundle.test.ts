// The script-path bundle stays lean (issue 6): it never contains or loads the
// tools' dependencies (chevrotain, execa, commander), a run loads only Node
// builtins and koffi's native module, the V8 code cache made by the build is
// accepted, command modules are evaluated lazily, and the commands outside the
// hot set live in execline-cold.js, read only when one of them runs.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { ROOT, tmpdir } from './helpers';
import { MODULE_WRAPPER } from '../src/interp/wrapper';

const t = suite('bundle');
const DIST = path.join(ROOT, 'dist');
const LOADER = path.join(DIST, 'execline.cjs');
const MAIN = path.join(DIST, 'execline-main.js');
const FORBIDDEN = /chevrotain|\bexeca\b|\bcommander\b/;

t('dist/execline.cjs and its bundle hold no chevrotain, execa or commander', () => {
  for (const f of [LOADER, MAIN]) {
    const text = fs.readFileSync(f, 'utf8');
    const m = FORBIDDEN.exec(text);
    assert.not.ok(m, `${path.basename(f)} mentions ${m?.[0]}`);
  }
});

t('the loader is small and the bundle has the code cache made for its exact text', () => {
  assert.ok(fs.statSync(LOADER).size < 8192);
  // both bundles are the function src/interp/wrapper.ts says (the loader, cold.ts and install compile them as read)
  for (const f of [MAIN, path.join(path.dirname(MAIN), 'execline-cold.js')]) {
    const body = fs.readFileSync(f, 'utf8');
    assert.ok(body.startsWith(MODULE_WRAPPER), `${path.basename(f)} starts with the wrapper`);
    assert.match(body, /\n\}\)\/\/[0-9a-f]{20}\n$/, `${path.basename(f)} ends the function, then its hash`);
  }
  assert.not.ok(fs.readFileSync(LOADER, 'utf8').includes(MODULE_WRAPPER.slice(0, 20)), 'the loader adds no wrapper of its own');
  const id = /\/\/([0-9a-f]{20})\n$/.exec(fs.readFileSync(MAIN, 'utf8'))?.[1];
  assert.ok(id, 'the bundle ends with its content hash');
  assert.ok(fs.statSync(`${MAIN}.${id}.cache`).size > 0);
});

t('the command index loads command modules lazily', () => {
  const index = fs.readFileSync(path.join(ROOT, 'src/commands/index.ts'), 'utf8');
  assert.not.match(index, /^import c\d+ from/m);
  assert.match(index, /^  \[\d+,"execlineb"\],$/m);
  assert.match(index, /^    case \d+: return require\('\.\/execlineb'\)\.default;$/m);
});

t('a run loads only Node builtins and koffi, and V8 accepts the code cache', () => {
  const dir = tmpdir('elts-bundle-');
  const log = path.join(dir, 'loaded.json');
  const hook = path.join(dir, 'hook.cjs');
  // Preloaded: records every require() and dlopen, and whether vm.Script took the cache.
  fs.writeFileSync(hook, `
const Module = require('module'), vm = require('vm'), fs = require('fs');
const seen = { required: [], dlopened: [], cacheRejected: [], compiledBy: [] };
const load = Module._load;
Module._load = function (request, parent, isMain) { if (!isMain) seen.required.push(request); return load.apply(this, arguments); };
const dlopen = process.dlopen;
process.dlopen = function (m, file) { seen.dlopened.push(file); return dlopen.apply(this, arguments); };
const Script = vm.Script;
vm.Script = class extends Script { constructor(src, o) { super(src, o); if (o && o.cachedData) { seen.cacheRejected.push(this.cachedDataRejected); seen.compiledBy.push('vm'); } } };
// On Node 20 the loader uses vm.Script's native class directly (process.binding('contextify')).
const binding = process.binding;
process.binding = function (name) {
  const b = binding.call(this, name);
  if (name !== 'contextify') return b;
  const C = b.ContextifyScript;
  return { ...b, ContextifyScript: class extends C { constructor(...a) { super(...a); if (a[4]) { seen.cacheRejected.push(this.cachedDataRejected); seen.compiledBy.push('contextify'); } } } };
};
process.on('exit', () => fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify(seen)));
`);
  const env: Record<string, string> = { PATH: '/usr/bin:/bin' };
  const r = spawnSync(process.execPath, ['--require', hook, LOADER, 'execlineb', '-c', 'export A 1 importas -u B A foreground { exit 0 } exit 3'], { env, encoding: 'latin1' });
  assert.is(r.stderr, '');
  assert.is(r.status, 3);
  const seen = JSON.parse(fs.readFileSync(log, 'utf8'));
  const builtins = new Set(builtinModules);
  for (const id of seen.required) {
    assert.ok(builtins.has(id.replace(/^node:/, '')), `required a non-builtin module: ${id}`);
  }
  assert.equal(seen.dlopened.map((f: string) => path.basename(f)), ['koffi.node']);
  assert.equal(seen.cacheRejected, [false]);
  assert.equal(seen.compiledBy, [/^v20\.[2-9]\d\./.test(process.version) ? 'contextify' : 'vm']);
  fs.rmSync(dir, { recursive: true, force: true });
});

t('a typical run script loads neither fs nor vm (the loader reads through libc, the bundle gets them on first use)', () => {
  const dir = tmpdir('elts-bundle-');
  const log = path.join(dir, 'loaded.json');
  const hook = path.join(dir, 'hook.cjs');
  // Preloaded (so it may use fs itself): records the builtins required after it.
  fs.writeFileSync(hook, `
const Module = require('module'), fs = require('fs');
const required = [];
const load = Module._load;
Module._load = function (request, parent, isMain) { if (!isMain) required.push(request); return load.apply(this, arguments); };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify(required)));
`);
  const script = 'fdmove -c 2 1 importas -D /root HOME HOME cd / umask 022 if { eltest -d / } exit 5';
  const r = spawnSync(process.execPath, ['--require', hook, LOADER, 'execlineb', '-c', script], { env: { PATH: '/usr/bin:/bin' }, encoding: 'latin1' });
  assert.is(r.stderr, '');
  assert.is(r.status, 5);
  const required = JSON.parse(fs.readFileSync(log, 'utf8')).map((id: string) => id.replace(/^node:/, ''));
  assert.ok(!required.includes('fs'), `fs was loaded: ${required.join(' ')}`);
  if (/^v20\.[2-9]\d\./.test(process.version)) assert.ok(!required.includes('vm'), `vm was loaded: ${required.join(' ')}`);
  fs.rmSync(dir, { recursive: true, force: true });
});

const COLD = path.join(DIST, 'execline-cold.js');

/** Run the loader under strace (openat only): whether the process opened the cold bundle, and how often. */
function runNoting(args: string[]): { status: number | null; stdout: string; stderr: string; coldOpens: number } {
  const dir = tmpdir('elts-bundle-');
  const trace = path.join(dir, 'trace');
  const r = spawnSync('strace', ['-f', '-qq', '-e', 'trace=openat', '-o', trace, process.execPath, LOADER, ...args], {
    env: { PATH: '/usr/bin:/bin' }, encoding: 'latin1',
  });
  const opens = fs.readFileSync(trace, 'latin1').split('\n').filter((l) => l.includes('/execline-cold.js"')).length;
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, coldOpens: opens };
}

t('the hot bundle holds the interpreter and the hot commands, not the cold ones', () => {
  const hot = fs.readFileSync(MAIN, 'utf8');
  const cold = fs.readFileSync(COLD, 'utf8');
  // usage strings are kept as they are: each is in exactly one bundle
  for (const u of ['s6-hiercopy src dst', 'forstdin [ -E | -e ]', 'trap [ -x ]']) {
    assert.ok(!hot.includes(u) && cold.includes(u), `${u}: cold only`);
  }
  for (const u of ['fdmove [ -c ] to from prog...', 's6-setuidgid username prog...']) {
    assert.ok(hot.includes(u) && !cold.includes(u), `${u}: hot only`);
  }
  // shared modules are imported from the hot bundle, never bundled twice
  assert.match(cold, /require\("core:interp\/chain"\)/);
  assert.not.match(cold, /function runChain\b/);
});

t('a typical run never reads the cold bundle; a cold command does, once, and shares the interpreter state', () => {
  const typical = runNoting(['execlineb', '-c', 'fdmove -c 2 1 importas -D x HOME HOME cd / umask 022 if { eltest -d / } exit 7']);
  assert.is(typical.status, 7, typical.stderr);
  assert.is(typical.coldOpens, 0, 'the cold bundle was read');
  // forx and s6-echo are cold; the chain around them, the registry and stderr's fd are the hot bundle's
  const cold = runNoting(['execlineb', '-c', 'fdmove -c 2 1 foreground { forx -E X { a b } s6-echo -- ${X} } s6-echo -n done']);
  assert.is(cold.status, 0, cold.stderr);
  assert.is(cold.stdout, 'a\nb\ndone');
  assert.is(cold.coldOpens, 1, 'read once');
  // a diagnostic of a cold command goes where the hot bundle's fd table says fd 2 is
  const err = spawnSync(process.execPath, [LOADER, 'execlineb', '-c', 'fdmove 2 1 s6-sleep x'], { env: { PATH: '/usr/bin:/bin' }, encoding: 'latin1' });
  assert.is(err.stderr, '');
  assert.match(err.stdout, /^s6-sleep: usage: /);
});

t.run();
