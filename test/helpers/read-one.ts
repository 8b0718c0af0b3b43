import type { AttestError } from '../../src/errors.js';
import { readContent } from '../../src/ingest/read-inputs.js';
import type { IngestDefaults, ReadResult } from '../../src/ingest/types.js';
import type { Article } from '../../src/model/article.js';

/** Every result of reading `content` as if it were the file `file`. */
export function readAll(content: string | Buffer, file: string, defaults: IngestDefaults = {}): ReadResult[] {
  return [...readContent(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, file, defaults)];
}

/** The single article read from `content`; throws with the error text when it was rejected. */
export function readArticle(content: string | Buffer, file: string, defaults: IngestDefaults = {}): Article {
  const rs = readAll(content, file, defaults);
  if (rs.length !== 1) throw new Error(`expected one result, got ${rs.length}`);
  const r = rs[0]!;
  if (!r.ok) throw new Error(`rejected: ${r.error.message}`);
  return r.article;
}

/** The single error read from `content`; throws when the input was accepted. */
export function readError(content: string | Buffer, file: string, defaults: IngestDefaults = {}): AttestError {
  const rs = readAll(content, file, defaults);
  if (rs.length !== 1) throw new Error(`expected one result, got ${rs.length}`);
  const r = rs[0]!;
  if (r.ok) throw new Error(`accepted, expected an error: ${JSON.stringify(r.article).slice(0, 200)}`);
  return r.error;
}
