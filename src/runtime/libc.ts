// Direct libc access through koffi's native module. We dlopen koffi.node
// ourselves (not require('koffi')): the JS wrapper costs ~10 ms per start.
import * as fs from 'node:fs';
import * as path from 'node:path';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Fn = (...args: any[]) => any;

export interface Libc {
  errno(): number;
  execve: Fn; posix_spawn: Fn; waitpid: Fn; dup2: Fn; fcntl3: Fn; fcntl2: Fn;
  pipe: Fn; close: Fn; umask: Fn; signal: Fn; kill: Fn; getppid: Fn;
  fa_init: Fn; fa_destroy: Fn; fa_adddup2: Fn;
  attr_init: Fn; attr_destroy: Fn; attr_setflags: Fn; attr_setsigdefault: Fn; attr_setsigmask: Fn;
  strerror: Fn; isatty: Fn; fnmatch: Fn; regcomp: Fn; regexec: Fn; regerror: Fn; regfree: Fn;
  glob: Fn; globfree: Fn; strlen: Fn;
  setgroups: Fn; setgid: Fn; setuid: Fn; getegid: Fn;
  getpwnam: Fn; getpwnam_r: Fn; getgrnam: Fn;
  access: Fn; getrlimit: Fn; sync: Fn; mkfifo: Fn;
  readlink: Fn; syscall: Fn; getgrouplist: Fn; open: Fn; read: Fn; stat: Fn; lstat: Fn; getdents64: Fn; getcwd: Fn; chdir: Fn;
  koffi: any;
}

let cached: Libc | null = null;

/**
 * System call numbers: x86-64, and the generic table arm64 uses (no dup2 there).
 * The loader (scripts/build.mjs) has its own copy of openat, close, lseek and pread64.
 */
export const NR = process.arch === 'arm64'
  ? { read: 63, close: 57, openat: 56, fcntl: 25, dup2: -1, dup3: 24, execve: 221, rt_sigaction: 134, readlinkat: 78, newfstatat: 79, faccessat: 48, prlimit64: 261, getdents64: 61, fstat: 80, getcwd: 17, umask: 166, chdir: 49, setgroups: 159, setgid: 144, setuid: 146 }
  : { read: 0, close: 3, openat: 257, fcntl: 72, dup2: 33, dup3: 292, execve: 59, rt_sigaction: 13, readlinkat: 267, newfstatat: 262, faccessat: 269, prlimit64: 302, getdents64: 217, fstat: 5, getcwd: 79, umask: 95, chdir: 80, setgroups: 116, setgid: 106, setuid: 105 };
const AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, F_GETFD = 1, SIG_IGN = 1;

/**
 * The libc functions every start calls, as the system calls they wrap, through libc's
 * syscall(): one koffi binding for all (each binding costs ~70,000 instructions, a
 * variadic call ~1,000). Same arguments, results and errno as the libc functions.
 * Every integer goes as a 'long' (the kernel reads its registers at their width): koffi
 * resolves each type name the first time it meets it, ~10-35 µs a name.
 * A class: its methods are made once with it, where an object of closures made ~25 of them
 * at every start. (Call them as methods: `L.stat(...)`, not detached.)
 */
class SystemCalls {
  declare readonly syscall: Fn;
  declare readonly koffi: any;
  declare private readonly sigaction: Uint32Array;

  constructor(sc: Fn, k: any) {
    this.syscall = sc;
    this.koffi = k;
    this.sigaction = new Uint32Array(8); // struct kernel_sigaction: handler, flags, restorer, mask (64 bits each)
  }

