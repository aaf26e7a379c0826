// `execline install --prefix DIR`: bundles, shims, rootfs; native s6 kept unless --force.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as vm from 'node:vm';
import { ROOT, tmpdir } from '../helpers';
import { SCRIPT_NODE_OPTION } from '../../src/interp/wrapper';

const test = suite('execline install');
const TOOLS = path.join(ROOT, 'dist/tools.cjs');
const install = (dir: string, ...extra: string[]) => spawnSync(process.execPath, [TOOLS, 'install', '--prefix', dir, ...extra], { encoding: 'utf8' });

test('lays bundles, koffi, one link per command and the rootfs', () => {
  const dir = tmpdir('inst-');
  fs.mkdirSync(path.join(dir, 'bin'));
  const r = install(dir);
  assert.is(r.status, 0, r.stderr);
  assert.is(fs.readlinkSync(path.join(dir, 'bin/execlineb')), '../usr/lib/execline-ts/execline.cjs');
  const lib = path.join(dir, 'usr/lib/execline-ts');
  for (const f of ['execline.cjs', 'overlay.cjs', 'tools.cjs']) assert.ok(fs.existsSync(path.join(lib, f)), f);
  assert.ok(fs.readdirSync(path.join(lib, 'koffi')).length > 0);
  assert.is(fs.readlinkSync(path.join(dir, 'usr/bin/with-contenv')), '../lib/execline-ts/execline.cjs');
  assert.is(fs.readlinkSync(path.join(dir, 'usr/bin/execlineb')), '../lib/execline-ts/execline.cjs');
  assert.is(fs.readlinkSync(path.join(dir, 'usr/bin/fix-attrs')), '../lib/execline-ts/overlay.cjs');
  assert.is(fs.readlinkSync(path.join(dir, 'usr/bin/execline')), '../lib/execline-ts/tools.cjs');
  assert.is(fs.readlinkSync(path.join(dir, 'init')), '/usr/lib/execline-ts/overlay.cjs');
  assert.is(fs.readFileSync(path.join(dir, 'etc/s6/init/env/PATH'), 'utf8'), '/usr/bin:/usr/sbin:/bin:/sbin\n');
  for (const d of ['fix-attrs.d', 'cont-init.d', 'cont-finish.d', 'services.d']) {
    assert.equal(fs.readdirSync(path.join(dir, 'etc', d)), [], d);
  }
  assert.is(fs.statSync(path.join(dir, 'etc/s6/services/s6-fdholderd/run')).mode & 0o777, 0o755);
  // An installed link runs.
  const p = spawnSync(path.join(dir, 'usr/bin/printcontenv'), [], { encoding: 'utf8' });
  assert.is(p.status, 1, p.stderr);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the loader tries koffi's build for the C library of the tree installed into first, and falls back to the other", () => {
  const loaderOf = (dir: string) => fs.readFileSync(path.join(dir, 'usr/lib/execline-ts/execline.cjs'), 'utf8');
  const glibc = tmpdir('inst-');
  fs.mkdirSync(path.join(glibc, 'lib'));
  assert.is(install(glibc, '--no-rootfs').status, 0);
  assert.match(loaderOf(glibc), /\bconst LIBC ?= ?["']linux["']/);
  // an Alpine tree: its dynamic loader is musl's
  const musl = tmpdir('inst-');
  fs.mkdirSync(path.join(musl, 'lib'));
  fs.writeFileSync(path.join(musl, `lib/ld-musl-${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}.so.1`), '');
  assert.is(install(musl, '--no-rootfs').status, 0);
  assert.match(loaderOf(musl), /\bconst LIBC ?= ?["']musl["']/);
  // run here (glibc), that tree's tools still work: musl's koffi fails to load, glibc's is next
  const r = spawnSync(path.join(musl, 'usr/bin/execlineb'), ['-c', 'importas -D ok X X s6-echo ${X}'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
  assert.is(r.stderr, '');
  assert.is(r.stdout, 'ok\n');
  for (const d of [glibc, musl]) fs.rmSync(d, { recursive: true, force: true });
});

test('never replaces a native s6 program unless --force; reinstalling is fine', () => {
  const dir = tmpdir('inst-');
  const native = path.join(dir, 'usr/bin/s6-overlay-preinit');
  fs.mkdirSync(path.dirname(native), { recursive: true });
  fs.writeFileSync(native, '#!/bin/sh\necho native\n', { mode: 0o755 });
  const r = install(dir);
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stderr, /kept the native s6-overlay-preinit \(use --force to replace\)/);
  assert.ok(fs.lstatSync(native).isFile());
  assert.is(install(dir).status, 0);
  const f = install(dir, '--force');
  assert.is(f.status, 0, f.stderr);
  assert.is(fs.readlinkSync(native), '../lib/execline-ts/overlay.cjs');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the installed bundles name the installing Node, or --node (no `env node` on each start)', () => {
  const dir = tmpdir('inst-');
  assert.is(install(dir, '--no-rootfs').status, 0);
  const lib = path.join(dir, 'usr/lib/execline-ts');
  const firstLine = (f: string) => fs.readFileSync(path.join(lib, f), 'utf8').split('\n')[0];
  // the script path's loader also gives Node its one option (a fixed V8 seed: src/interp/wrapper.ts)
  assert.is(firstLine('execline.cjs'), `#!${process.execPath} ${SCRIPT_NODE_OPTION}`);
  for (const f of ['overlay.cjs', 'tools.cjs']) assert.is(firstLine(f), `#!${process.execPath}`, f);
  // A Node elsewhere (another image's): the line follows, the rest of the file is untouched, and it still runs.
  const other = path.join(dir, 'node');
  fs.symlinkSync(process.execPath, other);
  const before = fs.readFileSync(path.join(lib, 'execline.cjs'), 'utf8');
  assert.is(install(dir, '--no-rootfs', '--node', other).status, 0);
  const after = fs.readFileSync(path.join(lib, 'execline.cjs'), 'utf8');
  assert.is(firstLine('execline.cjs'), `#!${other} ${SCRIPT_NODE_OPTION}`);
  assert.is(after.slice(after.indexOf('\n')), before.slice(before.indexOf('\n')));
  assert.is(fs.statSync(path.join(lib, 'execline.cjs')).mode & 0o777, 0o755);
  const p = spawnSync(path.join(dir, 'usr/bin/execlineb'), ['-c', 'echo ran'], { encoding: 'utf8' });
  assert.is(p.stdout, 'ran\n', p.stderr);
  // Another option, or none; not two words (the kernel would pass them to Node as one).
  assert.is(install(dir, '--no-rootfs', '--node-option', '--v8-pool-size=1').status, 0);
  assert.is(firstLine('execline.cjs'), `#!${process.execPath} --v8-pool-size=1`);
  assert.is(spawnSync(path.join(dir, 'usr/bin/execlineb'), ['-c', 'echo ran'], { encoding: 'utf8' }).stdout, 'ran\n');
  assert.is(install(dir, '--no-rootfs', '--node-option', '').status, 0);
  assert.is(firstLine('execline.cjs'), `#!${process.execPath}`);
  const two = install(dir, '--no-rootfs', '--node-option', '--v8-pool-size=1 --jitless');
  assert.is(two.status, 100);
  assert.is(two.stderr, 'execline: fatal: --node-option must be one word beginning with --: --v8-pool-size=1 --jitless\n');
  assert.is(firstLine('execline.cjs'), `#!${process.execPath}`, 'left as it was');
  // A path a shebang cannot hold falls back to env.
  assert.is(install(dir, '--no-rootfs', '--node', 'node with spaces').status, 0);
  assert.is(firstLine('execline.cjs'), '#!/usr/bin/env node');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the build names the Node that built it', () => {
  const firstLine = (f: string) => fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8').split('\n')[0];
  assert.is(firstLine('execline.cjs'), `#!${process.execPath} ${SCRIPT_NODE_OPTION}`);
  for (const f of ['overlay.cjs', 'tools.cjs']) assert.is(firstLine(f), `#!${process.execPath}`, f);
  assert.equal(fs.readdirSync(path.join(ROOT, 'dist')).filter((f) => f.includes('.tmp')), [], 'no temporary files left');
});

test('code caches another Node would reject are made again by the installing Node', () => {
  const dir = tmpdir('inst-');
  assert.is(install(dir, '--no-rootfs').status, 0);
  const lib = path.join(dir, 'usr/lib/execline-ts');
  const caches = () => fs.readdirSync(lib).filter((f) => f.endsWith('.cache')).sort();
  const [cold, hot] = caches();
  assert.match(hot, /^execline-main\.js\.[0-9a-f]{20}\.cache$/);
  assert.match(cold, /^execline-cold\.js\.[0-9a-f]{20}\.cache$/);
  const taken = (bundle: string, cache: string) => {
    const text = fs.readFileSync(path.join(lib, bundle), 'utf8');
    return !new vm.Script(text, { cachedData: fs.readFileSync(path.join(lib, cache)) }).cachedDataRejected;
  };
  assert.ok(taken('execline-main.js', hot) && taken('execline-cold.js', cold));
  // What a cache from another V8 looks like to this one: rejected.
  for (const c of [hot, cold]) fs.writeFileSync(path.join(lib, c), Buffer.alloc(4096, 7));
  assert.not.ok(taken('execline-main.js', hot));
  // The installed tools install again (nothing copied from dist/ over the broken caches).
  const again = spawnSync(process.execPath, [path.join(lib, 'tools.cjs'), 'install', '--prefix', dir, '--no-rootfs'], { encoding: 'utf8' });
  assert.is(again.status, 0, again.stderr);
  assert.equal(caches(), [cold, hot]);
  assert.ok(taken('execline-main.js', hot), 'hot cache made again');
  assert.ok(taken('execline-cold.js', cold), 'cold cache made again');
  const p = spawnSync(path.join(dir, 'usr/bin/execlineb'), ['-c', 'forx -E X { a } s6-echo ran'], { encoding: 'utf8' });
  assert.is(p.stdout, 'ran\n', p.stderr);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('usage errors: no --prefix', () => {
  const r = spawnSync(process.execPath, [TOOLS, 'install'], { encoding: 'utf8' });
  assert.is.not(r.status, 0);
  assert.match(r.stderr, /--prefix/);
});

test.run();
