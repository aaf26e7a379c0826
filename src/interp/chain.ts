// The chain runner: builtins run in this process one after the other; the
// first external program ends the chain with a real exec (or, inside an
// emulated child, a spawn and a wait).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command, Ctx, Next, Child } from './command';
import { lazyCommand, pickCommand, type CommandIndex } from './lazy';
import { baseName } from './basename';
import { RERUN_NODE_OPTIONS } from './wrapper';
import { SpawnFailure } from './command';
import { State, cloneState } from './state';
import { Env } from './env';
import { getopt } from './getopt';
import { Exit, fatal, fatalSys, warn, usage as usageErr } from './errors';
import { strictness, resetBlockCounter } from './blocks';
import { setErrFd, writeAll, writeErr } from '../runtime/io';
import { strerror } from '../runtime/errno';
import * as proc from '../runtime/process';
import { libc, cArg, latin1 } from '../runtime/libc';

let index: CommandIndex | null = null;
const standIns = new Map<number, Command>();

/** The generated index of every command: a stand-in is made for a name when it is first looked up. */
export function registerIndex(ix: CommandIndex): void {
  index = ix;
}

/** Every command of the index, as stand-ins. */
export function indexedCommands(): Command[] {
  return index ? index.entries.map((_, i) => standIn(i)) : [];
}

// Two functions, the one every lookup runs kept small: V8's baseline compiler compiles the
// functions that have run a while, at a cost in proportion to their size.
function standIn(i: number): Command {
  return standIns.get(i) ?? newStandIn(i);
}

function newStandIn(i: number): Command {
  const entry = index!.entries[i];
  // A module of the hot bundle is there already: its command itself, no stand-in.
  const ready = index!.preloaded?.(entry[0]);
  const c = (ready && pickCommand(ready, entry[1] as string)) || coldStandIn(entry);
  standIns.set(i, c);
  return c;
}

function coldStandIn(entry: readonly [number, ...string[]]): Command {
  const module = entry[0];
  const names = entry.slice(1) as string[]; // (no rest pattern: its iterator code is ~1 kB of bytecode)
  return lazyCommand(names, () => index!.load(module));
}

function lookup(name: string): Command | undefined {
  const i = index?.byName[name];
  return i === undefined ? undefined : standIn(i);
}

let bundlePath: string | null = null;

/** Where the script-path bundle is, to re-run our interpreter (set by main; tests set it too). */
export function setInterpreterPath(p: string): void {
  bundlePath = fs.realpathSync(p);
}

function interpreterPath(): string {
  if (bundlePath === null) {
    // Never fall back to __filename blindly: in a test bundle that would re-run the tests.
    const guess = path.join(__dirname, 'execline.cjs');
    if (!fs.existsSync(guess)) throw new Error(`cannot find the interpreter bundle (${guess})`);
    bundlePath = fs.realpathSync(guess);
  }
  return bundlePath;
}

