// trap: run prog as a child, run handlers (or forward, with -x) when signals
// arrive, exit with prog's approximated code. It lives on Node's event loop
// (signal listeners), so it always runs in a process of its own.
import * as os from 'node:os';
import type { Command, Ctx } from '../interp/command';
import { SpawnFailure } from '../interp/command';
import { needNonEmptyBlock, readBlock } from '../interp/blocks';
import { Detach } from '../interp/detach';
import { Exit } from '../interp/errors';
import { strictUint } from '../interp/numbers';
import { cloneState } from '../interp/state';
import { libc } from '../runtime/libc';
import { approxStatus, rawStatus, waitPid } from '../runtime/process';

/** SKALIBS_NSIG on Linux: signals 1..64. */
const NSIG = 65;
const SIGKILL = 9, SIGUSR1 = 10, SIGPIPE = 13, SIGCHLD = 17, SIGSTOP = 19, SIGXFSZ = 25;

/** skalibs' signal table (Linux), in its order: the first name of a number wins. */
const NAMES: [string, number][] = [
  ['ABRT', 6], ['ALRM', 14], ['BUS', 7], ['CHLD', 17], ['CONT', 18], ['FPE', 8], ['HUP', 1], ['ILL', 4],
  ['INT', 2], ['KILL', 9], ['PIPE', 13], ['QUIT', 3], ['SEGV', 11], ['STOP', 19], ['TERM', 15], ['TSTP', 20],
  ['TTIN', 21], ['TTOU', 22], ['USR1', 10], ['USR2', 12], ['POLL', 29], ['PROF', 27], ['SYS', 31], ['TRAP', 5],
  ['URG', 23], ['VTALRM', 26], ['XCPU', 24], ['XFSZ', 25], ['IOT', 6], ['STKFLT', 16], ['CLD', 17],
  ['WINCH', 28], ['IO', 29], ['PWR', 30],
];

function sigName(n: number): string {
  for (const [name, num] of NAMES) if (num === n) return name;
  return '???';
}

/** skalibs sig0_scan: a name (any case), or a strict number, optionally after "SIG". */
function scanSignal(w: string): number | undefined {
  const plain = (s: string): number | undefined => {
    const u = s.toUpperCase();
    for (const [name, num] of NAMES) if (name === u) return num;
    return strictUint(s);
  };
  const n = plain(w);
  if (n !== undefined) return n;
  if (w.length > 3 && w.slice(0, 3).toUpperCase() === 'SIG') return plain(w.slice(3));
  return undefined;
}

/** What sigfillset minus KILL/STOP holds (glibc leaves out its internal 32 and 33). */
function catchable(sig: number): boolean {
  return sig >= 1 && sig < NSIG && sig !== SIGKILL && sig !== SIGSTOP && sig !== 32 && sig !== 33;
}

interface SignalWrap { unref(): void; close(): void; start(n: number): number; onsignal: (n: number) => void }

type SignalClass = new () => SignalWrap;
let signalClass: SignalClass | null | undefined;

/** Node's own signal handle class (takes any number, real-time signals too), if reachable. */
function nodeSignalClass(): SignalClass | null {
  if (signalClass !== undefined) return signalClass;
  try {
    process.noDeprecation = true;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    signalClass = ((process as any).binding('signal_wrap') as { Signal: SignalClass }).Signal ?? null;
  } catch {
    signalClass = null;
  }
  return signalClass;
}

/** Listen for a signal by number; without Node's handle class, by name (no real-time signals). */
function listen(sig: number, fn: () => void): void {
  const Signal = nodeSignalClass();
  if (Signal) {
    const w = new Signal();
    w.unref();
    w.onsignal = fn;
    if (w.start(sig) !== 0) w.close();
    return;
  }
  const name = Object.entries(os.constants.signals).find(([, n]) => n === sig)?.[0];
  if (name) process.on(name as NodeJS.Signals, fn);
}

