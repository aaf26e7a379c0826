// The byte-exact execline lexer (spec §2.3-2.5): a pure function from script
// bytes (a latin1 string) to the flat argv with block encoding, or an error.
// This is the script path; grammar/ holds the chevrotain twin for tools.

export type LexErrorKind = 'syntax error' | 'unmatched {' | 'unmatched }';

export interface LexError {
  kind: LexErrorKind;
  /** 1-based position of the offending byte (or of the unmatched `{`) */
  line: number;
  col: number;
  /** what is wrong, for humans */
  detail: string;
}

export type LexResult = { ok: true; words: string[] } | { ok: false; error: LexError };

const enum S { Start, Comment, AfterL, AfterR, Word, EscSpace, EscWord, Quoted, EscQuote, Num }

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x01 && c <= 0x1f && c !== 0x0a);
}

/** The end of the run of plain word bytes starting at i: not a space, control byte, `"` or `\\`. */
function plainRun(src: string, i: number, n: number): number {
  while (i < n) {
    const d = src.charCodeAt(i);
    if (d <= 0x20 || d === 0x22 || d === 0x5c) return i;
    i++;
  }
  return i;
}

const CTRL: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13 };

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * The words of a script with no quote, backslash or control byte other than tab, CR
 * and newline, and balanced braces: most run scripts. Native string operations
 * instead of the byte-by-byte machine below, which a start pays ~0.1 ms for (its
 * ~150 iterations also get the big function compiled by V8's baseline compiler).
 * null: not such a script (lexBytes decides, errors included).
 */
export function lexPlain(src: string): string[] | null {
  if (src.indexOf('"') >= 0 || src.indexOf('\\') >= 0 || hasControlByte(src)) return null;
  let text = src;
  if (text.indexOf('\t') >= 0) text = text.split('\t').join(' ');
  if (text.indexOf('\r') >= 0) text = text.split('\r').join(' ');
  const words: string[] = [];
  let level = 0;
  const lines = text.split('\n');
  for (let l = 0; l < lines.length && level >= 0; l++) level = lineWords(lines[l], words, level);
  // an unclosed block, or a `{` as the script's last byte: errors, with their positions
  return level === 0 && src.charCodeAt(src.length - 1) !== 0x7b ? words : null;
}

// The loops are small functions of their own: V8's baseline compiler compiles each
// function that has run a while, at a cost in proportion to its size.

/**
 * Whether s has a NUL or a control byte other than tab, newline and CR. Written out, not a
 * loop: it runs once per script, and 29 rounds of a loop are enough for V8 to queue it for
 * its baseline compiler (each batch it compiles costs a start ~0.07 ms).
 */
function hasControlByte(s: string): boolean {
  return s.indexOf('\x00') >= 0 ||
    s.indexOf('\x01') >= 0 ||
    s.indexOf('\x02') >= 0 ||
    s.indexOf('\x03') >= 0 ||
    s.indexOf('\x04') >= 0 ||
    s.indexOf('\x05') >= 0 ||
    s.indexOf('\x06') >= 0 ||
    s.indexOf('\x07') >= 0 ||
    s.indexOf('\x08') >= 0 ||
    s.indexOf('\x0b') >= 0 ||
    s.indexOf('\x0c') >= 0 ||
    s.indexOf('\x0e') >= 0 ||
    s.indexOf('\x0f') >= 0 ||
    s.indexOf('\x10') >= 0 ||
    s.indexOf('\x11') >= 0 ||
    s.indexOf('\x12') >= 0 ||
    s.indexOf('\x13') >= 0 ||
    s.indexOf('\x14') >= 0 ||
    s.indexOf('\x15') >= 0 ||
    s.indexOf('\x16') >= 0 ||
    s.indexOf('\x17') >= 0 ||
    s.indexOf('\x18') >= 0 ||
    s.indexOf('\x19') >= 0 ||
    s.indexOf('\x1a') >= 0 ||
    s.indexOf('\x1b') >= 0 ||
    s.indexOf('\x1c') >= 0 ||
    s.indexOf('\x1d') >= 0 ||
    s.indexOf('\x1e') >= 0 ||
    s.indexOf('\x1f') >= 0;
}

/** Add the words of one line at block depth `level`; the depth after it, or -1 for an unmatched `}`. */
function lineWords(line: string, words: string[], level: number): number {
  const tokens = line.split(' ');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === '') continue;
    if (t.charCodeAt(0) === 0x23) break; // a comment, to the end of the line
    if (t === '{') level++;
    else if (t === '}') {
      if (level === 0) return -1;
      words.push(' '.repeat(--level));
    } else words.push(level === 0 ? t : ' '.repeat(level) + t);
  }
  return level;
}

export function lex(src: string): LexResult {
  const plain = lexPlain(src);
  return plain ? { ok: true, words: plain } : lexBytes(src);
}

