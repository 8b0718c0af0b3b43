import type { Candidate } from './segment-runs.js';
import type { Word } from './words.js';

/**
 * In a Title Case headline every word is capitalised, so capitals prove nothing there: keep a
 * headline's names only when they are known or also written in the body.
 */
export function dropHeadlineGuesses(cands: Candidate[], words: readonly Word[]): void {
  const total = new Map<number, number>();
  const caps = new Map<number, number>();
  for (const w of words) {
    if (!w.wordy) continue;
    total.set(w.sentence, (total.get(w.sentence) ?? 0) + 1);
    if (w.cap) caps.set(w.sentence, (caps.get(w.sentence) ?? 0) + 1);
  }
  // Headlines have no closing stop; "Oru Tan met Ana Ruiz." is a sentence full of names.
  const closed = new Set<number>();
  for (let k = 0; k < words.length; k++) {
    const nextSentence = k + 1 === words.length || words[k + 1]!.sentence !== words[k]!.sentence;
    if (nextSentence && /^[.!?:;"'\u201D\u2019)]+$/.test(words[k]!.text)) closed.add(words[k]!.sentence);
  }
  const isHeadline = (s: number): boolean => !closed.has(s) && (total.get(s) ?? 0) >= 4 && (caps.get(s) ?? 0) >= 0.75 * total.get(s)!;
  const bodyKeys = new Set<string>();
  for (const c of cands) if (!isHeadline(words[c.first]!.sentence)) for (const w of c.words) bodyKeys.add(w);
  let k = 0;
  for (const c of cands) if (c.senses || !isHeadline(words[c.first]!.sentence) || c.words.every((w) => bodyKeys.has(w))) cands[k++] = c;
  cands.length = k;
}

// A stock ticker in brackets: "(AAPL.O)", "<VOWG_p.DE>".
const TICKER = /^[A-Z0-9][A-Za-z0-9_]{0,9}\.[A-Z]{1,3}$/;
const OPEN_TICKER = /[(<]([A-Za-z0-9_.]*)$/;

/** Drops the parts of bracketed stock tickers, which name a listing, not an actor. */
export function dropTickers(cands: Candidate[], words: readonly Word[], text: string): void {
  let k = 0;
  for (const c of cands) {
    // The opening bracket: right before the name, or a few ticker characters before it.
    const lead = OPEN_TICKER.exec(text.slice(Math.max(0, c.start - 12), c.start));
    let inTicker = false;
    if (lead) {
      const open = c.start - lead[1]!.length;
      const close = text.indexOf(lead[0]![0] === '(' ? ')' : '>', open);
      inTicker = close > 0 && close - open <= 16 && TICKER.test(text.slice(open, close));
    }
    if (!inTicker) cands[k++] = c;
  }
  cands.length = k;
}
