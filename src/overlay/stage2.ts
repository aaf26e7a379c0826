// Stage 2 (spec §1.6): a child of PID 1 started once the supervision tree is
// up. Phase 1 prepares user files, fixes attributes, runs cont-init.d and
// starts services.d; phase 2 runs the CMD and brings the container down.
import * as fs from 'node:fs';
import { S6_RUN, rawEnviron, envGet, envSet, keepEnv, contenvNum, contenvValue, applyEnvdir, containerEnv, writeEnvFile, lookupIn } from './contenv';
import { SERVICES, CATCHALL_FIFO } from './stage1';
import { fixAttrs } from './fixattrs';
import { b, rmrf, isDir, exists, entries, hiercopy, writeOut, start, waitLimited, sleepMs } from './util';
import { strerror } from '../runtime/errno';
import { writeErr, setErrFd } from '../runtime/io';

const PROG = 'init-stage2';
const ETC = `${S6_RUN}/etc`;
const USER_DIRS = ['fix-attrs.d', 'cont-init.d', 'cont-finish.d', 'services.d'];

/** The built-in permissions table (step B). */
export const BUILTIN_PERMS = [
  `${ETC}/fix-attrs.d/* false root 0644 0755`,
  ...['cont-init.d/*', 'cont-finish.d/*', 'services.d/*/run', 'services.d/*/finish', 'services.d/*/log/run',
    'services.d/*/log/finish', 'services.d/*/data/check'].map((g) => `${ETC}/${g} false root 0755 0755`),
].join('\n') + '\n';

interface Ctx {
  env: string[];
  out: number;   // stdout of overlay messages and scripts (the catch-all fifo when logging)
  err: number;
  path: string | undefined;
}

function say(c: Ctx, s: string): void {
  writeOut(c.out, s);
}

/** Run a program to completion with the stage's stdio; status like execline's foreground. */
function run(c: Ctx, argv: string[], limitMs = 0): number {
  const pid = start(argv, c.env, { 0: 0, 1: c.out, 2: c.err }, { path: c.path });
  if (pid < 0) {
    writeOut(c.err, `${PROG}: warning: unable to spawn ${argv[0]}: ${strerror(-pid)}\n`);
    return 127;
  }
  return waitLimited(pid, limitMs);
}

export function num(c: Ctx, name: string, dflt: number): number {
  return contenvNum(name, dflt, c.env, PROG);
}

function stepA(c: Ctx, readOnly: boolean): number {
  say(c, '[s6-init] making user provided files available at /var/run/s6/etc...');
  const profile = contenvValue('S6_RUNTIME_PROFILE', c.env, PROG);
  const src = profile ? `/etc/cont-profile.d/${profile}` : '/etc';
  let n = 0;
  try {
    rmrf(ETC);
    fs.mkdirSync(ETC, 0o755);
    for (const d of USER_DIRS) {
      if (!isDir(`${src}/${d}`)) continue;
      try {
        if (readOnly) hiercopy(`${src}/${d}`, `${ETC}/${d}`);
        else fs.symlinkSync(b(`${src}/${d}`), b(`${ETC}/${d}`));
      } catch { /* per-directory errors are ignored */ }
    }
  } catch (e) {
    writeOut(c.err, `${PROG}: warning: unable to recreate ${ETC}: ${(e as Error).message}\n`);
    n = 1;
  }
  say(c, `exited ${n}.\n`);
  return n;
}

function hiddenFn(c: Ctx): () => boolean {
  return () => num(c, 'S6_FIX_ATTRS_HIDDEN', 0) !== 0;
}

function withStderr<T>(c: Ctx, f: () => T): T {
  // fix-attrs runs in-process: its diagnostics go where the stage's stderr goes.
  setErrFd(c.err);
  try { return f(); } finally { setErrFd(2); }
}

function stepB(c: Ctx): number {
  say(c, '[s6-init] ensuring user provided files have correct perms...');
  const n = withStderr(c, () => fixAttrs(BUILTIN_PERMS, hiddenFn(c)));
  say(c, `exited ${n}.\n`);
  return n;
}

function stepC(c: Ctx): void {
  const dir = `${ETC}/fix-attrs.d`;
  if (!isDir(dir)) return;
  say(c, '[fix-attrs.d] applying ownership & permissions fixes...\n');
  for (const name of entries(dir)) {
    say(c, `[fix-attrs.d] ${name}: applying... `);
    let n: number;
    try {
      const table = fs.readFileSync(b(`${dir}/${name}`), 'latin1');
      n = withStderr(c, () => fixAttrs(table, hiddenFn(c)));
    } catch (e) {
      writeOut(c.err, `fix-attrs: fatal: unable to read ${dir}/${name}: ${(e as Error).message}\n`);
      n = 111;
    }
    say(c, `[fix-attrs.d] ${name}: exited ${n}.\n`);
  }
  say(c, '[fix-attrs.d] done.\n');
}

function stepD(c: Ctx, behaviour: number): number {
  const dir = `${ETC}/cont-init.d`;
  if (!isDir(dir)) return 0;
  say(c, '[cont-init.d] executing container initialization scripts...\n');
  for (const name of entries(dir)) {
    say(c, `[cont-init.d] ${name}: executing... `);
    const n = run(c, [`${dir}/${name}`]);
    say(c, `[cont-init.d] ${name}: exited ${n}.\n`);
    if (n !== 0 && behaviour !== 0) return 1;
  }
  say(c, '[cont-init.d] done.\n');
  return 0;
}

