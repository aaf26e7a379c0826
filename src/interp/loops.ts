// What the loop commands (forx, forstdin, loopwhilex) share: exit-code lists,
// the body's argv (with -E autoimport), and running one iteration.
import type { Ctx } from './command';
import { SpawnFailure } from './command';
import { cloneState, State } from './state';
import { codeList } from './numbers';
import * as proc from '../runtime/process';

/** -o/-x lists: codes compared as unsigned shorts, like skalibs' ushort lists. */
export class CodeSet {
  constructor(public readonly codes: number[]) {}
  has(code: number): boolean {
    return this.codes.includes(code & 0xffff);
  }
}

/** Parse an -o/-x argument; an unparsable list is a usage error. */
export function parseCodes(ctx: Ctx, arg: string): CodeSet {
  const l = codeList(arg);
  if (!l) ctx.usage();
  return new CodeSet(l);
}

/** Variable names for forx/forstdin/backtick...: non-empty, no '='. */
export function checkVarName(ctx: Ctx, name: string): void {
  if (name === '' || name.includes('=')) ctx.fatal('invalid variable name', 100);
}

/** The body argv: with -E, through `importas -ui -- var var` (spec §1.9). */
export function bodyArgv(varName: string, doImport: boolean, command: string[]): string[] {
  return doImport ? ['importas', '-ui', '--', varName, varName, ...command] : command;
}

/** The state one iteration runs with: a copy of ours with var=value. */
export function iterationState(st: State, varName: string, value: string): State {
  const s = cloneState(st);
  s.env.set(varName, value);
  return s;
}

/** Spawn-and-wait one iteration; returns the raw status. An unspawnable body is fatal (111). */
export function runIteration(ctx: Ctx, argv: string[], st: State, name = argv[0]): number {
  try {
    return ctx.run(argv, st);
  } catch (e) {
    if (!(e instanceof SpawnFailure)) throw e;
    ctx.fatalSys(`unable to spawn ${name}`, e.errno);
  }
}

/** Start one iteration as a real concurrent process; returns its pid. */
export function startIteration(ctx: Ctx, argv: string[], st: State, name = argv[0]): number {
  try {
    return ctx.start(argv, st).pid;
  } catch (e) {
    if (!(e instanceof SpawnFailure)) throw e;
    ctx.fatalSys(`unable to spawn ${name}`, e.errno);
  }
}

/** Block until pid ends; its raw status (0-255, 256+sig). */
export function waitRaw(ctx: Ctx, pid: number, what: string): number {
  const r = proc.waitPid(pid);
  if (r.pid < 0) ctx.fatalSys(`unable to wait for ${what}`, -r.pid);
  return proc.rawStatus(r.status);
}

/**
 * Children started by a parallel loop. Finished ones are reaped as we go
 * (oldest first), so a long input does not pile up zombies; every reaped
 * child's raw status goes to `judge`.
 */
export class ChildPool {
  private pids: number[] = [];
  private head = 0;

  constructor(private readonly judge?: (raw: number) => void) {}

  add(pid: number): void {
    this.pids.push(pid);
    this.reap(true);
  }

  /** Wait for every remaining child. */
  waitAll(): void {
    this.reap(false);
  }

  private reap(nohang: boolean): void {
    while (this.head < this.pids.length) {
      const r = proc.waitPid(this.pids[this.head], nohang);
      if (r.pid === 0) break;
      if (r.pid > 0 && this.judge) this.judge(proc.rawStatus(r.status));
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.pids.length) {
      this.pids = this.pids.slice(this.head);
      this.head = 0;
    }
  }
}