/** The builtin for argv[0]: a bare name, or a path to one of our own shims. */
export function findBuiltin(word: string): Command | undefined {
  if (!word.includes('/')) return lookup(word);
  const c = lookup(baseName(word));
  if (!c) return commandThroughLinks(word);
  try {
    return fs.realpathSync(Buffer.from(word, 'latin1')).toString() === interpreterPath() ? c : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link of another name to one of our shims (s6-test's `[`): the first command
 * name met along the chain of links, if the chain ends at this bundle.
 */
function commandThroughLinks(word: string): Command | undefined {
  let p = word;
  const L = libc();
  const buf = new Uint8Array(4096);
  for (let i = 0; i < 16; i++) {
    // libc's readlink: fs.readlinkSync throws on the common case (not a link), and an exception costs ~0.1 ms
    const n = Number(L.readlink(cArg(p), buf, buf.length));
    if (n < 0) return undefined;
    p = path.resolve(path.dirname(p), latin1(buf, 0, n));
    if (lookup(baseName(p))) return findBuiltin(p);
  }
  return undefined;
}

export type Mode = 'exec' | 'wait';

const E2BIG = 7;
const MAX_ARG_STRLEN = 131072; // Linux: one argv/env string, NUL included
let argLimit: number | null = null;

/** Linux's execve limit on the argv+env strings: a quarter of the stack rlimit, 6 MiB at most. */
function execArgLimit(): number {
  if (argLimit === null) {
    argLimit = 2 * 1024 * 1024;
    try {
      const m = /^Max stack size\s+(\d+|unlimited)/m.exec(fs.readFileSync('/proc/self/limits', 'latin1'));
      if (m) argLimit = m[1] === 'unlimited' ? 6 * 1024 * 1024 : Math.min(6 * 1024 * 1024, Math.max(MAX_ARG_STRLEN, Number(m[1]) / 4));
    } catch { /* keep the default */ }
  }
  return argLimit;
}

const reachMemo = new Map<string, number | null>();
let startPath: string | undefined | null = null;

/**
 * Can a builtin named `name` be found on the PATH that a native exec (or spawn) would search?
 * null if some candidate is an executable file (we then run our builtin whatever it is), else
 * the errno of the native search: ENOENT, or EACCES-like if a candidate exists but cannot be run.
 * (With no directory at all in PATH, mexec fails with a stale errno; we say ENOENT.)
 * So a script that takes the commands off its PATH fails as natively, e.g.
 * `export PATH /nonexistent foreground { } importas ...` cannot exec importas.
 */
function builtinReach(name: string, pathVar: string | undefined, cwd: string): number | null {
  if (name.includes('/')) return null; // findBuiltin already checked the file
  // The PATH we were started with found us (or our caller runs us by name on purpose): trust it.
  if (startPath === null) startPath = pathVar;
  if (pathVar === startPath) return null;
  const dirs = (pathVar === undefined ? '/usr/bin:/bin' : pathVar).split(':').filter((d) => d !== '');
  const key = `${pathVar}\0${name}\0${dirs.some((d) => !d.startsWith('/')) ? cwd : ''}`;
  let r = reachMemo.get(key);
  if (r !== undefined) return r;
  r = proc.ENOENT;
  for (const dir of dirs) {
    const full = Buffer.from(path.resolve(cwd, dir, name), 'latin1');
    let st: fs.Stats;
    try { st = fs.statSync(full); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR' || code === 'EACCES') r = code === 'EACCES' ? proc.EACCES : proc.ENOTDIR;
      continue;
    }
    if (!st.isFile()) { r = proc.EACCES; continue; }
    try { fs.accessSync(full, fs.constants.X_OK); } catch { r = proc.EACCES; continue; }
    r = null;
    break;
  }
  reachMemo.set(key, r);
  return r;
}

/**
 * Would a native exec (or spawn) of argv with env fail with E2BIG? Our builtins are not
 * exec'd, so the chain checks the kernel's limits itself where native execline execs one.
 */
function tooBigForExec(argv: string[], env: string[]): boolean {
  // No word can be too long when all of them together are not (native joins: no loop at every builtin).
  const all = argv[0].length + argv.join('').length + env.join('').length + 1 + argv.length + env.length;
  if (all <= MAX_ARG_STRLEN) return false;
  let total = argv[0].length + 1; // the file name is copied too
  for (const list of [argv, env]) {
    for (const w of list) {
      if (w.length + 1 > MAX_ARG_STRLEN) return true;
      total += w.length + 1;
    }
  }
  return total > MAX_ARG_STRLEN && total + 8 * (argv.length + env.length) > execArgLimit();
}

/** Close what an emulated child opened. */
function endChild(child: State): void {
  for (const fd of child.fds.opened) proc.closeFd(fd);
  child.fds.opened = [];
}

function execFailure(prog: string, word: string, errno: number): number {
  writeErr(`${prog}: fatal: unable to exec ${word}: ${strerror(errno)}\n`);
  return errno === proc.ENOENT ? 127 : 126;
}

/**
 * Run argv with state st. In 'exec' mode the process is replaced (or exits);
 * in 'wait' mode this is an emulated child and its raw status is returned.
 * `execer` is the program that execs argv[0] (null: argv is a fresh child's,
 * so a failure to start it is a SpawnFailure for the caller).
 */
export function runChain(st: State, argv: string[], mode: Mode, execer: string | null, entry?: Command): number {
  let lookupPath = st.env.get('PATH');
  let emptyEnv = false;
  let argv0: string | undefined;
  for (let first = true; ; first = false) {
    if (argv.length === 0) return 0;
    // `entry`: the command we were started as (main), already found and exec'd by the kernel.
    const known = first ? entry : undefined;
    if (known && startPath === null) startPath = lookupPath;
    const cmd = known ?? findBuiltin(argv[0]);
    const unreachable = cmd && !known ? builtinReach(argv[0], lookupPath, st.cwd) : null;
    if (unreachable !== null) {
      if (execer === null) throw new SpawnFailure(unreachable, argv[0]);
      return execFailure(execer, argv[0], unreachable);
    }
    if (cmd && cmd.ownProcess && mode === 'wait') {
      // like a native fork: the rest of the chain gets a process of its own
      return waitStatus(startChild(st, argv, { lookupPath }).pid);
    }
    if (cmd) {
      if (!known && tooBigForExec(argv, st.env.entries)) {
        if (execer === null) throw new SpawnFailure(E2BIG, argv[0]);
        return execFailure(execer, argv[0], E2BIG);
      }
      lookupPath = st.env.get('PATH');
      let next: Next;
      try {
        next = invoke(cmd, st, argv, lookupPath);
      } catch (e) {
        if (e instanceof Exit) return e.code & 255;
        throw e;
      }
      if ('exit' in next) return next.exit & 255;
      execer = next.execer ?? cmd.prog ?? cmd.names[0];
      argv = next.exec;
      emptyEnv = !!next.emptyEnv;
      argv0 = next.argv0;
      if (next.orElse && argv.length > 0 && !findBuiltin(argv[0])) {
        // tryexec: try this exec, fall back to orElse on failure
        const spec = procSpec(st, emptyEnv);
        if (mode === 'exec') {
          proc.execProgram(argv, spec, { path: lookupPath, argv0 });
        } else {
          const pid = proc.spawnProgram(argv, spec, { path: lookupPath, argv0 });
          if (pid > 0) return waitStatus(pid);
        }
        const alt = next.orElse;
        if ('exit' in alt) return alt.exit & 255;
        argv = alt.exec; emptyEnv = !!alt.emptyEnv; argv0 = alt.argv0;
      }
      if (emptyEnv && argv.length > 0 && findBuiltin(argv[0])) { st.env = new Env([]); emptyEnv = false; }
      continue;
    }
    const spec = procSpec(st, emptyEnv);
    if (mode === 'exec') {
      const errno = proc.execProgram(argv, spec, { path: lookupPath, argv0 });
      return execFailure(execer ?? 'execlineb', argv[0], errno);
    }
    // A spawning command (posix_spawnp) gets ENOENT for an empty name, where an exec's own
    // PATH search (mexec) tries "DIR/" and gets EACCES.
    if (execer === null && argv[0] === '') throw new SpawnFailure(proc.ENOENT, argv[0]);
    const pid = proc.spawnProgram(argv, spec, { path: lookupPath, argv0 });
    if (pid < 0) {
      if (execer === null) throw new SpawnFailure(-pid, argv[0]);
      return execFailure(execer, argv[0], -pid);
    }
    return waitStatus(pid);
  }
}

function waitStatus(pid: number): number {
  const r = proc.waitPid(pid);
  return r.pid < 0 ? 111 : proc.rawStatus(r.status);
}

function procSpec(st: State, emptyEnv: boolean): proc.ProcSpec {
  return { env: emptyEnv ? [] : st.env.entries, cwd: st.cwd, umask: st.umask, fds: st.fds };
}

/** Run one builtin: parse its options, give it a context, get what comes next. */
function invoke(cmd: Command, st: State, argv: string[], lookupPath: string | undefined): Next {
  const prog = cmd.prog ?? cmd.names[0];
  resetBlockCounter();
  setErrFd(st.fds.real(2) ?? null);
  proc.syncCwdUmask(st);
  let opts: Ctx['opts'] = [];
  let args = argv.slice(1);
  if (cmd.options !== undefined) {
    const p = getopt(argv, cmd.options);
    if (!p) usageErr(prog, cmd.usage);
    opts = p.opts;
    args = argv.slice(p.ind);
  }
  return cmd.run(new BuiltinCtx(cmd, prog, st, argv, opts, args, lookupPath));
}

/**
 * What a builtin is given. A class: its methods are shared, where an object of closures
 * made per builtin (a start runs ~10) costs the making of each and gets V8's baseline
 * compiler to compile the function that makes them.
 */
class BuiltinCtx implements Ctx {
  // Fields assigned in the constructor only (`declare`: no class-field definitions to run first).
  declare private readonly cmd: Command;
  declare readonly prog: string;
  declare readonly st: State;
  declare readonly env: Env;
  declare readonly argv: string[];
  declare readonly opts: Ctx['opts'];
  declare readonly args: string[];
  declare readonly lookupPath: string | undefined;

  constructor(cmd: Command, prog: string, st: State, argv: string[], opts: Ctx['opts'], args: string[], lookupPath: string | undefined) {
    this.cmd = cmd;
    this.prog = prog;
    this.st = st;
    this.env = st.env;
    this.argv = argv;
    this.opts = opts;
    this.args = args;
    this.lookupPath = lookupPath;
  }

  usage(): never { return usageErr(this.prog, this.cmd.usage); }
  fatal(msg: string, code = 100): never { return fatal(this.prog, msg, code); }
  fatalSys(msg: string, errno: number, code = 111): never { return fatalSys(this.prog, msg, errno, code); }
  warn(msg: string): void { warn(this.prog, msg); }
  strict(): number { return strictness(this.st.env); }
  run(a: string[], s?: State): number { return runEmulatedChild(s ?? cloneState(this.st), a, this.st); }
  start(a: string[], s?: State, o?: { setsid?: boolean }): Child { return startChild(s ?? this.st, a, { ...o, lookupPath: this.lookupPath }); }
  write(fd: number, data: string | Buffer): void {
    const r = this.st.fds.real(fd);
    if (r === undefined) throw Object.assign(new Error('EBADF'), { errno: -9, code: 'EBADF' });
    writeAll(r, data);
  }
  realFd(fd: number): number | undefined { return this.st.fds.real(fd); }
}

/**
 * Would the chain run argv's builtin here, in this process, with no failure before it runs?
 * For a builtin that stands for a chain of others natively exec'd one by one (s6-setuidgid:
 * s6-envuidgid, then s6-applyuidgid): it may do their work itself where each exec would have
 * found its program (the PATH) and fitted in the kernel's limits, and where no step would get a
 * process of its own (not inside an emulated child).
 */
export function runsInline(argv: string[], st: State, lookupPath: string | undefined): boolean {
  return emulatedDepth === 0 && builtinReach(argv[0], lookupPath, st.cwd) === null && !tooBigForExec(argv, st.env.entries);
}

let emulatedDepth = 0;

/** True while a builtin runs inside an emulated child (the process is not its own). */
export function inEmulatedChild(): boolean {
  return emulatedDepth > 0;
}

/** A block run "as a forked child": builtins on a copy of the state, then spawn + wait. */
export function runEmulatedChild(child: State, argv: string[], parent: State): number {
  emulatedDepth++;
  try {
    return runChain(child, argv, 'wait', null);
  } finally {
    emulatedDepth--;
    endChild(child);
    setErrFd(parent.fds.real(2) ?? null);
    proc.syncCwdUmask(parent);
  }
}

/** First argument of our own re-run: the fds it is given (see main.ts). */
export const FDS_FLAG = '--execline-ts-fds=';

/** Start a real concurrent process for argv (our interpreter if argv[0] is a builtin). */
export function startChild(st: State, argv: string[], o?: { setsid?: boolean; lookupPath?: string }): Child {
  let file = argv;
  let argv0: string | undefined;
  // The spawner's PATH finds the program (spec §1.5), not the child's environment.
  const lookup = o && 'lookupPath' in o ? o.lookupPath : st.env.get('PATH');
  if (findBuiltin(argv[0])) {
    const unreachable = builtinReach(argv[0], lookup, st.cwd);
    if (unreachable !== null) throw new SpawnFailure(unreachable, argv[0]);
    const fdList = [...st.fds.map.keys()].sort((a, b) => a - b).join(',');
    file = [process.execPath, ...RERUN_NODE_OPTIONS, interpreterPath(), FDS_FLAG + fdList, ...argv];
    argv0 = process.execPath;
  }
  if (argv[0] === '') throw new SpawnFailure(proc.ENOENT, argv[0]); // as posix_spawnp (see runChain)
  const pid = proc.spawnProgram(file, procSpec(st, false), { path: lookup, argv0, setsid: o?.setsid });
  if (pid < 0) throw new SpawnFailure(-pid, argv[0]);
  return { pid };
}

export { writeErr };
