import type { Article } from '../model/article.js';
import type { AttestError } from '../errors.js';

/** What the caller may supply for articles that lack it. */
export interface IngestDefaults {
  readonly published?: string;
  readonly outlet?: string;
}

/** One result of reading input: an article, or an error naming the file and line. */
export type ReadResult = { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly error: AttestError };