/** Defect D6: wait until s6-svscan has a supervisor listening on the service. */
function supervisorUp(dir: string): boolean {
  try {
    fs.closeSync(fs.openSync(`${dir}/supervise/control`, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
    return true;
  } catch {
    return false;
  }
}

function stepE(c: Ctx, hasCmd: boolean): number {
  const dir = `${ETC}/services.d`;
  if (!isDir(dir)) return 0;
  say(c, '[services.d] starting services\n');
  const grace = num(c, 'S6_SERVICES_GRACETIME', 3000);
  const names = entries(dir);
  const services = names.filter((name) => isDir(`${dir}/${name}`));
  for (const name of services) {
    const dst = `${SERVICES}/${name}`;
    try {
      rmrf(dst);
      // A service dir that is a symlink is copied as a symlink (D10 kept).
      hiercopy(`${dir}/${name}`, dst);
      // Defect D5: a service ignoring SIGTERM must not hang the shutdown.
      if (grace > 0 && fs.lstatSync(b(dst)).isDirectory() && !exists(`${dst}/timeout-kill`)) fs.writeFileSync(b(`${dst}/timeout-kill`), `${grace}\n`);
    } catch { /* copy errors are ignored */ }
  }
  let status = run(c, ['s6-svscanctl', '-a', SERVICES]) === 0 ? 0 : 1;
  if (hasCmd && num(c, 'S6_CMD_WAIT_FOR_SERVICES', 0) !== 0) {
    const max = num(c, 'S6_CMD_WAIT_FOR_SERVICES_MAXTIME', 5000);
    const deadline = max > 0 ? Date.now() + max : Infinity;
    // Only service directories are waited for (a stray file no longer fails the wait).
    for (const name of services) {
      const svc = `${SERVICES}/${name}`;
      if (exists(`${svc}/down`)) continue;
      while (!supervisorUp(svc) && Date.now() < deadline) sleepMs(10);
      const left = deadline === Infinity ? 0 : Math.max(1, deadline - Date.now());
      const flag = exists(`${svc}/notification-fd`) ? '-U' : '-u';
      if (run(c, ['s6-svwait', '-t', String(left), flag, svc]) !== 0) { status = 1; break; }
    }
  }
  say(c, '[services.d] done.\n');
  return status;
}

function runCmd(c: Ctx, args: string[], logging: number): number {
  let env = keepEnv(c.env, PROG) ? c.env.slice() : containerEnv();
  // The CMD always sees S6_LOGGING: the value as given, or 0.
  env = envSet(env, 'S6_LOGGING', contenvValue('S6_LOGGING', c.env, PROG) ?? '0');
  let out = 1, err = 2;
  if (logging === 2) { out = c.out; err = c.out; }
  const setsid = lookupIn('s6-setsid', c.path) ?? '/usr/bin/s6-setsid';
  const pid = start([setsid, '-gq', '--', ...args], env, { 0: 0, 1: out, 2: err }, { path: c.path });
  if (pid < 0) {
    writeErr(`${PROG}: fatal: unable to spawn ${setsid}: ${strerror(-pid)}\n`);
    return 127;
  }
  return waitLimited(pid, 0);
}

export function stage2(barrier: string, args: string[]): number {
  // The barrier: this open blocks until s6-supervise (or the catch-all logger) reads.
  try { fs.closeSync(fs.openSync(barrier, fs.constants.O_WRONLY)); } catch { /* go on */ }
  let env = rawEnviron();
  try {
    env = applyEnvdir(env, '/etc/s6/init/env-stage2', false);
  } catch {
    return 111;
  }
  env = applyEnvdir(env, `${S6_RUN}/env-stage2`, true);
  const c: Ctx = { env, out: 1, err: 2, path: envGet(env, 'PATH') };
  const level = num(c, 'S6_LOGGING', 0);
  const logging = level === 0 ? 0 : level === 2 ? 2 : 1;
  if (logging !== 0) {
    try {
      c.out = fs.openSync(CATCHALL_FIFO, fs.constants.O_WRONLY);
      c.err = c.out;
    } catch { /* keep the container's stdio */ }
  }
  const behaviour = num(c, 'S6_BEHAVIOUR_IF_STAGE2_FAILS', 0);
  const readOnly = num(c, 'S6_READ_ONLY_ROOT', 0) !== 0;
  const hasCmd = args.length > 0;

  // Phase 1: each step runs only if the previous ones did not fail.
  let failed = false;
  const gate = (n: number): boolean => { if (n !== 0 && behaviour !== 0) failed = true; return !failed; };
  if (gate(stepA(c, readOnly)) && gate(stepB(c))) {
    stepC(c);
    if (gate(stepD(c, behaviour))) gate(stepE(c, hasCmd));
  }

  if (failed) {
    try { writeEnvFile(`${S6_RUN}/env-stage3`, 'S6_STAGE2_EXITED', '1'); } catch { /* stage3 then exits 0 */ }
    if (behaviour === 1) {
      writeOut(1, '\n!!!!!\n init-stage2 failed.\n!!!!!\n');
      return 0;
    }
    // Any other value: bring the container down (no banner, as observed in v2.2.0.3).
    run(c, ['s6-svscanctl', '-t', SERVICES]);
    return 0;
  }
  if (!hasCmd) return 0;

  const n = runCmd(c, args, logging);
  say(c, `[cmd] ${args[0]} exited ${n}\n`);
  try { writeEnvFile(`${S6_RUN}/env-stage3`, 'S6_STAGE2_EXITED', String(n)); } catch (e) {
    writeOut(c.err, `${PROG}: warning: unable to write S6_STAGE2_EXITED: ${(e as Error).message}\n`);
  }
  run(c, ['s6-svscanctl', '-tb', SERVICES]);
  // Stay until stage 3's final SIGKILL, ignoring its HUP and TERM.
  process.on('SIGTERM', () => undefined);
  process.on('SIGHUP', () => undefined);
  setInterval(() => undefined, 1 << 30);
  return -1;
}