  errno(): number { return this.koffi.errno(); }
  open(p: string | Buffer, flags: number): number { return this.syscall(NR.openat, 'long', AT_FDCWD, 'const char *', p, 'long', flags, 'long', 0); }
  read(fd: number, buf: Uint8Array, n: number): number { return this.syscall(NR.read, 'long', fd, 'void *', buf, 'long', n); }
  close(fd: number): number { return this.syscall(NR.close, 'long', fd); }
  fcntl2(fd: number, cmd: number): number { return this.syscall(NR.fcntl, 'long', fd, 'long', cmd); }
  fcntl3(fd: number, cmd: number, arg: number): number { return this.syscall(NR.fcntl, 'long', fd, 'long', cmd, 'long', arg); }
  dup2(from: number, to: number): number {
    if (NR.dup2 >= 0) return this.syscall(NR.dup2, 'long', from, 'long', to);
    return from === to
      ? (this.syscall(NR.fcntl, 'long', from, 'long', F_GETFD) < 0 ? -1 : to)
      : this.syscall(NR.dup3, 'long', from, 'long', to, 'long', 0);
  }
  execve(p: string | Buffer, argv: unknown[], envp: unknown[]): number {
    return this.syscall(NR.execve, 'const char *', p, 'const char **', argv, 'const char **', envp);
  }
  readlink(p: string | Buffer, buf: Uint8Array, n: number): number {
    return this.syscall(NR.readlinkat, 'long', AT_FDCWD, 'const char *', p, 'void *', buf, 'long', n);
  }
  stat(p: string | Buffer, buf: Uint8Array): number { return this.syscall(NR.newfstatat, 'long', AT_FDCWD, 'const char *', p, 'void *', buf, 'long', 0); }
  lstat(p: string | Buffer, buf: Uint8Array): number {
    return this.syscall(NR.newfstatat, 'long', AT_FDCWD, 'const char *', p, 'void *', buf, 'long', AT_SYMLINK_NOFOLLOW);
  }
  access(p: string | Buffer, mode: number): number { return this.syscall(NR.faccessat, 'long', AT_FDCWD, 'const char *', p, 'long', mode); }
  getrlimit(res: number, lim: Uint8Array): number { return this.syscall(NR.prlimit64, 'long', 0, 'long', res, 'void *', null, 'void *', lim); }
  getdents64(fd: number, buf: Uint8Array, n: number): number { return this.syscall(NR.getdents64, 'long', fd, 'void *', buf, 'long', n); }
  /** the system call: the length of the path written, NUL included, or -1 */
  getcwd(buf: Uint8Array, n: number): number { return this.syscall(NR.getcwd, 'void *', buf, 'long', n); }
  umask(mask: number): number { return this.syscall(NR.umask, 'long', mask); }
  chdir(p: string | Buffer): number { return this.syscall(NR.chdir, 'const char *', p); }
  /** signal(2) for SIG_DFL (null or 0) and SIG_IGN (1): 0 or -1, not the old handler. */
  signal(sig: number, handler: null | number): number {
    this.sigaction[0] = handler === SIG_IGN ? 1 : 0; // little-endian: the handler's low word
    return this.syscall(NR.rt_sigaction, 'long', sig, 'void *', this.sigaction, 'void *', null, 'long', 8);
  }
}

/** Whether this Node runs on musl (Alpine): koffi has a build for each C library. */
function onMusl(): boolean {
  return fs.existsSync(`/lib/ld-musl-${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}.so.1`);
}

/** Load koffi's native module: next to the bundle (dist/koffi), else from node_modules (tests, dev). */
function loadKoffi(musl: boolean): any {
  const dir = `${musl ? 'musl' : 'linux'}_${process.arch}`;
  const pkg = `@koromix/koffi-linux-${process.arch}`;
  const m = { exports: {} as any };
  // The installed layout first, without a stat (every fs call costs at startup).
  try {
    process.dlopen(m, `${__dirname}/koffi/${dir}/koffi.node`);
    return m.exports;
  } catch { /* not there: dev or test layout */ }
  const others = [
    path.join(__dirname, '..', 'node_modules', pkg, dir, 'koffi.node'),
    path.join(__dirname, '..', '..', 'node_modules', pkg, dir, 'koffi.node'),
  ];
  process.dlopen(m, others.find((c) => fs.existsSync(c)) ?? require.resolve(`${pkg}/${dir}/koffi.node`));
  return m.exports;
}