/** The lexer proper: spec §2.3-2.5 byte by byte (exported for tests: lex's fast path must agree). */
export function lexBytes(src: string): LexResult {
  const words: string[] = [];
  let level = 0;
  let state = S.Start;
  /**
   * The word being built. It survives a bare brace followed by a backslash (the
   * brace is then a fragment the next word start continues), so a word start
   * appends to it rather than replacing it, and a closing brace only trims it.
   */
  let word = '';
  // numeric escape in progress
  let numBase = 0, numVal = 0, numDigits = 0, numMax = 0;
  const braceStack: [number, number][] = [];
  let line = 1, col = 0;
  let tokLine = 1, tokCol = 1;

  const err = (kind: LexErrorKind, detail: string, l = line, c = col): LexResult =>
    ({ ok: false, error: { kind, line: l, col: c, detail } });

  const startWord = (): void => {
    word += ' '.repeat(level);
    tokLine = line; tokCol = col;
  };
  const endWord = (): void => {
    words.push(word);
    word = '';
  };

  const n = src.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? src.charCodeAt(i) : 0;
    const eof = c === 0;
    if (!eof) {
      if (c === 0x0a) { line++; col = 0; } else col++;
    }
    // The numeric-escape state consumes digits; anything else is reprocessed in Quoted.
    if (state === S.Num) {
      const d = numBase === 16 ? hexVal(c) : c >= 48 && c <= 57 ? c - 48 : -1;
      const ok = !eof && d >= 0 && d < numBase && numDigits < numMax;
      if (ok) {
        numVal = numVal * numBase + d;
        numDigits++;
        continue;
      }
      if (numDigits === 0 || numVal < 1 || numVal > 255) return err('syntax error', 'bad numeric escape in quoted string');
      word += String.fromCharCode(numVal);
      if (eof) { endWord(); break; } // quirk: EOF right after a numeric escape closes the string
      state = S.Quoted;
    }
    switch (state) {
      case S.Start:
        if (eof) break;
        if (isSpace(c) || c === 0x0a) continue;
        if (c === 0x23) { state = S.Comment; continue; }
        if (c === 0x22) { startWord(); state = S.Quoted; continue; }
        if (c === 0x5c) { state = S.EscSpace; continue; }
        if (c === 0x7b) { startWord(); word += '{'; braceStack.push([line, col]); state = S.AfterL; continue; }
        if (c === 0x7d) { startWord(); word += '}'; state = S.AfterR; continue; }
        startWord(); word += src[i]; state = S.Word; continue;
      case S.Comment: {
        if (eof) break;
        if (c === 0x0a) { state = S.Start; continue; }
        // up to the newline (or a NUL, which ends the script)
        let j = i + 1;
        while (j < n) { const d = src.charCodeAt(j); if (d === 0x0a || d === 0) break; j++; }
        col += j - i - 1;
        i = j - 1;
        continue;
      }
      case S.AfterL:
        if (eof) return err('syntax error', 'end of script right after {');
        if (isSpace(c) || c === 0x0a) {
          // an opening brace drops the whole word, a pending fragment included (native)
          word = ''; level++; state = S.Start; continue;
        }
        braceStack.pop();
        if (c === 0x22) { state = S.Quoted; continue; }
        if (c === 0x5c) { state = S.EscSpace; continue; }
        word += src[i]; state = S.Word; continue;
      case S.AfterR:
        if (eof || isSpace(c) || c === 0x0a) {
          if (level === 0) return err('unmatched }', 'unmatched }', tokLine, tokCol);
          level--;
          braceStack.pop();
          word = word.slice(0, -2); // the brace and one space
          endWord();
          if (eof) break;
          state = S.Start; continue;
        }
        if (c === 0x22) { state = S.Quoted; continue; }
        if (c === 0x5c) { state = S.EscSpace; continue; }
        word += src[i]; state = S.Word; continue;
      case S.Word: {
        if (eof) { endWord(); break; }
        if (isSpace(c) || c === 0x0a) { endWord(); state = S.Start; continue; }
        if (c === 0x22) { state = S.Quoted; continue; }
        if (c === 0x5c) { state = S.EscWord; continue; }
        // A run of plain bytes in one slice (no space, control byte, quote or backslash: so no newline either).
        const j = plainRun(src, i + 1, n);
        word += src.slice(i, j);
        col += j - i - 1;
        i = j - 1;
        continue;
      }
      case S.EscSpace:
        if (eof) break; // trailing backslash ignored; a pending fragment is dropped
        if (c === 0x0a) { state = S.Start; continue; }
        startWord(); word += src[i]; state = S.Word; continue;
      case S.EscWord:
        if (eof) return err('syntax error', 'backslash at end of script');
        word += src[i]; state = S.Word; continue;
      case S.Quoted:
        if (eof) return err('syntax error', `unterminated string starting at line ${tokLine}`);
        if (c === 0x22) { state = S.Word; continue; }
        if (c === 0x5c) { state = S.EscQuote; continue; }
        word += src[i]; continue;
      case S.EscQuote: {
        if (eof) return err('syntax error', 'unterminated string (backslash at end of script)');
        if (c === 0x0a) { state = S.Quoted; continue; }
        const ch = src[i];
        if (ch in CTRL) { word += String.fromCharCode(CTRL[ch]); state = S.Quoted; continue; }
        if (c >= 0x31 && c <= 0x39) {
          numBase = 10; numVal = c - 48; numDigits = 1; numMax = 3; state = S.Num; continue;
        }
        if (c === 0x30) {
          const nx = i + 1 < n ? src.charCodeAt(i + 1) : 0;
          if (nx === 0x78) {
            i++; col++;
            numBase = 16; numVal = 0; numDigits = 0; numMax = 2; state = S.Num; continue;
          }
          if (nx >= 0x30 && nx <= 0x37) {
            numBase = 8; numVal = 0; numDigits = 0; numMax = 3; state = S.Num; continue;
          }
          return err('syntax error', 'bad \\0 escape in quoted string');
        }
        word += ch; state = S.Quoted; continue;
      }
    }
    if (eof) break;
  }
  if (level > 0) {
    const [l, c] = braceStack.length ? braceStack[braceStack.length - 1] : [line, col];
    return err('unmatched {', `unmatched { at line ${l}`, l, c);
  }
  return { ok: true, words };
}

/** Where the script text ends for execlineb: at the first NUL byte (spec §2.2). */
export function truncateAtNul(src: string): string {
  const z = src.indexOf('\0');
  return z < 0 ? src : src.slice(0, z);
}