function parseDirectives(ctx: Ctx, words: string[]): (string[] | undefined)[] {
  const handlers: (string[] | undefined)[] = new Array(NSIG).fill(undefined);
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    let sig = scanSignal(w);
    if (sig === undefined) {
      if (w.toLowerCase() !== 'default') ctx.fatal(`unrecognized directive: ${w}`);
      sig = 0;
    }
    const inner = readBlock(words, i + 1, ctx.prog, ctx.env);
    if (!inner) ctx.fatal(`unterminated internal block for directive ${w}`);
    if (sig < NSIG && handlers[sig]) ctx.fatal(`duplicate directive: ${w}`);
    if (sig !== 0 && (sig === SIGCHLD || !catchable(sig))) ctx.fatal(`SIG${sigName(sig)} (${sig}) cannot be trapped`);
    handlers[sig] = inner.words;
    i = inner.next;
  }
  if (handlers[0]) for (let s = 1; s < NSIG; s++) if (!handlers[s] && catchable(s)) handlers[s] = handlers[0];
  return handlers;
}

const trap: Command = {
  names: ['trap'],
  usage: 'trap [ -x ] { signal { cmdline } ... } prog...',
  options: 'xt:',
  ownProcess: true,
  run(ctx: Ctx) {
    let forward = false;
    for (const o of ctx.opts) {
      if (o.c === 'x') forward = true;
      else ctx.usage();
    }
    if (ctx.args.length === 0) ctx.usage();
    const block = needNonEmptyBlock(ctx.args, 0, ctx.prog, ctx.env);
    const prog = ctx.args.slice(block.next);
    if (prog.length === 0) ctx.usage();
    const handlers = parseDirectives(ctx, block.words);
    throw new Detach(() => supervise(ctx, prog, handlers, forward));
  },
};

function supervise(ctx: Ctx, prog: string[], handlers: (string[] | undefined)[], forward: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const L = libc();
    const running: number[] = new Array(NSIG).fill(0);
    let progPid = 0;
    let done = false;
    const guard = (fn: () => void) => () => {
      if (done) return;
      try { fn(); } catch (e) { done = true; reject(e); }
    };
    const start = (argv: string[], env?: [string, string][]): number => {
      const st = cloneState(ctx.st);
      for (const [k, v] of env ?? []) st.env.set(k, v);
      try {
        return ctx.start(argv.length ? argv : ['exit', '0'], st).pid;
      } catch (e) {
        if (!(e instanceof SpawnFailure)) throw e;
        return ctx.fatalSys(`unable to spawn ${argv[0]}`, e.errno);
      }
    };
    const reap = guard(() => {
      for (;;) {
        const r = waitPid(-1, true);
        if (r.pid <= 0) return;
        if (r.pid === progPid) {
          done = true;
          resolve(approxStatus(rawStatus(r.status)));
          return;
        }
        const i = running.indexOf(r.pid);
        if (i >= 0) running[i] = 0;
      }
    });
    const onSignal = (sig: number) => guard(() => {
      const h = handlers[sig];
      if (!h) { L.kill(progPid, sig); return; }
      if (running[sig]) return;
      running[sig] = start(h, [['!', String(progPid)], ['SIGNAL', String(sig)]]);
    });
    // Untrapped signals keep their native default action on trap itself.
    for (const s of [SIGUSR1, SIGPIPE, SIGXFSZ]) if (!handlers[s] && !forward) L.signal(s, null);
    listen(SIGCHLD, reap);
    for (let s = 1; s < NSIG; s++) {
      if (s !== SIGCHLD && catchable(s) && (handlers[s] || forward)) listen(s, onSignal(s));
    }
    try {
      progPid = start(prog);
    } catch (e) {
      if (e instanceof Exit) { done = true; reject(e); return; }
      throw e;
    }
    // SIGCHLD wakes us; the slow poll is a safety net and keeps the event loop alive.
    setInterval(reap, 1000);
    reap();
  });
}

export default trap;
