import type { Article } from './article.js';

/** Token kinds stored in Doc.tokenKind. */
export const TokenKind = {
  word: 0,
  number: 1,
  punct: 2,
  quote: 3,
  symbol: 4,
  other: 5,
} as const;
export type TokenKindCode = (typeof TokenKind)[keyof typeof TokenKind];

/** Universal part-of-speech tags, indexed by Doc.tokenPos. */
export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART',
  'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];

/** Token index range [firstToken, endToken). Example: a sentence of tokens 0..11 is {firstToken: 0, endToken: 12}. */
export interface TokenRange {
  readonly firstToken: number;
  readonly endToken: number;
}

/** A sentence: its token range and its character span in the article text. */
export interface Sentence extends TokenRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Struct-of-arrays tokens over the untouched article text (wink-nlp, spaCy TokenC style).
 * Example: for "Haftar said." tokenStart = [0, 7, 11], tokenEnd = [6, 11, 12].
 */
export interface Doc {
  readonly article: Article;
  readonly text: string;
  /** `text` with hard-wrapped lines joined (nlp/flow-text.ts): where paragraphs, quotes and clauses end. Same offsets; never sliced for output. */
  readonly flowText: string;
  readonly tokenCount: number;
  readonly tokenStart: Int32Array;
  readonly tokenEnd: Int32Array;
  readonly tokenKind: Uint8Array;
  /** Index into POS_TAGS. */
  readonly tokenPos: Uint8Array;
  /** Lower-cased lemma per token (wink-nlp's), for matching cues in any tense. */
  readonly tokenLemma: readonly string[];
  readonly sentences: readonly Sentence[];
}

/** The text of token `i`. */
export function tokenText(doc: Doc, i: number): string {
  return doc.text.slice(doc.tokenStart[i], doc.tokenEnd[i]);
}

/** The POS tag of token `i`. */
export function tokenPos(doc: Doc, i: number): PosTag {
  return POS_TAGS[doc.tokenPos[i]] ?? 'X';
}
