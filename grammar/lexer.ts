// Chevrotain tokens for execline scripts (spec §2.3), for tools: every token
// keeps its position, comments are kept in their own group. The script path
// never loads this (it uses src/syntax/lexer.ts); the two must agree, which
// test/grammar/property.test.ts checks.
//
// Execline's lexing is context sensitive in three places, handled here with
// custom patterns that look at the token just before:
//  - `#`, `{` and `}` are special only where a word can start;
//  - a backslash where a word can start (or right after a bare brace, the
//    "brace fragment" quirk) is not the same as a backslash inside a word:
//    `\⏎` is a line continuation, `\` at the end of input is ignored;
//  - a brace is a block delimiter only when followed by SPACE/LF (or, for
//    `}`, the end of input).
import { createToken, Lexer, type IToken, type TokenType, type CustomPatternMatcherReturn } from 'chevrotain';

/** SPACE in execline: 0x20 and every control byte but NUL and LF. */
const SPACE_CLASS = '\\x01-\\x09\\x0b-\\x1f\\x20';

function sticky(source: string): RegExp {
  return new RegExp(source, 'y');
}

/** The main-stream token just before `offset`, or null when something grouped/skipped (or nothing) is. */
function previousToken(offset: number, tokens: IToken[]): IToken | null {
  const last = tokens.length ? tokens[tokens.length - 1] : undefined;
  return last && last.endOffset === offset - 1 ? last : null;
}

/** Where a word can start: beginning of input, after whitespace or a comment, after a line continuation. */
function atWordStart(offset: number, tokens: IToken[]): boolean {
  if (offset === 0) return true;
  const prev = previousToken(offset, tokens);
  return prev === null || prev.tokenType === LineContinuation;
}

/** Where a backslash behaves as at a word start: also right after a bare brace. */
function backslashAtWordStart(offset: number, tokens: IToken[]): boolean {
  if (atWordStart(offset, tokens)) return true;
  const prev = previousToken(offset, tokens);
  return prev !== null && prev.tokenType === BraceChar;
}

function gated(source: string, gate: (offset: number, tokens: IToken[]) => boolean) {
  const re = sticky(source);
  return {
    exec(text: string, offset: number, tokens: IToken[]): CustomPatternMatcherReturn | null {
      if (!gate(offset, tokens)) return null;
      re.lastIndex = offset;
      const m = re.exec(text);
      return m ? [m[0]] : null;
    },
  };
}

export const Whitespace = createToken({
  name: 'Whitespace', pattern: new RegExp(`[${SPACE_CLASS}\\n]+`), group: Lexer.SKIPPED, line_breaks: true,
});
export const Comment = createToken({
  name: 'Comment', pattern: gated('#[^\\n]*', atWordStart), group: 'comments', line_breaks: false, start_chars_hint: ['#'],
});
/** `{` followed by SPACE or LF: opens a block. */
export const BlockOpen = createToken({
  name: 'BlockOpen', pattern: gated(`\\{(?=[${SPACE_CLASS}\\n])`, atWordStart), line_breaks: false, start_chars_hint: ['{'],
});
/** `}` followed by SPACE, LF or the end: closes a block. */
export const BlockClose = createToken({
  name: 'BlockClose', pattern: gated(`\\}(?=[${SPACE_CLASS}\\n]|$)`, atWordStart), line_breaks: false, start_chars_hint: ['}'],
});
/** A brace starting a word that is not a delimiter (`{x`, `}"a"`, `{\x`, or `{` at the very end). */
export const BraceChar = createToken({
  name: 'BraceChar', pattern: gated('[{}]', atWordStart), line_breaks: false, start_chars_hint: ['{', '}'],
});
/** Backslash-newline where a word could start: ignored. */
export const LineContinuation = createToken({
  name: 'LineContinuation', pattern: gated('\\\\\\n', backslashAtWordStart), line_breaks: true, start_chars_hint: ['\\'],
});
/** A backslash at the very end of input where a word could start: ignored. */
export const TrailingBackslash = createToken({
  name: 'TrailingBackslash', pattern: gated('\\\\$', backslashAtWordStart), line_breaks: false, start_chars_hint: ['\\'],
});
/** Backslash + byte where a word could start: starts a word with that byte, literally. */
export const StartEscape = createToken({
  name: 'StartEscape', pattern: gated('\\\\[^\\n]', backslashAtWordStart), line_breaks: false, start_chars_hint: ['\\'],
});
/** Backslash + byte inside a word (a newline included): that byte, literally. */
export const WordEscape = createToken({
  name: 'WordEscape', pattern: /\\[^]/, line_breaks: true,
});
/** Unquoted bytes: anything but SPACE, LF, `"` and `\` (`#{}` included: at a word start they were taken above). */
export const Bare = createToken({
  name: 'Bare', pattern: new RegExp(`[^\\x00${SPACE_CLASS}\\n"\\\\]+`), line_breaks: false,
});
export const QuoteOpen = createToken({ name: 'QuoteOpen', pattern: /"/, push_mode: 'quoted' });

// Inside a quoted string.
export const QuoteClose = createToken({ name: 'QuoteClose', pattern: /"/, pop_mode: true });
export const QuotedText = createToken({ name: 'QuotedText', pattern: /[^"\\]+/, line_breaks: true });
/** `\a \b \t \n \v \f \r` */
export const ControlEscape = createToken({ name: 'ControlEscape', pattern: /\\[abtnvfr]/ });
/** decimal `\1`..`\999` (value checked later: 1..255) */
export const DecimalEscape = createToken({ name: 'DecimalEscape', pattern: /\\[1-9][0-9]{0,2}/ });
/** hex `\0xH` / `\0xHH` */
export const HexEscape = createToken({ name: 'HexEscape', pattern: /\\0x[0-9a-fA-F]{1,2}/ });
/** octal `\0O`..`\0OOO` */
export const OctalEscape = createToken({ name: 'OctalEscape', pattern: /\\0[0-7]{1,3}/ });
/** backslash-newline in quotes: nothing */
export const QuotedContinuation = createToken({ name: 'QuotedContinuation', pattern: /\\\n/, line_breaks: true });
/** any other escaped byte stands for itself (`\0` followed by anything else is no token: a syntax error) */
export const LiteralEscape = createToken({ name: 'LiteralEscape', pattern: /\\[^0\n]/ });

const defaultMode: TokenType[] = [
  Whitespace, Comment, BlockOpen, BlockClose, BraceChar, LineContinuation, TrailingBackslash, StartEscape,
  WordEscape, QuoteOpen, Bare,
];
const quotedMode: TokenType[] = [
  QuoteClose, QuotedText, ControlEscape, DecimalEscape, HexEscape, OctalEscape, QuotedContinuation, LiteralEscape,
];

export const allTokens: TokenType[] = [...defaultMode, ...quotedMode.filter((t) => !defaultMode.includes(t))];

export const scriptLexer = new Lexer(
  { modes: { default: defaultMode, quoted: quotedMode }, defaultMode: 'default' },
  {
    positionTracking: 'full',
    // Only LF ends a line in execline (CR is a SPACE byte).
    lineTerminatorsPattern: /\n/g,
    lineTerminatorCharacters: ['\n'],
    ensureOptimizations: false,
  },
);
