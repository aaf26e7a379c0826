// skalibs subgetopt (spec §1.1): no permutation, "--" ends and is consumed,
// "-" ends and is kept, clustering, an option argument is the rest of the word
// or the next word.

export interface Opt {
  c: string;
  arg?: string;
}

export interface Parsed {
  opts: Opt[];
  /** index in argv of the first operand */
  ind: number;
}

/** optstring: letters, a letter followed by ':' takes an argument. Returns undefined on error. */
export function getopt(argv: string[], optstring: string, start = 1): Parsed | undefined {
  const opts: Opt[] = [];
  let i = start;
  while (i < argv.length) {
    const w = argv[i];
    if (w.length < 2 || w[0] !== '-') break;
    if (w === '--') { i++; break; }
    if (w[1] === '-') return undefined;
    let j = 1;
    for (; j < w.length; j++) {
      const c = w[j];
      const k = optstring.indexOf(c);
      if (k < 0 || c === ':') return undefined;
      if (optstring[k + 1] === ':') {
        if (j + 1 < w.length) {
          opts.push({ c, arg: w.slice(j + 1) });
        } else {
          if (i + 1 >= argv.length) return undefined;
          i++;
          opts.push({ c, arg: argv[i] });
        }
        break;
      }
      opts.push({ c });
    }
    i++;
  }
  return { opts, ind: i };
}
