// The chevrotain grammar of execline scripts (spec §2.3-2.5), for tools.
//
//   script      := topElement*
//   topElement  := block | word | LineContinuation | TrailingBackslash | BlockClose   (a stray `}`: error)
//   block       := BlockOpen element* BlockClose?                                     (missing `}`: error)
//   element     := block | word | LineContinuation | TrailingBackslash
//   word        := piece (piece)*          (pieces written next to each other, no gap)
//   piece       := Bare | BraceChar | StartEscape | WordEscape | quoted
//   quoted      := QuoteOpen (QuotedText | escapes)* QuoteClose?                      (unclosed: error, but see index.ts)
//
// Error cases are explicit productions, so the tree is complete even for a bad
// script; index.ts turns the tree into argv and decides which error native
// execlineb would report.
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import * as T from './lexer';

export interface QuotedNode { kind: 'quoted'; open: IToken; parts: IToken[]; close: IToken | null }
export type PieceNode =
  | { kind: 'bare' | 'brace' | 'startEscape' | 'wordEscape'; token: IToken }
  | QuotedNode;
export interface WordNode { kind: 'word'; pieces: PieceNode[] }
export interface BlockNode { kind: 'block'; open: IToken; body: ElementNode[]; close: IToken | null }
export type ElementNode =
  | WordNode
  | BlockNode
  | { kind: 'continuation' | 'trailingBackslash' | 'strayClose'; token: IToken };
export interface ScriptNode { kind: 'script'; body: ElementNode[] }

/** Last token of a piece (for adjacency). */
function pieceEnd(p: PieceNode): IToken {
  if (p.kind !== 'quoted') return p.token;
  return p.close ?? (p.parts.length ? p.parts[p.parts.length - 1] : p.open);
}

export class ScriptParser extends EmbeddedActionsParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: false, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  public script = this.RULE('script', (): ScriptNode => {
    const body: ElementNode[] = [];
    this.MANY(() => { body.push(this.SUBRULE(this.topElement)); });
    return { kind: 'script', body };
  });

  private topElement = this.RULE('topElement', (): ElementNode => this.OR([
    { ALT: () => this.SUBRULE(this.element) },
    { ALT: () => ({ kind: 'strayClose' as const, token: this.CONSUME(T.BlockClose) }) },
  ]));

  private element = this.RULE('element', (): ElementNode => this.OR([
    { ALT: () => this.SUBRULE(this.block) },
    { ALT: () => this.SUBRULE(this.word) },
    { ALT: () => ({ kind: 'continuation' as const, token: this.CONSUME(T.LineContinuation) }) },
    { ALT: () => ({ kind: 'trailingBackslash' as const, token: this.CONSUME(T.TrailingBackslash) }) },
  ]));

  private block = this.RULE('block', (): BlockNode => {
    const open = this.CONSUME(T.BlockOpen);
    const body: ElementNode[] = [];
    this.MANY(() => { body.push(this.SUBRULE(this.element)); });
    let close: IToken | null = null;
    this.OPTION(() => { close = this.CONSUME(T.BlockClose); });
    return { kind: 'block', open, body, close };
  });

  private word = this.RULE('word', (): WordNode => {
    const pieces: PieceNode[] = [this.SUBRULE(this.piece)];
    this.MANY({
      // A word goes on only while its pieces touch: whitespace between them was skipped.
      GATE: () => this.LA(1).startOffset === pieceEnd(pieces[pieces.length - 1]).endOffset! + 1,
      DEF: () => { pieces.push(this.SUBRULE2(this.piece)); },
    });
    return { kind: 'word', pieces };
  });

  private piece = this.RULE('piece', (): PieceNode => this.OR([
    { ALT: () => ({ kind: 'bare' as const, token: this.CONSUME(T.Bare) }) },
    { ALT: () => ({ kind: 'brace' as const, token: this.CONSUME(T.BraceChar) }) },
    { ALT: () => ({ kind: 'startEscape' as const, token: this.CONSUME(T.StartEscape) }) },
    { ALT: () => ({ kind: 'wordEscape' as const, token: this.CONSUME(T.WordEscape) }) },
    { ALT: () => this.SUBRULE(this.quoted) },
  ]));

  private quoted = this.RULE('quoted', (): QuotedNode => {
    const open = this.CONSUME(T.QuoteOpen);
    const parts: IToken[] = [];
    this.MANY(() => {
      parts.push(this.OR([
        { ALT: () => this.CONSUME(T.QuotedText) },
        { ALT: () => this.CONSUME(T.ControlEscape) },
        { ALT: () => this.CONSUME(T.DecimalEscape) },
        { ALT: () => this.CONSUME(T.HexEscape) },
        { ALT: () => this.CONSUME(T.OctalEscape) },
        { ALT: () => this.CONSUME(T.QuotedContinuation) },
        { ALT: () => this.CONSUME(T.LiteralEscape) },
      ]));
    });
    let close: IToken | null = null;
    this.OPTION(() => { close = this.CONSUME(T.QuoteClose); });
    return { kind: 'quoted', open, parts, close };
  });
}

let shared: ScriptParser | null = null;

/** The parser is stateless between inputs; build it (self-analysis) once. */
export function scriptParser(): ScriptParser {
  return (shared ??= new ScriptParser());
}
