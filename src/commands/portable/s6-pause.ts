// s6-pause: block until killed, ignoring the chosen signals (s6-portable-utils 2.2.5.1).
// Signal dispositions are process-wide, so it runs as a process of its own (`ownProcess`).
import type { Command, Ctx } from '../../interp/command';
import { scanUintList } from '../../interp/scanlist';
import { libc } from '../../runtime/libc';

const MAX = 64;
const LETTERS: Record<string, number> = { t: 15, h: 1, a: 14, q: 3, b: 6, i: 2 };
const SIG_IGN = 1;

const cmd: Command = {
  names: ['s6-pause'],
  usage: 's6-pause [ -t ] [ -h ] [ -a ] [ -q ] [ -b ] [ -i ] [ -p signal,signal... ]',
  options: 'thaqbip:',
  ownProcess: true,
  run(ctx: Ctx) {
    const sigs: number[] = [];
    for (const o of ctx.opts) {
      if (o.c === 'p') {
        const l = scanUintList(o.arg!, MAX - sigs.length);
        if (!l.len) ctx.usage();
        sigs.push(...l.list);
      } else {
        if (sigs.length >= MAX) ctx.usage();
        sigs.push(LETTERS[o.c]);
      }
    }
    const L = libc();
    // Node catches INT, TERM and USR1 for itself: give them back their default action
    for (const s of [2, 10, 15]) L.signal(s, null);
    for (const s of sigs) L.signal(s, SIG_IGN);
    const cell = new Int32Array(new SharedArrayBuffer(4));
    for (;;) Atomics.wait(cell, 0, 0);
  },
};

export default cmd;
