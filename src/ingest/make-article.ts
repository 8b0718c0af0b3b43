import { AttestError } from '../errors.js';
import type { Article, ArticleOrigin } from '../model/article.js';
import { checkId, checkOptionalText, checkOutlet, wellFormed } from './check-fields.js';
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

/**
 * Validates raw fields into an Article; throws AttestError naming the file and line. Nothing is coerced:
 * a wrongly typed field is an error. Text and title are made well-formed here, before analysis, so what
 * is analysed is what is stored.
 */
export function makeArticle(raw: RawArticle, where0: Omit<ArticleOrigin, 'idGiven'>, fallbackId: string, defaults: IngestDefaults): Article {
  const origin = where0;
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
  const id = checkId(raw.id, where);
  const outlet = checkOutlet(raw.outlet, where) ?? (defaults.outlet ? checkOutlet(defaults.outlet, { file: '--outlet', line: null }) : null);
  return {
    id: id ?? fallbackId,
    published,
    outlet,
    url: checkOptionalText('url', raw.url, where),
    title: checkOptionalText('title', raw.title, where),
    text: wellFormed(raw.text),
    origin: { ...origin, idGiven: id != null },
  };
}