/**
 * The C declarations of the functions bound on first use, one `name=declaration` line each:
 * one string in V8's code cache, where a switch of ~45 cases put ~45 strings and its bytecode.
 * Those a start may bind (a spawn binds nine, a drop to an account two) are declared with their
 * first parameter and `...`, and given the other arguments' types at each call, as syscall is:
 * koffi binds such a declaration in less than half the time (~25 against ~60 µs). Every argument
 * of theirs is an integer or a pointer: the same registers either way on x86-64 and arm64 Linux
 * (a `short` goes as an `int`, read as its low half). Out-parameters are Int32Arrays.
 */
const DECLARATIONS = '\n' +
  'posix_spawn=int posix_spawn(void *pid, ...)\n' +
  'waitpid=int waitpid(int pid, ...)\n' +
  'pipe=int pipe2(void *fds, ...)\n' +
  'kill=int kill(int, int)\n' +
  'getppid=int getppid(void)\n' +
  'fa_init=int posix_spawn_file_actions_init(void *fa, ...)\n' +
  'fa_destroy=int posix_spawn_file_actions_destroy(void *fa, ...)\n' +
  'fa_adddup2=int posix_spawn_file_actions_adddup2(void *fa, ...)\n' +
  'attr_init=int posix_spawnattr_init(void *a, ...)\n' +
  'attr_destroy=int posix_spawnattr_destroy(void *a, ...)\n' +
  'attr_setflags=int posix_spawnattr_setflags(void *a, ...)\n' +
  'attr_setsigdefault=int posix_spawnattr_setsigdefault(void *a, ...)\n' +
  'attr_setsigmask=int posix_spawnattr_setsigmask(void *a, ...)\n' +
  'strerror=const char *strerror(int)\n' +
  'isatty=int isatty(int)\n' +
  'fnmatch=int fnmatch(const char *pattern, const char *string, int flags)\n' +
  'regcomp=int regcomp(void *re, const char *pattern, int flags)\n' +
  'regexec=int regexec(void *re, const char *s, unsigned long nmatch, void *pmatch, int eflags)\n' +
  'regerror=unsigned long regerror(int code, void *re, _Out_ char *buf, unsigned long size)\n' +
  'regfree=void regfree(void *re)\n' +
  'glob=int glob(const char *pattern, int flags, void *errfunc, void *pglob)\n' +
  'globfree=void globfree(void *pglob)\n' +
  'strlen=unsigned long strlen(void *s)\n' +
  'setgroups=int setgroups(unsigned long n, const uint32 *list)\n' +
  'setgid=int setgid(uint32)\n' +
  'setuid=int setuid(uint32)\n' +
  'getegid=uint32 getegid(void)\n' +
  'getpwnam=void *getpwnam(const char *name)\n' +
  'getgrnam=void *getgrnam(const char *name)\n' +
  'sync=void sync(void)\n' +
  'mkfifo=int mkfifo(const char *path, uint32 mode)\n' +
  'syscall=long syscall(long nr, ...)\n' +
  'getgrouplist=int getgrouplist(const char *user, ...)\n' +
  'getpwnam_r=int getpwnam_r(const char *name, ...)\n';

/** The C declaration of a function bound on first use. */
function declOf(name: string): string | undefined {
  const at = DECLARATIONS.indexOf(`\n${name}=`);
  if (at < 0) return undefined;
  const from = at + name.length + 2;
  return DECLARATIONS.slice(from, DECLARATIONS.indexOf('\n', from));
}

/** The C library functions (bound on first use). Small: V8 compiles what a start calls often. */
export function libc(): Libc {
  return cached ?? loadLibc();
}

