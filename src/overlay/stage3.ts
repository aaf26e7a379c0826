// Stage 3 (spec §1.8): `.s6-svscan/finish`, exec'd by s6-svscan as PID 1.
// cont-finish.d, wait for services (D3), TERM all, grace, KILL all, reap, exit.
import * as fs from 'node:fs';
import { S6_RUN, rawEnviron, envGet, contenvNum, applyEnvdir, scanInt } from './contenv';
import { SERVICES, CATCHALL_FIFO, CATCHALL_DIR, CATCHALL_SERVICE } from './stage1';
import { isDir, entries, writeOut, start, waitLimited, sleepMs } from './util';
import { strerror } from '../runtime/errno';
import { libc } from '../runtime/libc';
import { waitPid } from '../runtime/process';

const PROG = 'init-stage3';

/** A supervisor is gone when nobody reads its control fifo any more. */
function supervisorGone(dir: string): boolean {
  try {
    fs.closeSync(fs.openSync(`${dir}/supervise/control`, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
    return false;
  } catch {
    return true;
  }
}

/** Defect D3: wait until every top-level service is really down, or the grace time passes. */
function waitServices(limitMs: number): void {
  let dirs: string[];
  try { dirs = fs.readdirSync(SERVICES).filter((n) => !n.startsWith('.')).map((n) => `${SERVICES}/${n}`); } catch { return; }
  const deadline = limitMs > 0 ? Date.now() + limitMs : Infinity;
  while (Date.now() < deadline) {
    if (dirs.every(supervisorGone)) return;
    sleepMs(20);
  }
}

/**
 * Our stdout is the catch-all fifo, whose logger was stopped with the tree (D4).
 * Start a new one so stage 3's lines reach the log until the global HUP, as in v2.
 */
function restartCatchAll(env: string[], path: string | undefined): void {
  const deadline = Date.now() + 1000;
  while (!supervisorGone(`${SERVICES}/${CATCHALL_SERVICE}`) && Date.now() < deadline) sleepMs(10);
  let devnull: number;
  try { devnull = fs.openSync('/dev/null', 'r+'); } catch { return; }
  const pid = start(['logutil-service', '-f', CATCHALL_FIFO, CATCHALL_DIR], env, { 0: devnull, 1: devnull, 2: devnull }, { cwd: '/', path });
  fs.closeSync(devnull);
  if (pid < 0) return;
  // It is reading once the fifo has a reader: until then our writes would be lost.
  for (let i = 0; i < 200; i++) {
    try { fs.closeSync(fs.openSync(CATCHALL_FIFO, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK)); } catch { sleepMs(5); continue; }
    break;
  }
}

export function stage3(): number {
  let env = rawEnviron();
  env = applyEnvdir(env, `${S6_RUN}/env-stage3`, true);
  try { process.chdir('/'); } catch { /* stay */ }
  const path = envGet(env, 'PATH');
  const num = (name: string, d: number): number => contenvNum(name, d, env, PROG);

  if (num('S6_LOGGING', 0) !== 0) restartCatchAll(env, path);

  const dir = `${S6_RUN}/etc/cont-finish.d`;
  if (isDir(dir)) {
    writeOut(1, '[cont-finish.d] executing container finish scripts...\n');
    const max = num('S6_KILL_FINISH_MAXTIME', 5000);
    for (const name of entries(dir)) {
      writeOut(1, `[cont-finish.d] ${name}: executing... `);
      const pid = start([`${dir}/${name}`], env, { 0: 0, 1: 1, 2: 2 }, { cwd: '/', path });
      let n = 127;
      if (pid < 0) writeOut(2, `${PROG}: warning: unable to spawn ${dir}/${name}: ${strerror(-pid)}\n`);
      else n = waitLimited(pid, max);
      writeOut(1, `[cont-finish.d] ${name}: exited ${n}.\n`);
    }
    writeOut(1, '[cont-finish.d] done.\n');
  }

  writeOut(1, '[s6-finish] waiting for services.\n');
  waitServices(num('S6_SERVICES_GRACETIME', 3000));
  sleepMs(200);
  const syncDisks = num('S6_SYNC_DISKS', 0) === 1;
  const L = libc();
  if (syncDisks) {
    writeOut(1, '[s6-finish] syncing disks.\n');
    L.sync();
  }
  writeOut(1, '[s6-finish] sending all processes the TERM signal.\n');
  L.kill(-1, 1);
  L.kill(-1, 15);
  L.kill(-1, 18);
  const grace = num('S6_KILL_GRACETIME', 3000);
  if (grace > 0) sleepMs(grace);
  writeOut(1, '[s6-finish] sending all processes the KILL signal and exiting.\n');
  try { fs.closeSync(1); } catch { /* closed */ }
  try { fs.closeSync(2); } catch { /* closed */ }
  sleepMs(200);
  L.kill(-1, 9);
  while (waitPid(-1).pid > 0) { /* reap every child */ }
  if (syncDisks) L.sync();
  const code = envGet(env, 'S6_STAGE2_EXITED');
  if (code === undefined) return 0;
  const n = scanInt(code);
  return n === undefined ? 100 : n & 255;
}
