import type { Insertable, Kysely } from 'kysely';
import type { ArticleOrigin } from '../model/article.js';
import type { ArticleRecord } from '../model/record.js';
import { hashText } from './article-key.js';
import type { Store } from './open-store.js';
import { recordToRows, type LayerRows } from './record-rows.js';
import { LAYER_TABLES, type ArticleTable, type Database } from './schema.js';
import { withWriteTransaction } from './with-write-transaction.js';

/** What saving did: a new article, the same article again, or a changed article whose rows were replaced. */
export type SaveOutcome = 'ingested' | 'unchanged' | 'replaced';

/** Where the record came from; `idGenerated` when the input gave no id (see isGeneratedId). */
export interface SaveSource extends Partial<ArticleOrigin> {
  readonly idGenerated?: boolean;
}

export interface SaveResult {
  readonly outcome: SaveOutcome;
  /** The id it is stored under: the record's, or with a hash suffix when a made-up id was taken. */
  readonly id: string;
}

/** The stored fields that decide whether a re-ingested article changed. */
export type StoredHead = Pick<ArticleTable, 'id' | 'outlet' | 'published' | 'title' | 'url' | 'text_hash' | 'versions'>;

/** The JSON stored in `articles.versions`, in the record's key order (so the record reads back identical). */
export function versionsJson(versions: Readonly<Record<string, number>>): string {
  return JSON.stringify(versions);
}

/** Equal extractor versions, whatever the key order of the two JSON strings. */
function sameVersions(a: string, b: string): boolean {
  if (a === b) return true;
  const x = JSON.parse(a) as Record<string, number>;
  const y = JSON.parse(b) as Record<string, number>;
  return Object.keys(x).length === Object.keys(y).length && Object.entries(x).every(([k, v]) => y[k] === v);
}

/** True when the stored article says the same as `head` (same text, metadata and extractor versions). */
export function sameContent(stored: StoredHead, head: Omit<StoredHead, 'id'>): boolean {
  return (
    stored.text_hash === head.text_hash && stored.outlet === head.outlet && stored.published === head.published &&
    stored.title === head.title && stored.url === head.url && sameVersions(stored.versions, head.versions)
  );
}

// Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const CHUNK = 400;

async function insertRows(trx: Kysely<Database>, rows: LayerRows): Promise<void> {
  for (const table of LAYER_TABLES) {
    const list = rows[table];
    for (let i = 0; i < list.length; i += CHUNK)
      // `table` is a union here, so TS cannot pair it with its row type; recordToRows builds each list typed.
      await trx.insertInto(table).values(list.slice(i, i + CHUNK) as never).execute();
  }
}

async function deleteRows(trx: Kysely<Database>, articleId: string): Promise<void> {
  for (const table of [...LAYER_TABLES].reverse()) await trx.deleteFrom(table).where('article_id', '=', articleId).execute();
}

/** The id a record without an input id is stored under: its own, unless another text already holds it. */
async function freeGeneratedId(trx: Kysely<Database>, base: string, hash: string): Promise<string> {
  for (let k = 0; k < 100; k++) {
    const id = k === 0 ? base : k === 1 ? `${base}-${hash.slice(0, 12)}` : `${base}-${hash.slice(0, 12)}-${k}`;
    const taken = await trx.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
    if (!taken) return id;
  }
  throw new Error(`no free id for ${base}`);
}

/**
 * Stores one analysed article in ONE transaction: all of its rows, or none. The same article again
 * (same id; or, when the input gave no id, same outlet and text) with the same content is `unchanged`;
 * a changed one has every row replaced. Example: `await saveArticle(store, toRecord(analysis))`.
 */
export async function saveArticle(store: Store, record: ArticleRecord, source: SaveSource = {}): Promise<SaveResult> {
  const head = {
    outlet: record.outlet, published: record.published, title: record.title, url: record.url,
    text_hash: hashText(record.text), versions: versionsJson(record.versions),
  };
  const attempt = () =>
    withWriteTransaction(store, async (trx): Promise<SaveResult> => {
      let stored: StoredHead | undefined;
      const cols = ['id', 'outlet', 'published', 'title', 'url', 'text_hash', 'versions'] as const;
      if (source.idGenerated) {
        let q = trx.selectFrom('articles').select(cols).where('text_hash', '=', head.text_hash).where('id_generated', '=', 1);
        q = record.outlet == null ? q.where('outlet', 'is', null) : q.where('outlet', '=', record.outlet);
        stored = await q.orderBy('id').executeTakeFirst();
      } else {
        stored = await trx.selectFrom('articles').select(cols).where('id', '=', record.id).executeTakeFirst();
      }
      if (stored && sameContent(stored, head)) return { outcome: 'unchanged', id: stored.id };
      const id = stored?.id ?? (source.idGenerated ? await freeGeneratedId(trx, record.id, head.text_hash) : record.id);
      const row: Insertable<ArticleTable> = {
        id, ...head, text: record.text, id_generated: source.idGenerated ? 1 : 0,
        source_file: source.file ?? '', source_line: source.line ?? null, source_format: source.format ?? 'jsonl',
        ingested_at: new Date().toISOString(),
      };
      if (stored) {
        await deleteRows(trx, id);
        await trx.updateTable('articles').set(row).where('id', '=', id).execute();
      } else {
        await trx.insertInto('articles').values(row).execute();
      }
      await insertRows(trx, recordToRows(record, id));
      return { outcome: stored ? 'replaced' : 'ingested', id };
    });
  try {
    return await attempt();
  } catch (err) {
    // Two PostgreSQL writers inserting the same new article at once: the loser retries and finds it stored.
    if (store.dialect === 'postgres' && (err as { code?: string }).code === '23505') return attempt();
    throw err;
  }
}
