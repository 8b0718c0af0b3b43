import { createRequire } from 'node:module';

// wink-nlp ships CommonJS with a bundled English model; load both once per process.
const require = createRequire(import.meta.url);

/** The subset of wink-nlp's API that build-doc uses. */
export interface WinkDoc {
  tokens(): { out(its?: unknown): string[] };
  sentences(): { each(fn: (s: WinkSentence, i: number) => void): void; length(): number };
}
export interface WinkSentence {
  tokens(): { length(): number };
}
export interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let instance: WinkNlp | null = null;
let charsRead = 0;
// wink-nlp keeps every unseen token in its lexicon for the life of the instance (~13 MB per 1,000
// articles with 50 new words each), so a long ingest would grow without bound. A fresh instance every
// ~50 MB of text bounds that at a cost of ~0.4 s per reload (well under 1% of the analysis time).
const RELOAD_AFTER_CHARS = 50_000_000;

/** Tells the shared instance how much text it has read, so it can be recycled (see RELOAD_AFTER_CHARS). */
export function noteWinkRead(chars: number): void {
  charsRead += chars;
  if (charsRead >= RELOAD_AFTER_CHARS) {
    instance = null;
    charsRead = 0;
  }
}

/** The shared wink-nlp instance (the model takes ~100 ms to load, so it is loaded lazily, and recycled). */
export function wink(): WinkNlp {
  if (!instance) {
    const winkNLP = require('wink-nlp') as (model: unknown) => WinkNlp;
    const model = require('wink-eng-lite-web-model') as unknown;
    instance = winkNLP(model);
  }
  return instance;
}
