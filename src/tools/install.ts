// `execline install --prefix DIR`: bundles and koffi into DIR/usr/lib/execline-ts,
// one link per command in DIR/usr/bin, and the s6-overlay rootfs into DIR.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as vm from 'node:vm';
import { cacheFileFor, SCRIPT_NODE_OPTION } from '../interp/wrapper';

export const LIB = 'usr/lib/execline-ts';

export interface InstallOptions { prefix: string; force: boolean; rootfs: boolean; node?: string; nodeOption?: string }

/** Native programs we never replace unless --force: the s6 suite. */
function isProtected(name: string): boolean {
  return name.startsWith('s6-') || name === 'ucspilogd';
}

function copyTree(src: string, dst: string, skip: (name: string) => boolean): void {
  const st = fs.lstatSync(src);
  if (st.isSymbolicLink()) {
    try { fs.rmSync(dst, { recursive: true, force: true }); } catch { /* absent */ }
    fs.symlinkSync(fs.readlinkSync(src), dst);
    return;
  }
  if (st.isDirectory()) {
    fs.mkdirSync(dst, { recursive: true });
    fs.chmodSync(dst, st.mode & 0o7777);
    for (const n of fs.readdirSync(src)) if (!skip(n)) copyTree(path.join(src, n), path.join(dst, n), skip);
    return;
  }
  fs.rmSync(dst, { force: true });
  fs.copyFileSync(src, dst);
  fs.chmodSync(dst, st.mode & 0o7777);
}

/**
 * The interpreter line of an installed bundle: the Node that installs (or --node), not
 * `/usr/bin/env node`, whose own exec and PATH search every service start would pay.
 * The script path's loader also gets one Node option (not through env: one word only there),
 * SCRIPT_NODE_OPTION unless told another ('' for none).
 */
export function nodeLine(node: string, scriptPath = false, option = SCRIPT_NODE_OPTION): string {
  if (!/^\/[\w./+-]+$/.test(node) || node.length >= 120) return '#!/usr/bin/env node';
  return scriptPath && option !== '' ? `#!${node} ${option}` : `#!${node}`;
}

/** Rewrite a file by rename (a running process never reads half of it); unchanged: untouched. */
function rewrite(file: string, change: (text: string) => string): void {
  const text = fs.readFileSync(file, 'latin1');
  const changed = change(text);
  if (changed === text) return;
  const tmp = `${file}.tmp${process.pid}`;
  fs.writeFileSync(tmp, changed, 'latin1');
  fs.chmodSync(tmp, fs.statSync(file).mode & 0o7777);
  fs.renameSync(tmp, file);
}

function setNodeLine(file: string, line: string): void {
  rewrite(file, (text) => (text.startsWith('#!') ? `${line}\n${text.slice(text.indexOf('\n') + 1)}` : text));
}

/**
 * The C library of the tree installed into: the loader tries koffi's build for it first (the
 * other one only if that fails to load; a musl image may have a glibc compatibility libc.so.6).
 * A prefix without lib/ (a staging folder) is taken to be for this machine.
 */
export function libcOf(prefix: string): 'musl' | 'linux' {
  const musl = `lib/ld-musl-${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}.so.1`;
  const root = fs.existsSync(path.join(prefix, 'lib')) ? prefix : '/';
  return fs.existsSync(path.join(root, musl)) ? 'musl' : 'linux';
}

