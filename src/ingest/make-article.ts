import { AttestError } from '../errors.js';
import type { Article, ArticleOrigin } from '../model/article.js';
import { normalizePublished } from './dates.js';
import type { IngestDefaults } from './types.js';

/** Fields as found in the input, before validation. */
export interface RawArticle {
  id?: unknown;
  published?: unknown;
  outlet?: unknown;
  url?: unknown;
  title?: unknown;
  text?: unknown;
}

const optString = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Validates raw fields into an Article; throws AttestError naming the file and line. */
export function makeArticle(raw: RawArticle, origin: ArticleOrigin, fallbackId: string, defaults: IngestDefaults): Article {
  const where = { file: origin.file, line: origin.line };
  if (typeof raw.text !== 'string') throw new AttestError('E_FIELD', '"text" is missing or not a string', where);
  if (!raw.text.trim()) throw new AttestError('E_INPUT_EMPTY', 'the article text is empty', where);
  let published: string | null;
  if (raw.published != null && raw.published !== '') {
    published = normalizePublished(raw.published);
    if (!published)
      throw new AttestError('E_DATE', `invalid "published" date ${JSON.stringify(raw.published)}`, { ...where, hint: 'expected YYYY-MM-DD' });
  } else if (defaults.published) {
    published = normalizePublished(defaults.published);
    if (!published) throw new AttestError('E_DATE', `invalid --published date ${JSON.stringify(defaults.published)}`, { hint: 'expected YYYY-MM-DD' });
  } else {
    throw new AttestError('E_NO_PUBLISHED', 'no publication date', { ...where, hint: 'add "published" or pass --published YYYY-MM-DD' });
  }
  const id = typeof raw.id === 'number' ? String(raw.id) : optString(raw.id) ?? fallbackId;
  return {
    id,
    published,
    outlet: optString(raw.outlet) ?? defaults.outlet ?? null,
    url: optString(raw.url),
    title: optString(raw.title),
    text: raw.text,
    origin,
  };
}
