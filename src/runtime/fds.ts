// The virtual fd table. Node owns descriptors 3..~22 (epoll, eventfd, signal
// pipes) and marks 0..15 close-on-exec at startup, so a script's descriptors are
// tracked here and only laid onto real numbers in the child or at exec.
import * as fs from 'node:fs';
import { libc, latin1 } from './libc';

const F_GETFL = 3;

/** Descriptors the process was started with (spec/runtime.md pitfall 2). */
export function inheritedFds(): number[] {
  let names: string[];
  try {
    names = fs.readdirSync('/proc/self/fd');
  } catch {
    return [0, 1, 2];
  }
  // readlink and the access mode through libc: Node's fs calls cost ~2 ms here at startup.
  const L = libc();
  const buf = new Uint8Array(256);
  const readlink = L.readlink;
  const out: number[] = [];
  const pipes = new Map<string, { fd: number; mode: number }[]>();
  for (const name of names) {
    const fd = Number(name);
    // 0-2 are always open here (Node reopens closed ones on /dev/null before we run), so the
    // directory's own handle is never among them.
    if (fd <= 2) { out.push(fd); continue; }
    const n = Number(readlink(`/proc/self/fd/${name}`, buf, buf.length));
    if (n < 0) continue; // the directory handle itself
    const target = latin1(buf, 0, n);
    if (target.startsWith('anon_inode:')) continue;
    // libuv keeps /dev/null open per loop as its EMFILE reserve.
    if (target === '/dev/null') continue;
    if (target.startsWith('pipe:')) {
      const flags = L.fcntl2(fd, F_GETFL);
      const mode = flags < 0 ? 0 : flags & 3;
      let l = pipes.get(target);
      if (!l) pipes.set(target, (l = []));
      l.push({ fd, mode });
      continue;
    }
    out.push(fd);
  }
  for (const ends of pipes.values()) {
    const modes = new Set(ends.map((e) => e.mode));
    // Both ends held here: one of Node's own wake-up pipes.
    if (modes.has(0) && modes.has(1)) continue;
    for (const e of ends) out.push(e.fd);
  }
  return out.sort((a, b) => a - b);
}

export class FdTable {
  /** virtual fd → real fd */
  map: Map<number, number>;
  /** real fds opened on behalf of this table (closed when an emulated child ends) */
  opened: number[] = [];

  constructor(map: Map<number, number>) {
    this.map = map;
  }

  static identity(fds: number[]): FdTable {
    return new FdTable(new Map(fds.map((f) => [f, f])));
  }

  clone(): FdTable {
    return new FdTable(new Map(this.map));
  }

  real(v: number): number | undefined {
    return this.map.get(v);
  }

  set(v: number, real: number): void {
    this.map.set(v, real);
  }

  close(v: number): void {
    this.map.delete(v);
  }

  /** Record a real fd this table's owner opened. */
  own(real: number): number {
    this.opened.push(real);
    return real;
  }

  /**
   * Close the real fds this table opened that no virtual fd refers to any more
   * (natively, dup2/close over them would have closed them: a pipe reader must
   * see EOF even while the chain goes on in this process).
   */
  collect(): void {
    if (this.opened.length === 0) return;
    const used = new Set(this.map.values());
    const keep: number[] = [];
    for (const r of this.opened) {
      if (used.has(r)) keep.push(r);
      else try { fs.closeSync(r); } catch { /* already closed */ }
    }
    this.opened = keep;
  }

  /** The lowest virtual fd not in use (what open(2) would return natively). */
  lowestFree(from = 0): number {
    let v = from;
    while (this.map.has(v)) v++;
    return v;
  }
}
