// parseScript: the tools' view of an execline script. The chevrotain grammar
// (lexer.ts, parser.ts) gives a tree with positions and the comments; this
// module turns the tree into the argv native execlineb would run (block
// encoding, the brace-fragment quirk, numeric-escape checks) and picks the
// error native execlineb would report (the first one in reading order).
import type { IToken } from 'chevrotain';
import * as T from './lexer';
import { scriptParser, type ElementNode, type ScriptNode, type WordNode, type QuotedNode } from './parser';

export type { ScriptNode, ElementNode, WordNode, BlockNode, PieceNode, QuotedNode } from './parser';

export type ErrorKind = 'syntax error' | 'unmatched {' | 'unmatched }';

export interface ScriptError {
  kind: ErrorKind;
  message: string;
  /** 0-based offset, 1-based line and column (bytes) */
  offset: number;
  line: number;
  col: number;
}

export interface CommentInfo { text: string; offset: number; line: number; col: number }

/** A word of the argv, with where it starts in the script (null: a block terminator). */
export interface ArgWord { value: string; offset: number | null; line: number | null; col: number | null; level: number }

export interface ParseResult {
  /** the argv native execlineb builds, or null on a parse error */
  argv: string[] | null;
  /** the error class native execlineb reports (exit 100), or null */
  errorKind: ErrorKind | null;
  /** argv words with positions (also on error: the words before it) */
  words: ArgWord[];
  ast: ScriptNode;
  comments: CommentInfo[];
  /** every problem found, in reading order; errors[0] is what native reports */
  errors: ScriptError[];
}

const CONTROL: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13 };

function escapeValue(tok: IToken): number | null {
  const img = tok.image;
  switch (tok.tokenType) {
    case T.DecimalEscape: return parseInt(img.slice(1), 10);
    case T.HexEscape: return parseInt(img.slice(3), 16);
    case T.OctalEscape: return parseInt(img.slice(2), 8);
    default: return null;
  }
}

function positionAt(text: string, offset: number): { line: number; col: number } {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return { line, col: offset - lineStart + 1 };
}

/** Walks the tree in reading order, building argv the way execlineb does. */
class ArgvBuilder {
  level = 0;
  words: ArgWord[] = [];
  errors: ScriptError[] = [];
  /** a bare brace followed by a backslash: waits for the next word start (spec §2.3 quirk) */
  fragment: string | null = null;
  /** innermost unclosed block */
  unclosed: IToken | null = null;

  constructor(private text: string) {}

  error(kind: ErrorKind, message: string, offset: number): void {
    this.errors.push({ kind, message, offset, ...positionAt(this.text, offset) });
  }

  startWord(): string {
    const s = (this.fragment ?? '') + ' '.repeat(this.level);
    this.fragment = null;
    return s;
  }

