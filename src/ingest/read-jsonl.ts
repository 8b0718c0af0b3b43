import { AttestError } from '../errors.js';
import { makeArticle, type RawArticle } from './make-article.js';
import type { IngestDefaults, ReadResult } from './types.js';

/**
 * JSONL/NDJSON: one article object a line, `{id, published, outlet?, url?, title?, text}`.
 * A bad line yields an error naming its line; the other lines are still read. `content` may come as lines
 * already decoded, null for a line that was not valid UTF-8.
 */
export function* readJsonl(content: string | ReadonlyArray<string | null>, file: string, baseId: string, defaults: IngestDefaults): Generator<ReadResult> {
  const lines = typeof content === 'string' ? content.split('\n') : content;
  for (let i = 0; i < lines.length; i++) {
    const where = { file, line: i + 1 };
    if (lines[i] == null) {
      yield { ok: false, error: new AttestError('E_ENCODING', 'invalid UTF-8 (or a NUL byte) in this line', where) };
      continue;
    }
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      yield { ok: false, error: new AttestError('E_JSON', `malformed JSON: ${why}`, where) };
      continue;
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      yield { ok: false, error: new AttestError('E_FIELD', 'expected one JSON object per line', where) };
      continue;
    }
    try {
      yield { ok: true, article: makeArticle(raw as RawArticle, { file, line: i + 1, format: 'jsonl' }, `${baseId}-${i + 1}`, defaults) };
    } catch (err) {
      if (err instanceof AttestError) yield { ok: false, error: err };
      else throw err;
    }
  }
}

/** A whole-file JSON document: one article object (as in FORMAT.md gold files) or an array of them. */
export function* readJsonDocument(value: unknown, file: string, baseId: string, defaults: IngestDefaults): Generator<ReadResult> {
  const items = Array.isArray(value) ? value : [value];
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const origin = { file, line: null, format: 'jsonl' as const };
    if (!item || typeof item !== 'object') {
      yield { ok: false, error: new AttestError('E_FIELD', `item ${k + 1} is not an article object`, { file }) };
      continue;
    }
    try {
      yield { ok: true, article: makeArticle(item as RawArticle, origin, items.length > 1 ? `${baseId}-${k + 1}` : baseId, defaults) };
    } catch (err) {
      if (err instanceof AttestError) yield { ok: false, error: err };
      else throw err;
    }
  }
}