function setLibc(file: string, flavour: string): void {
  // the loader is minified: `const LIBC="linux"` (or as written: `const LIBC = 'linux'`)
  rewrite(file, (text) => text.replace(/\bconst LIBC ?= ?(["'])[a-z]+\1/, `const LIBC="${flavour}"`));
}

/** Whether this Node's V8 takes the bundle's code cache (another Node version rejects it). */
function cacheTaken(file: string, text: string): boolean {
  const cache = cacheFileFor(file, text);
  if (!fs.existsSync(cache)) return false;
  return !new vm.Script(text, { filename: file, cachedData: fs.readFileSync(cache) }).cachedDataRejected;
}

/**
 * The code caches made by the build are for the building Node: made again for the
 * installing one when it would reject them (a Dockerfile's build stage often has
 * another Node than the image), else every start would compile the bundle (~3 ms).
 */
function refreshCodeCaches(lib: string): void {
  const main = path.join(lib, 'execline-main.js');
  if (fs.existsSync(main)) {
    const text = fs.readFileSync(main, 'utf8');
    if (!cacheTaken(main, text) && fs.existsSync(path.join(lib, 'warm-up.el'))) {
      fs.rmSync(cacheFileFor(main, text), { force: true });
      try {
        execFileSync(process.execPath, [path.join(lib, 'execline.cjs'), 'execlineb', '-P', path.join(lib, 'warm-up.el')], {
          env: { PATH: '/usr/bin:/bin', EXECLINE_TS_WRITE_CODE_CACHE: '1' }, stdio: 'ignore', cwd: lib, timeout: 20000,
        });
      } catch { /* the warm-up ends in a failed exec; the cache is written on exit */ }
    }
  }
  const cold = path.join(lib, 'execline-cold.js');
  if (fs.existsSync(cold)) {
    const text = fs.readFileSync(cold, 'utf8');
    if (!cacheTaken(cold, text)) {
      fs.writeFileSync(cacheFileFor(cold, text), new vm.Script(text, { filename: cold }).createCachedData());
    }
  }
}

function names(bundle: string): string[] {
  if (!fs.existsSync(bundle)) return [];
  return execFileSync(process.execPath, [bundle, '--builtins'], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

export function install(o: InstallOptions): number {
  if (o.nodeOption !== undefined && o.nodeOption !== '' && !/^--[\w.=+:,-]+$/.test(o.nodeOption)) {
    process.stderr.write(`execline: fatal: --node-option must be one word beginning with --: ${o.nodeOption}\n`);
    return 100;
  }
  const here = __dirname;
  const prefix = path.resolve(o.prefix);
  const lib = path.join(prefix, LIB);
  const bin = path.join(prefix, 'usr/bin');
  fs.mkdirSync(lib, { recursive: true });
  fs.mkdirSync(bin, { recursive: true });
  // Everything the build put in dist/ (bundles, their code caches, koffi), not tests or temp files.
  if (path.resolve(here) !== path.resolve(lib)) {
    for (const f of fs.readdirSync(here)) {
      if (f === 'test' || f === 'rootfs' || f.includes('.tmp')) continue;
      copyTree(path.join(here, f), path.join(lib, f), (n) => n.includes('.tmp'));
    }
  }

  for (const f of ['execline.cjs', 'overlay.cjs', 'tools.cjs']) {
    if (fs.existsSync(path.join(lib, f))) setNodeLine(path.join(lib, f), nodeLine(o.node ?? process.execPath, f === 'execline.cjs', o.nodeOption));
  }

  if (fs.existsSync(path.join(lib, 'execline.cjs'))) setLibc(path.join(lib, 'execline.cjs'), libcOf(prefix));
  refreshCodeCaches(lib);

  const links = new Map<string, string>();
  for (const n of names(path.join(lib, 'execline.cjs'))) links.set(n, 'execline.cjs');
  for (const n of names(path.join(lib, 'overlay.cjs'))) links.set(n, 'overlay.cjs');
  if (fs.existsSync(path.join(lib, 'tools.cjs'))) links.set('execline', 'tools.cjs');
  const kept: string[] = [];
  for (const [n, bundle] of links) {
    const p = path.join(bin, n);
    const target = path.relative(bin, path.join(lib, bundle));
    let cur: fs.Stats | null = null;
    try { cur = fs.lstatSync(p); } catch { /* absent */ }
    if (cur) {
      const ours = cur.isSymbolicLink() && path.resolve(bin, fs.readlinkSync(p)).startsWith(lib + path.sep);
      if (!ours && isProtected(n) && !o.force) { kept.push(n); continue; }
      fs.rmSync(p, { force: true, recursive: true });
    }
    fs.symlinkSync(target, p);
  }

  // v2 images had /bin/execlineb: keep `#!/bin/execlineb` shebangs working where /bin is a real directory.
  const binDir = path.join(prefix, 'bin');
  let realBin = false;
  try { realBin = fs.lstatSync(binDir).isDirectory(); } catch { /* no /bin */ }
  if (realBin && links.get('execlineb') === 'execline.cjs') {
    const p = path.join(binDir, 'execlineb');
    fs.rmSync(p, { force: true });
    fs.symlinkSync(path.relative(binDir, path.join(lib, 'execline.cjs')), p);
  }

  if (o.rootfs) {
    const rootfs = [path.join(here, 'rootfs'), path.join(here, '..', 'rootfs')].find((d) => fs.existsSync(d));
    if (!rootfs) {
      process.stderr.write('execline: fatal: rootfs not found next to the bundle\n');
      return 111;
    }
    for (const n of fs.readdirSync(rootfs)) copyTree(path.join(rootfs, n), path.join(prefix, n), (x) => x === '.gitkeep');
    // Keep a copy next to the bundles so an installed tree can install again.
    if (path.resolve(rootfs) !== path.join(lib, 'rootfs')) copyTree(rootfs, path.join(lib, 'rootfs'), () => false);
  }
  if (kept.length) process.stderr.write(`execline: warning: kept the native ${kept.join(', ')} (use --force to replace)\n`);
  return 0;
}
