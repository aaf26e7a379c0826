// wait: reap children (all, a list, or the first of them), optionally with a
// timeout, then exec the remainder; without a block ("POSIX mode") exit with
// the status instead.
import type { Command, Ctx } from '../interp/command';
import { readBlock } from '../interp/blocks';
import { strictUint } from '../interp/numbers';
import { approxStatus, rawStatus, waitPid, ECHILD } from '../runtime/process';
import { sleepMs } from '../runtime/io';
import { E } from '../runtime/errno';

/** A reaped child: pid > 0; 0: none ready (no-hang); -1: no child left (ECHILD). */
interface Reaped { pid: number; code: number }

/** wait(2) / waitpid(-1, WNOHANG); other errors are fatal like native. */
function reapAny(ctx: Ctx, nohang: boolean): Reaped {
  const r = waitPid(-1, nohang);
  if (r.pid < 0) {
    if (-r.pid !== ECHILD) ctx.fatalSys('unable to wait', -r.pid);
    return { pid: -1, code: 0 };
  }
  return { pid: r.pid, code: r.pid > 0 ? approxStatus(rawStatus(r.status)) : 0 };
}

/** skalibs pid0_scan: optional sign then decimal digits, the whole word. */
function scanPid(w: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(w)) return undefined;
  return Number(w) | 0;
}

const now = (): number => performance.now();

interface Outcome { code: number; pid: number }

/** Without a timeout: the four blocking strategies of the native wait. */
function waitBlocking(ctx: Ctx, pids: number[] | null, justOne: boolean): Outcome {
  if (justOne) {
    for (;;) {
      const r = reapAny(ctx, false);
      if (r.pid < 0) return { code: -1, pid: -1 };
      if (!pids || pids.includes(r.pid)) return { code: r.code, pid: r.pid };
    }
  }
  if (!pids) {
    while (reapAny(ctx, false).pid > 0) { /* reap everything */ }
    return { code: 0, pid: -1 };
  }
  // all of a list: the status reported is the last listed pid's
  const left = pids.slice();
  const wanted = pids[pids.length - 1];
  let code = -1;
  while (left.length) {
    const r = reapAny(ctx, false);
    if (r.pid < 0) break;
    const i = left.indexOf(r.pid);
    if (i >= 0) left.splice(i, 1);
    if (r.pid === wanted) code = r.code;
  }
  return { code, pid: -1 };
}

/** With a timeout: poll with WNOHANG and short sleeps until done or the deadline. */
function waitTimed(ctx: Ctx, pids: number[] | null, justOne: boolean, ms: number, insist: boolean): Outcome {
  const left = pids ? pids.slice() : null;
  const special = pids ? pids[pids.length - 1] : 0;
  let code = special ? -1 : 0;
  let pid = -1;
  const deadline = now() + ms;
  for (;;) {
    for (;;) {
      const r = reapAny(ctx, true);
      if (r.pid === 0) break;
      if (r.pid < 0) return { code, pid };
      if (left) {
        const i = left.indexOf(r.pid);
        if (i < 0) continue;
        left.splice(i, 1);
      }
      if (justOne || r.pid === special) { pid = r.pid; code = r.code; }
      if (justOne || (left && left.length === 0)) return { code, pid };
    }
    const remaining = deadline - now();
    if (remaining <= 0) {
      if (!insist) return { code: -1, pid };
      ctx.fatalSys('unable to wait', E.ETIMEDOUT, 99);
    }
    sleepMs(Math.min(remaining, 5));
  }
}

const wait: Command = {
  names: ['wait'],
  usage: 'wait [ -I | -i ] [ -a | -o ] [ -r | -t timeout ] { pids... } [ prog... ]',
  options: 'iIaort:',
  // natively a forked child: a wait in a block must not see its parent's children
  ownProcess: true,
  run(ctx: Ctx) {
    let insist = false, justOne = false;
    let timeout: number | null = null;
    for (const o of ctx.opts) {
      switch (o.c) {
        case 'i': insist = true; break;
        case 'I': insist = false; break;
        case 'a': justOne = false; break;
        case 'o': justOne = true; break;
        case 'r': timeout = 0; break;
        case 't': {
          const t = strictUint(o.arg!);
          if (t === undefined) ctx.usage();
          timeout = t;
          break;
        }
      }
    }
    const block = readBlock(ctx.args, 0, ctx.prog, ctx.env);
    // No terminator: every operand is a pid (still unquoted once, like el_semicolon does).
    const words = block ? block.words : ctx.args.map((w) => (w[0] === ' ' ? w.slice(1) : w));
    const pids: number[] = [];
    for (const w of words) {
      const p = scanPid(w);
      if (p === undefined) ctx.usage();
      pids.push(p);
    }
    const list = pids.length ? pids : null;
    const out = timeout !== null ? waitTimed(ctx, list, justOne, timeout, insist) : waitBlocking(ctx, list, justOne);
    if (!block) return { exit: out.code >= 0 ? out.code : 127 };
    const rest = ctx.args.slice(block.next);
    if (rest.length === 0) return { exit: 0 };
    if (justOne) {
      if (out.code < 0) { ctx.env.unset('?'); ctx.env.unset('!'); }
      else { ctx.env.set('?', String(out.code)); ctx.env.set('!', String(out.pid)); }
    }
    return { exec: rest };
  },
};

export default wait;
