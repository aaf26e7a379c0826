// Direct libc access through koffi's native module. We dlopen koffi.node
// ourselves (not require('koffi')): the JS wrapper costs ~10 ms per start.
import * as fs from 'node:fs';
import * as path from 'node:path';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Fn = (...args: any[]) => any;

export interface Libc {
  errno(): number;
  execve: Fn; posix_spawn: Fn; waitpid: Fn; dup2: Fn; dup: Fn; fcntl3: Fn; fcntl2: Fn;
  pipe: Fn; close: Fn; setsid: Fn; umask: Fn; signal: Fn; kill: Fn; getppid: Fn;
  fa_init: Fn; fa_destroy: Fn; fa_adddup2: Fn; fa_addclose: Fn;
  attr_init: Fn; attr_destroy: Fn; attr_setflags: Fn; attr_setsigdefault: Fn; attr_setsigmask: Fn;
  sigemptyset: Fn; sigaddset: Fn; sigfillset: Fn;
  strerror: Fn; isatty: Fn; fnmatch: Fn; regcomp: Fn; regexec: Fn; regerror: Fn; regfree: Fn;
  glob: Fn; globfree: Fn; strlen: Fn;
  setgroups: Fn; setgid: Fn; setuid: Fn; getuid: Fn; geteuid: Fn; getegid: Fn; getgid: Fn;
  getpwnam: Fn; getgrnam: Fn; getpwuid: Fn;
  access: Fn; getrlimit: Fn; sync: Fn; chown: Fn; lchown: Fn; mkfifo: Fn;
  sigprocmask: Fn; prctl: Fn; reboot: Fn; mount: Fn; readlink: Fn; syscall: Fn; getgrouplist: Fn; open: Fn; read: Fn; stat: Fn; lstat: Fn;
  koffi: any;
}

let cached: Libc | null = null;

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

export function libc(): Libc {
  if (cached) return cached;
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
  // Lazily bound functions: declaring each costs a little, most runs need few.
  const decls: Record<string, string> = {
    execve: 'int execve(const char *path, const char **argv, const char **envp)',
    posix_spawn: 'int posix_spawn(_Out_ int *pid, const char *path, void *fa, void *attr, const char **argv, const char **envp)',
    waitpid: 'int waitpid(int pid, _Out_ int *status, int options)',
    dup2: 'int dup2(int, int)',
    dup: 'int dup(int)',
    fcntl3: 'int fcntl(int fd, int cmd, int arg)',
    fcntl2: 'int fcntl(int fd, int cmd)',
    pipe: 'int pipe2(_Out_ int *fds, int flags)',
    close: 'int close(int)',
    setsid: 'int setsid(void)',
    umask: 'uint32 umask(uint32)',
    signal: 'void *signal(int, void *)',
    kill: 'int kill(int, int)',
    getppid: 'int getppid(void)',
    fa_init: 'int posix_spawn_file_actions_init(void *fa)',
    fa_destroy: 'int posix_spawn_file_actions_destroy(void *fa)',
    fa_adddup2: 'int posix_spawn_file_actions_adddup2(void *fa, int, int)',
    fa_addclose: 'int posix_spawn_file_actions_addclose(void *fa, int)',
    attr_init: 'int posix_spawnattr_init(void *a)',
    attr_destroy: 'int posix_spawnattr_destroy(void *a)',
    attr_setflags: 'int posix_spawnattr_setflags(void *a, short flags)',
    attr_setsigdefault: 'int posix_spawnattr_setsigdefault(void *a, void *set)',
    attr_setsigmask: 'int posix_spawnattr_setsigmask(void *a, void *set)',
    sigemptyset: 'int sigemptyset(void *set)',
    sigfillset: 'int sigfillset(void *set)',
    sigaddset: 'int sigaddset(void *set, int sig)',
    sigprocmask: 'int sigprocmask(int how, void *set, void *old)',
    strerror: 'const char *strerror(int)',
    isatty: 'int isatty(int)',
    fnmatch: 'int fnmatch(const char *pattern, const char *string, int flags)',
    regcomp: 'int regcomp(void *re, const char *pattern, int flags)',
    regexec: 'int regexec(void *re, const char *s, unsigned long nmatch, void *pmatch, int eflags)',
    regerror: 'unsigned long regerror(int code, void *re, _Out_ char *buf, unsigned long size)',
    regfree: 'void regfree(void *re)',
    glob: 'int glob(const char *pattern, int flags, void *errfunc, void *pglob)',
    globfree: 'void globfree(void *pglob)',
    strlen: 'unsigned long strlen(void *s)',
    setgroups: 'int setgroups(unsigned long n, const uint32 *list)',
    setgid: 'int setgid(uint32)',
    setuid: 'int setuid(uint32)',
    getuid: 'uint32 getuid(void)',
    geteuid: 'uint32 geteuid(void)',
    getgid: 'uint32 getgid(void)',
    getegid: 'uint32 getegid(void)',
    getpwnam: 'void *getpwnam(const char *name)',
    getpwuid: 'void *getpwuid(uint32 uid)',
    getgrnam: 'void *getgrnam(const char *name)',
    access: 'int access(const char *path, int mode)',
    stat: 'int stat(const char *path, void *buf)', // struct stat: runtime/stat.ts
    lstat: 'int lstat(const char *path, void *buf)',
    getrlimit: 'int getrlimit(int res, void *lim)', // lim: 16 bytes (struct rlimit)
    sync: 'void sync(void)',
    chown: 'int chown(const char *path, uint32 uid, uint32 gid)',
    lchown: 'int lchown(const char *path, uint32 uid, uint32 gid)',
    mkfifo: 'int mkfifo(const char *path, uint32 mode)',
    prctl: 'int prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5)',
    reboot: 'int reboot(int cmd)',
    mount: 'int mount(const char *src, const char *target, const char *fstype, unsigned long flags, const char *data)',
    readlink: 'long readlink(const char *path, void *buf, unsigned long size)',
    syscall: 'long syscall(long nr, ...)',
    open: 'int open(const char *path, int flags)',
    read: 'long read(int fd, void *buf, unsigned long n)',
    getgrouplist: 'int getgrouplist(const char *user, uint32 group, void *groups, _Inout_ int *ngroups)',
  };
  // Each function is bound on first use (a Proxy: no property to define per function at start).
  const base: Record<string, unknown> = { ...early?.fns, errno: () => k.errno(), koffi: k };
  const out = new Proxy(base, {
    get(t, name: string) {
      if (name in t) return t[name];
      const decl = decls[name];
      if (decl === undefined) return undefined;
      return (t[name] = lib.func(decl) as Fn);
    },
  });
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

/** The bytes [from, to) of an array as a latin1 byte string (V8's fromCharCode, in slices). */
export function latin1(a: Uint8Array, from = 0, to = a.length): string {
  let s = '';
  for (let i = from; i < to; i += 8192) s += String.fromCharCode.apply(null, a.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
  return s;
}

/** A NUL-terminated byte buffer for a latin1 "byte string". */
export function cstr(s: string): Buffer {
  const b = Buffer.allocUnsafe(s.length + 1);
  b.write(s, 0, 'latin1');
  b[s.length] = 0;
  return b;
}
