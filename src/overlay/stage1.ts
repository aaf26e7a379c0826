// /init and stage 1 (spec §1.3-1.5), running as PID 1: prepare /var/run/s6,
// dump the environment, lay out the scan directory, start stage 2 behind a
// "supervision tree is up" barrier, then become s6-svscan by a real exec.
import * as fs from 'node:fs';
import { S6_RUN, CONTENV, WARNED_FILE, DEFAULT_PATH, rawEnviron, envGet, envSet, keepEnv, contenvValue, contenvNum, applyEnvdir, writeEnvFile } from './contenv';
import { nobody } from './accounts';
import { b, rmrf, hiercopy, mkfifo, start } from './util';
import { execProgram } from '../runtime/process';
import { FdTable } from '../runtime/fds';
import { libc } from '../runtime/libc';
import { strerror } from '../runtime/errno';
import { writeErr } from '../runtime/io';
import { errnoOf } from '../interp/errors';

const PROG = 'init-stage1';
export const SERVICES = `${S6_RUN}/services`;
export const CATCHALL_FIFO = `${S6_RUN}/uncaught-logs-fifo`;
export const CATCHALL_DIR = '/var/log/s6-uncaught-logs';
// Not `s6-svscan-log` as in v2: s6 >= 2.11's s6-svscan keeps a service of that
// name alive until it exits by itself, which never happens here (defect D4).
export const CATCHALL_SERVICE = 's6-catchall-log';
const O_NONBLOCK = 0o4000, F_GETFL = 3, F_SETFL = 4;

/** s6-overlay-preinit: /var/run/s6 exists and belongs to the real user. */
export function preinit(): number {
  for (const d of ['/var', '/var/run', S6_RUN]) {
    try {
      fs.mkdirSync(d, 0o755);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      writeErr(`s6-overlay-preinit: fatal: unable to mkdir ${d}: ${strerror(errnoOf(e))}\n`);
      return 111;
    }
  }
  try {
    const st = fs.statSync(S6_RUN);
    const uid = process.getuid!(), gid = process.getgid!();
    if ((st.uid !== uid || st.gid !== gid) && process.geteuid!() === 0) {
      try { fs.chownSync(S6_RUN, uid, gid); } catch (e) {
        writeErr(`s6-overlay-preinit: fatal: unable to chown ${S6_RUN}: ${strerror(errnoOf(e))}\n`);
        return 111;
      }
    }
  } catch (e) {
    writeErr(`s6-overlay-preinit: fatal: unable to stat ${S6_RUN}: ${strerror(errnoOf(e))}\n`);
    return 111;
  }
  return 0;
}

function fail(what: string, e: unknown): number {
  writeErr(`${PROG}: fatal: unable to ${what}: ${strerror(errnoOf(e))}\n`);
  return 1;
}

/** The bundle to re-run for stage 2 (this very file). */
function bundlePath(): string {
  return fs.realpathSync(__filename);
}

export function stage1(args: string[]): number {
  let env = rawEnviron();
  // /init: a default PATH, exported in every case (so it is dumped).
  if (envGet(env, 'PATH') === undefined) env = envSet(env, 'PATH', DEFAULT_PATH);
  if (preinit() !== 0) return 1;
  rmrf(WARNED_FILE);
  env = envSet(env, 'CWD', process.cwd());
  const keep = keepEnv(env, PROG);
  if (!keep) {
    try {
      rmrf(CONTENV);
      fs.mkdirSync(CONTENV, { recursive: true, mode: 0o755 });
      for (const e of env) {
        const i = e.indexOf('=');
        const name = e.slice(0, i);
        if (name === '' || name.includes('/') || name === '.' || name === '..') continue;
        writeEnvFile(CONTENV, name, e.slice(i + 1));
      }
    } catch (e) { return fail(`dump the environment to ${CONTENV}`, e); }
  }
  try {
    for (const n of fs.readdirSync(S6_RUN)) if (n.startsWith('env-')) rmrf(`${S6_RUN}/${n}`);
    hiercopy('/etc/s6/init/env', `${S6_RUN}/env-stage1`);
    if (!fs.existsSync(`${S6_RUN}/env-stage1`)) throw Object.assign(new Error(), { errno: -2 });
    fs.mkdirSync(`${S6_RUN}/env-stage2`, 0o755);
    fs.mkdirSync(`${S6_RUN}/env-stage3`, 0o755);
  } catch (e) { return fail(`prepare ${S6_RUN}/env-stage*`, e); }
  const full = env;
  if (!keep) env = applyEnvdir([], `${S6_RUN}/env-stage1`, false);
  const arg0 = contenvValue('S6_CMD_ARG0', full, PROG);
  const words = arg0 === undefined ? [] : arg0.split('\n').filter((w) => w !== '');
  const argv = [...words, ...args];
  const logging = contenvNum('S6_LOGGING', 0, full, PROG) !== 0;

  // The scan directory, fresh at every boot.
  try {
    rmrf(SERVICES);
    hiercopy('/etc/s6/services', SERVICES);
    if (!logging) rmrf(`${SERVICES}/${CATCHALL_SERVICE}`);
    const sup = `${SERVICES}/s6-fdholderd/supervise`;
    rmrf(sup);
    fs.mkdirSync(sup, 0o700);
    mkfifo(`${sup}/control`, 0o600);
  } catch (e) { return fail(`prepare ${SERVICES}`, e); }

  let barrier = `${SERVICES}/s6-fdholderd/supervise/control`;
  if (logging) {
    try {
      rmrf(CATCHALL_FIFO);
      mkfifo(CATCHALL_FIFO, 0o600);
      rmrf(CATCHALL_DIR);
      fs.mkdirSync(CATCHALL_DIR, { recursive: true });
      const who = nobody();
      fs.chownSync(CATCHALL_DIR, who.uid, who.gid);
      fs.chmodSync(CATCHALL_DIR, 0o2700);
    } catch (e) { return fail(`prepare the catch-all logger`, e); }
    barrier = CATCHALL_FIFO;
  }

  // Stage 2 keeps the container's stdio; it waits for the barrier itself.
  const pid = start([process.execPath, bundlePath(), '--stage2', barrier, ...argv], env, { 0: 0, 1: 1, 2: 2 }, { path: envGet(env, 'PATH') });
  if (pid < 0) writeErr(`${PROG}: warning: unable to spawn stage 2: ${strerror(-pid)}\n`);

  const L = libc();
  let out = 1;
  try {
    const devnull = fs.openSync('/dev/null', 'r');
    const fds = new Map<number, number>([[0, devnull], [1, 1], [2, 2]]);
    if (logging) {
      // Open the write side without waiting for the logger: hold a reader
      // for the duration of the open, then make the fd blocking again.
      const r = fs.openSync(CATCHALL_FIFO, fs.constants.O_RDONLY | O_NONBLOCK);
      out = fs.openSync(CATCHALL_FIFO, fs.constants.O_WRONLY | O_NONBLOCK);
      fs.closeSync(r);
      L.fcntl3(out, F_SETFL, L.fcntl2(out, F_GETFL) & ~O_NONBLOCK);
      fds.set(1, out);
      fds.set(2, out);
    }
    const errno = execProgram(['s6-svscan', '-t0', SERVICES], { env, cwd: process.cwd(), umask: process.umask(), fds: new FdTable(fds) }, { path: envGet(env, 'PATH') ?? '/usr/bin:/bin' });
    writeErr(`${PROG}: fatal: unable to exec s6-svscan: ${strerror(errno)}\n`);
  } catch (e) { return fail('set up the stdio of s6-svscan', e); }
  return 111;
}
