// Block reading (el_semicolon, spec §1.7) and EXECLINE_STRICT.
import { Env } from './env';
import { prefixUint } from './numbers';
import { warn, fatal } from './errors';

/** EXECLINE_STRICT as commands read it: decimal prefix, unset/empty → 0. */
export function strictness(env: Env): number {
  const v = env.get('EXECLINE_STRICT');
  if (v === undefined) return 0;
  return prefixUint(v) ?? 0;
}

/** Per-process counter of block reads, for "at block N" in strict messages. */
let blockCounter = 0;
export function resetBlockCounter(): void {
  blockCounter = 0;
}

export interface Block {
  words: string[];
  /** index in argv just after the terminator */
  next: number;
}

/**
 * Read a block starting at argv[pos]: words until "" (consumed), each with one
 * leading space removed. Returns undefined if unterminated.
 */
export function readBlock(argv: string[], pos: number, prog: string, env: Env): Block | undefined {
  const strict = strictness(env);
  const b = ++blockCounter;
  const words: string[] = [];
  for (let i = pos; i < argv.length; i++) {
    const w = argv[i];
    if (w === '') return { words, next: i + 1 };
    if (w[0] === ' ') {
      words.push(w.slice(1));
    } else {
      if (strict >= 2) fatal(prog, `unquoted argument ${w} at block ${b} position ${i - pos}`, 100);
      if (strict === 1) warn(prog, `unquoted argument ${w} at block ${b} position ${i - pos}`);
      words.push(w);
    }
  }
  return undefined;
}

/** readBlock, or die with "PROG: fatal: MSG" (default "unterminated block") exit 100. */
export function needBlock(argv: string[], pos: number, prog: string, env: Env, msg = 'unterminated block'): Block {
  const b = readBlock(argv, pos, prog, env);
  if (!b) fatal(prog, msg, 100);
  return b;
}

/** needBlock for commands that refuse an empty block (`PROG: fatal: empty block`, 100). */
export function needNonEmptyBlock(argv: string[], pos: number, prog: string, env: Env): Block {
  const b = needBlock(argv, pos, prog, env);
  if (b.words.length === 0) fatal(prog, 'empty block', 100);
  return b;
}
