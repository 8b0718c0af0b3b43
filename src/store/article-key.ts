import { createHash } from 'node:crypto';
import type { Article } from '../model/article.js';

/** sha256 of the article text, hex. With the outlet, the identity of an article that came without an id. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** True when the input gave no id, so the article is identified by its outlet and text (ingest/ made its id up). */
export function isGeneratedId(article: Article): boolean {
  return article.origin.idGiven === false;
}

/**
 * What makes two inputs the same article, as one string the store keeps unique (`articles.identity`):
 * the outlet with the input id, or the outlet with the text hash when the input gave no id. Two outlets
 * numbering their articles 1, 2, 3 … never collide; the same id and outlet with another text is a new
 * version of one article. Example: articleIdentity('Harbor Gazette', '17', true, h) === '["Harbor Gazette","id","17"]'.
 */
export function articleIdentity(outlet: string | null, inputId: string, idGiven: boolean, textHash: string): string {
  return JSON.stringify(idGiven ? [outlet, 'id', inputId] : [outlet, 'text', textHash]);
}

/**
 * Store keys to try, in order, for a new article: its id; then, for an id the input gave, the id qualified
 * by its outlet (another outlet already uses it), and for a made-up id, the id with a piece of the text
 * hash (another text was read from the same file name). Keys are what every table references.
 */
export function* candidateKeys(inputId: string, outlet: string | null, idGiven: boolean, textHash: string): Generator<string> {
  yield inputId;
  const qualified = idGiven && outlet ? `${inputId}@${outlet}` : inputId;
  if (qualified !== inputId) yield qualified;
  const hashed = `${qualified}-${textHash.slice(0, 12)}`;
  yield hashed;
  for (let k = 2; k < 100; k++) yield `${hashed}-${k}`;
}
