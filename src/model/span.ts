/** Half-open [start, end) in UTF-16 code units of Article.text, i.e. what String#slice takes. Example: {start: 0, end: 6}. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Anything found in the text: where it is, what it says there, and which rule found it. */
export interface Located {
  readonly span: Span;
  readonly text: string;
  /** `layer/what-it-matches`, e.g. `statements/according-to`. */
  readonly rule: string;
}

/** Builds a Located from offsets into `text`, so `.text` is always `text.slice(start, end)`. */
export function locate(text: string, start: number, end: number, rule: string): Located {
  return { span: { start, end }, text: text.slice(start, end), rule };
}

/** True when the two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` contains `inner` entirely. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
