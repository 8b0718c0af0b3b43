import { sql, type RawBuilder } from 'kysely';
import { AttestError } from '../errors.js';
import type { Store } from './open-store.js';

/** Filters and paging for searchArticles; dates are YYYY-MM-DD and inclusive, as in listArticles. */
export interface SearchOptions {
  /** Hits per page: default 20, at most SEARCH_MAX_LIMIT (a larger value is lowered to it). */
  readonly limit?: number;
  readonly offset?: number;
  readonly outlet?: string;
  readonly since?: string;
  readonly until?: string;
}

/** Plain text (never HTML: the UI escapes it) and [start, end) UTF-16 offsets into it of the matched words. */
export interface SearchSnippet {
  text: string;
  marks: Array<[number, number]>;
}

export interface SearchHit {
  id: string;
  input_id: string;
  outlet: string | null;
  published: string;
  title: string | null;
  snippet: SearchSnippet;
}

/** `total` counts every match under the filters, not just this page. */
export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 100;
/** Distinct words of a query that are searched for; the rest are ignored, so no query costs more than this. */
export const SEARCH_MAX_TOKENS = 16;
const MAX_OFFSET = 2 ** 31 - 1;

/**
 * A word: a run of letters, digits and combining marks, as FTS5's unicode61 tokenizer splits text. One
 * character class repeated cannot backtrack, so any input is matched in linear time.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Letters that have no decomposition but that PostgreSQL's unaccent folds (SQLite's unicode61 does not). */
const UNACCENT_EXTRA: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/** Case- and diacritic-insensitive form of a word, as the search index sees it. */
function fold(word: string, unaccent: boolean): string {
  const f = word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return unaccent ? f.replace(/[øłđßæœıþ]/g, (c) => UNACCENT_EXTRA[c]!) : f;
}

/** The distinct words of an untrusted query, in order, at most SEARCH_MAX_TOKENS. Example: `'"Müller" -x'` → ['Müller', 'x']. */
export function queryTokens(q: string): string[] {
  const seen = new Map<string, string>();
  for (const m of (typeof q === 'string' ? q : '').matchAll(WORD)) {
    const key = fold(m[0], false);
    // A lone combining mark folds to nothing: as an FTS5 phrase it would be empty.
    if (key && !seen.has(key)) seen.set(key, m[0].normalize('NFC'));
    if (seen.size >= SEARCH_MAX_TOKENS) break;
  }
  return [...seen.values()];
}

function whole(v: number | undefined, name: string, dflt: number, max: number): number {
  if (v == null) return dflt;
  if (!Number.isInteger(v) || v < 0) throw new AttestError('E_USAGE', `search ${name} must be a whole number of 0 or more, not ${String(v)}`);
  return Math.min(v, max);
}

interface Row {
  total: number | string;
  id: string;
  input_id: string | null;
  outlet: string | null;
  published: string;
  title: string | null;
  text: string;
}

/**
 * Full-text search over stored articles (title and text): every word of `q` must occur (case and
 * diacritics ignored; on PostgreSQL English stemming too), ordered by relevance (bm25 / ts_rank), then
 * newest first, then id. `q` may be anything a user typed: only its words reach the database, each as a
 * quoted FTS5 string or a plainto_tsquery parameter. A query without words gives {total: 0, hits: []}.
 * Example: `await searchArticles(store, 'water meters', { outlet: 'Harbor Gazette', limit: 10 })`.
 */