  elements(list: ElementNode[]): void {
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      switch (e.kind) {
        case 'word': this.word(e, list[i + 1]); break;
        case 'block': this.block(e); break;
        case 'strayClose': this.error('unmatched }', 'unmatched }', e.token.startOffset); break;
        case 'continuation': case 'trailingBackslash': break; // a pending fragment stays pending
      }
    }
  }

  block(b: { open: IToken; body: ElementNode[]; close: IToken | null }): void {
    this.fragment = null; // `{\⏎{ ` : the fragment and the `{` word are both dropped
    this.level++;
    this.elements(b.body);
    if (!b.close) {
      this.unclosed ??= b.open;
      return;
    }
    // A closing brace removes itself and one space from the word it was
    // started as, so a pending fragment survives into the terminator (native).
    this.level--;
    this.words.push({ value: (this.fragment ?? '') + ' '.repeat(this.level), offset: null, line: null, col: null, level: this.level });
    this.fragment = null;
  }

  word(w: WordNode, next: ElementNode | undefined): void {
    let value = this.startWord();
    const first = w.pieces[0].kind === 'quoted' ? w.pieces[0].open : w.pieces[0].token;
    for (let i = 0; i < w.pieces.length; i++) {
      const p = w.pieces[i];
      switch (p.kind) {
        case 'bare': case 'brace': value += p.token.image; break;
        case 'wordEscape': value += p.token.image[1]; break;
        case 'startEscape':
          if (i > 0) { this.fragment = value; value = this.startWord(); }
          value += p.token.image[1];
          break;
        case 'quoted': value += this.quoted(p); break;
      }
    }
    const lone = w.pieces.length === 1 && w.pieces[0].kind === 'brace' ? w.pieces[0].token : null;
    if (lone) {
      if (next && (next.kind === 'continuation' || next.kind === 'trailingBackslash')
        && next.token.startOffset === lone.endOffset! + 1) {
        this.fragment = value;
        return;
      }
      // `{` as the very last byte: native says syntax error (a `}` there closes a block)
      this.error('syntax error', 'end of script right after {', this.text.length);
      return;
    }
    this.words.push({ value, offset: first.startOffset, line: first.startLine ?? null, col: first.startColumn ?? null, level: this.level });
  }

  quoted(q: QuotedNode): string {
    let s = '';
    for (const t of q.parts) {
      switch (t.tokenType) {
        case T.QuotedText: s += t.image; break;
        case T.QuotedContinuation: break;
        case T.ControlEscape: s += String.fromCharCode(CONTROL[t.image[1]]); break;
        case T.LiteralEscape: s += t.image[1]; break;
        default: {
          const v = escapeValue(t)!;
          if (v < 1 || v > 255) this.error('syntax error', 'bad numeric escape in quoted string', t.endOffset! + 1);
          else s += String.fromCharCode(v);
        }
      }
    }
    if (!q.close) {
      // Quirk: the end of input right after a numeric escape closes the string.
      const last = q.parts[q.parts.length - 1];
      const numericAtEnd = last && escapeValue(last) !== null && last.endOffset! + 1 === this.text.length;
      if (!numericAtEnd) {
        this.error('syntax error', `unterminated string starting at line ${q.open.startLine}`, this.text.length);
      }
    }
    return s;
  }
}

/** Where execlineb stops reading: the first NUL byte is the end of input (spec §2.2). */
function scriptText(text: string): string {
  const z = text.indexOf('\0');
  return z < 0 ? text : text.slice(0, z);
}

/**
 * Parse an execline script (a byte string: one char per byte, latin1).
 * The argv is exactly the one src/syntax/lexer.ts (and native execlineb) builds.
 */
export function parseScript(input: string): ParseResult {
  const text = scriptText(input);
  const lexed = T.scriptLexer.tokenize(text);
  const parser = scriptParser();
  parser.input = lexed.tokens;
  const ast = parser.script();
  const b = new ArgvBuilder(text);
  for (const e of lexed.errors) b.error('syntax error', e.message, e.offset);
  for (const e of parser.errors) b.error('syntax error', e.message, e.token.startOffset);
  b.elements(ast.body);
  if (b.unclosed) b.error('unmatched {', `unmatched { at line ${b.unclosed.startLine}`, text.length + 1);
  // Reading order; `unmatched {` is found only after everything else (offset past the end).
  const errors = b.errors.slice().sort((x, y) => x.offset - y.offset);
  for (const e of errors) {
    if (e.kind === 'unmatched {' && b.unclosed) {
      e.offset = b.unclosed.startOffset; e.line = b.unclosed.startLine!; e.col = b.unclosed.startColumn!;
    }
  }
  const comments = (lexed.groups.comments ?? []).map((t: IToken) => ({ text: t.image, offset: t.startOffset, line: t.startLine!, col: t.startColumn! }));
  const ok = errors.length === 0;
  return {
    argv: ok ? b.words.map((w) => w.value) : null,
    errorKind: ok ? null : errors[0].kind,
    words: b.words,
    ast,
    comments,
    errors,
  };
}
