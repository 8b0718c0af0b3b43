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

/** The shared wink-nlp instance (the model takes ~100 ms to load, so it is loaded lazily and once). */
export function wink(): WinkNlp {
  if (!instance) {
    const winkNLP = require('wink-nlp') as (model: unknown) => WinkNlp;
    const model = require('wink-eng-lite-web-model') as unknown;
    instance = winkNLP(model);
  }
  return instance;
}