export async function searchArticles(store: Store, q: string, opts: SearchOptions = {}): Promise<SearchResult> {
  const limit = whole(opts.limit, 'limit', SEARCH_DEFAULT_LIMIT, SEARCH_MAX_LIMIT);
  const offset = whole(opts.offset, 'offset', 0, MAX_OFFSET);
  const tokens = queryTokens(q);
  if (!tokens.length) return { total: 0, hits: [] };

  const where: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (opts.outlet != null) where.push(sql`a.outlet = ${opts.outlet}`);
  if (opts.since != null) where.push(sql`a.published >= ${opts.since}`);
  if (opts.until != null) where.push(sql`a.published <= ${opts.until}`);
  const filters = sql.join(where, sql` and `);

  const pg = store.dialect === 'postgres';
  let rows: Row[];
  let countQuery: RawBuilder<{ total: number | string }>;
  if (pg) {
    // Our own words joined, so both dialects mean the same thing: all of them (no -, OR or quotes syntax).
    const tsq = sql`plainto_tsquery('attest_search', ${tokens.join(' ')})`;
    // Ranks and counts the matches on ids and dates only; the texts are read for this page alone.
    ({ rows } = await sql<Row>`with page as (
        select a.id, a.published, ts_rank(s.tsv, q.tsq, 1) as score, count(*) over () as total
        from article_search s join articles a on a.id = s.article_id, ${tsq} as q(tsq) where s.tsv @@ q.tsq and ${filters}
        order by score desc, a.published desc, a.id limit ${limit} offset ${offset})
      select p.total, a.id, a.input_id, a.outlet, a.published, a.title, a.text
      from page p join articles a on a.id = p.id order by p.score desc, p.published desc, p.id`.execute(store.db));
    countQuery = sql`select count(*) as total from article_search s join articles a on a.id = s.article_id
      where s.tsv @@ ${tsq} and ${filters}`;
  } else {
    const match = tokens.map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND ');
    // bm25 cannot be called where rows are aggregated (the count), so the matches are materialised first.
    // Title weighs 2, text 1: the same word in the title says more about what the article is about.
    ({ rows } = await sql<Row>`with m as materialized (
        select rowid as rid, bm25(articles_fts, 2.0, 1.0) as score from articles_fts where articles_fts match ${match}),
      page as (
        select m.rid, m.score, a.published, a.id, count(*) over () as total
        from m join articles a on a.rowid = m.rid where ${filters}
        order by m.score, a.published desc, a.id limit ${limit} offset ${offset})
      select p.total, a.id, a.input_id, a.outlet, a.published, a.title, a.text
      from page p join articles a on a.rowid = p.rid order by p.score, p.published desc, p.id`.execute(store.db));
    countQuery = sql`select count(*) as total from articles_fts join articles a on a.rowid = articles_fts.rowid
      where articles_fts match ${match} and ${filters}`;
  }
  // An empty page past the end (or limit 0) carries no count: ask for it.
  const total = rows.length ? Number(rows[0]!.total) : Number((await countQuery.execute(store.db)).rows[0]?.total ?? 0);
  const keys = new Set(tokens.map((t) => fold(t, pg)));
  return {
    total,
    hits: rows.map((r) => ({
      id: r.id,
      input_id: r.input_id ?? r.id,
      outlet: r.outlet,
      published: r.published,
      title: r.title,
      snippet: makeSnippet(r.text, keys, pg),
    })),
  };
}

export const SNIPPET_CHARS = 200;
/** How much text the snippet shows before the first match. */
const LEAD_CHARS = 60;

/**
 * About SNIPPET_CHARS of `text` around the first word that matches one of `keys` (folded query words),
 * cut at spaces, whitespace collapsed, '…' where text was left out; the start of the text when no word
 * of it matches (the title did). `stemmed`: PostgreSQL also matched other forms of a word (meter for
 * meters), so a word that differs from a key only by a short ending is marked as well.
 */
export function makeSnippet(text: string, keys: ReadonlySet<string>, stemmed = false): SearchSnippet {
  const list = [...keys];
  const matches = (word: string): boolean => {
    const f = fold(word, stemmed);
    if (keys.has(f)) return true;
    return stemmed && list.some((k) => {
      const [short, long] = k.length <= f.length ? [k, f] : [f, k];
      return short.length >= 3 && long.length - short.length <= 3 && long.startsWith(short);
    });
  };
  let first = -1;
  let firstEnd = 0;
  for (const m of text.matchAll(WORD))
    if (matches(m[0])) {
      first = m.index;
      firstEnd = m.index + m[0].length;
      break;
    }
  let start = first < 0 ? 0 : Math.max(0, first - LEAD_CHARS);
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  start = Math.max(0, Math.min(start, end - SNIPPET_CHARS));
  // Cut at whitespace, keeping the matched word whole; a window without any space is cut where it falls.
  if (start > 0) {
    const sp = text.slice(start, first).search(/\s/);
    if (sp >= 0) start += sp + 1;
    else if (/[\uDC00-\uDFFF]/.test(text[start]!)) start++;
  }
  if (end < text.length) {
    let sp = end;
    while (sp > firstEnd && !/\s/.test(text[sp]!)) sp--;
    if (sp > start && /\s/.test(text[sp]!)) end = sp;
    else if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const snippet = `${start > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`;
  const marks: Array<[number, number]> = [];
  for (const m of snippet.matchAll(WORD)) if (matches(m[0])) marks.push([m.index, m.index + m[0].length]);
  return { text: snippet, marks };
}