function loadLibc(): Libc {
  // The loader (dist/execline.cjs) has usually loaded koffi already: it reads the code cache through libc.
  const early = (globalThis as any)[Symbol.for('execline-ts.libc')] as { koffi: any; lib: any; fns?: Record<string, Fn> } | undefined;
  let k: any, lib: any;
  if (early) {
    ({ koffi: k, lib } = early);
  } else {
    const musl = onMusl();
    k = loadKoffi(musl);
    // musl's libc is the dynamic loader itself: its symbols are in the global scope.
    lib = k.load(musl ? null : 'libc.so.6');
  }
  // The calls of every start go through one binding of syscall(): SystemCalls' methods.
  // The others are bound on first use, by a Proxy behind them (the prototype's prototype):
  // stubs or getters made one by one cost a start ~0.2 ms of hidden-class changes.
  const syscall = (early?.fns?.syscall as Fn | undefined) ?? (lib.func(declOf('syscall')!) as Fn);
  const out = new SystemCalls(syscall, k);
  Object.setPrototypeOf(SystemCalls.prototype, new Proxy(Object.create(null), {
    get(_t, name, receiver) {
      const decl = typeof name === 'string' ? declOf(name) : undefined;
      if (decl === undefined) return undefined;
      const f = lib.func(decl) as Fn;
      Object.defineProperty(receiver, name, { value: f, writable: true, enumerable: true, configurable: true });
      return f;
    },
  }));
  cached = out as unknown as Libc;
  return cached;
}

/**
 * Node's Buffer methods cost ~0.05-0.3 ms each on their first use in a process,
 * and a start uses few: on the script path, bytes go through plain Uint8Arrays
 * and V8's own string functions where it can.
 */

/** Whether a byte string is plain ASCII without NUL: then it is its own UTF-8 text, for Node and for koffi. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0 || c > 0x7f) return false;
  }
  return true;
}

/** A byte string for a `const char *` argument: itself if plain ASCII (koffi writes it as UTF-8), else its bytes. */
export function cArg(s: string): string | Buffer {
  return isAscii(s) ? s : cstr(s);
}

// Node's own latin1 decoder: the native method behind Buffer#toString('latin1'), which takes
// any Uint8Array. Called directly it costs no JS of Node's (toString's first call compiles
// some), and ~1 µs for 2 KiB where fromCharCode.apply spreads the bytes as arguments (~20 µs).
const latin1Slice = (Buffer.prototype as unknown as { latin1Slice?: (this: Uint8Array, from: number, to: number) => string }).latin1Slice;

/** The bytes [from, to) of an array as a latin1 byte string. */
export function latin1(a: Uint8Array, from = 0, to = a.length): string {
  if (latin1Slice) return latin1Slice.call(a, from, to);
  let s = '';
  for (let i = from; i < to; i += 8192) s += String.fromCharCode.apply(null, a.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
  return s;
}

const latin1Write = (Buffer.prototype as unknown as { latin1Write?: (this: Uint8Array, s: string, at: number, n: number) => number }).latin1Write;

/**
 * A `const char **` for koffi: the byte strings NUL-terminated in one buffer (Node's native
 * latin1 writer, one call), each passed as a view of it, then NULL. No string goes through
 * koffi's UTF-8 encoding or an ASCII check of ours, byte by byte in JS (an environment is KiBs).
 */
export function cStrings(list: string[]): (Uint8Array | string | Buffer | null)[] {
  if (!latin1Write) {
    const each: (string | Buffer | null)[] = list.map(cArg);
    each.push(null);
    return each;
  }
  const joined = list.join('\0');
  const bytes = new Uint8Array(joined.length + 1); // zeroed: the last NUL is there already
  latin1Write.call(bytes, joined, 0, joined.length);
  const out: (Uint8Array | null)[] = new Array(list.length + 1);
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const end = at + list[i].length + 1;
    out[i] = bytes.subarray(at, end);
    at = end;
  }
  out[list.length] = null;
  return out;
}

/** A NUL-terminated byte buffer for a latin1 "byte string". */
export function cstr(s: string): Buffer {
  const b = Buffer.allocUnsafe(s.length + 1);
  b.write(s, 0, 'latin1');
  b[s.length] = 0;
  return b;
}
