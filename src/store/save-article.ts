import type { Insertable, Kysely } from 'kysely';
import { AttestError } from '../errors.js';
import type { ArticleOrigin } from '../model/article.js';
import type { ArticleRecord } from '../model/record.js';
import { articleIdentity, candidateKeys, hashText } from './article-key.js';
import type { Store } from './open-store.js';
import { recordToRows, type LayerRows } from './record-rows.js';
import { LAYER_TABLES, type ArticleTable, type Database } from './schema.js';
import { withWriteTransaction } from './with-write-transaction.js';

/**
 * What saving did: a new article; the same article again; the same article re-analysed by newer
 * extractors; a new version that replaced the stored one (kept in article_versions); or a new version
 * not stored because the stored one is kept (`--on-conflict keep`, the default).
 */
export type SaveOutcome = 'ingested' | 'unchanged' | 'reanalyzed' | 'replaced' | 'kept';

/** What to do with an article whose identity is stored with another text or metadata. */
export type ConflictPolicy = 'keep' | 'replace' | 'fail';
export const CONFLICT_POLICIES: readonly ConflictPolicy[] = ['keep', 'replace', 'fail'];

/** Where the record came from; `idGenerated` when the input gave no id. */
export interface SaveSource extends Partial<Omit<ArticleOrigin, 'idGiven'>> {
  readonly idGenerated?: boolean;
  /** hashText(record.text) when the caller has it already (ingest hashes every input once, to key it). */
  readonly textHash?: string;
}

export interface SaveResult {
  readonly outcome: SaveOutcome;
  /** The store key it is under: the input id, or qualified by outlet when another outlet has that id. */
  readonly id: string;
  /** For `kept` and `replaced`: where the stored version had come from (`file:line`). */
  readonly storedFrom?: string;
}

/** The stored fields that decide whether a re-ingested article changed. */
export type StoredHead = Pick<ArticleTable, 'id' | 'published' | 'title' | 'url' | 'text_hash' | 'versions' | 'source_file' | 'source_line'>;
export const HEAD_COLUMNS = ['id', 'published', 'title', 'url', 'text_hash', 'versions', 'source_file', 'source_line'] as const;

/** The JSON stored in `articles.versions`, in the record's key order (so the record reads back identical). */
export function versionsJson(versions: Readonly<Record<string, number>>): string {
  return JSON.stringify(versions);
}

/** Equal extractor versions, whatever the key order of the two JSON strings. */
export function sameVersions(a: string, b: string): boolean {
  if (a === b) return true;
  const x = JSON.parse(a) as Record<string, number>;
  const y = JSON.parse(b) as Record<string, number>;
  return Object.keys(x).length === Object.keys(y).length && Object.entries(x).every(([k, v]) => y[k] === v);
}

/** True when the stored article is this version: same text and metadata (the outlet is part of the identity). */
export function sameArticle(stored: Pick<StoredHead, 'text_hash' | 'published' | 'title' | 'url'>, head: Pick<StoredHead, 'text_hash' | 'published' | 'title' | 'url'>): boolean {
  return stored.text_hash === head.text_hash && stored.published === head.published && stored.title === head.title && stored.url === head.url;
}

export const fromWhere = (file: string, line: number | null): string => `${file || '?'}${line != null ? `:${line}` : ''}`;

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

/** Copies the stored version into article_versions before it is replaced. */
async function archiveVersion(trx: Kysely<Database>, key: string, now: string): Promise<void> {
  const a = await trx.selectFrom('articles').selectAll().where('id', '=', key).executeTakeFirstOrThrow();
  const last = await trx.selectFrom('article_versions').select((eb) => eb.fn.max('version').as('v')).where('article_id', '=', key).executeTakeFirst();
  await trx.insertInto('article_versions').values({
    article_id: key, version: Number(last?.v ?? 0) + 1, outlet: a.outlet, published: a.published, title: a.title, url: a.url,
    text: a.text, text_hash: a.text_hash, source_file: a.source_file, source_line: a.source_line, stored_at: a.ingested_at, replaced_at: now,
  }).execute();
}

/**
 * Stores one analysed article in ONE transaction: all of its rows, or none. Its identity (articleIdentity)
 * is a unique key, so concurrent writers of one article store it once: the insert does nothing on a
 * clash and the stored row is then compared instead. Example: `await saveArticle(store, toRecord(analysis))`.
 */
export async function saveArticle(store: Store, record: ArticleRecord, source: SaveSource = {}, policy: ConflictPolicy = 'keep'): Promise<SaveResult> {
  const text_hash = source.textHash ?? hashText(record.text);
  const identity = articleIdentity(record.outlet, record.id, !source.idGenerated, text_hash);
  const head = { published: record.published, title: record.title, url: record.url, text_hash, versions: versionsJson(record.versions) };
  return withWriteTransaction(store, async (trx): Promise<SaveResult> => {
    const now = new Date().toISOString();
    const row = (id: string): Insertable<ArticleTable> => ({
      id, outlet: record.outlet, ...head, text: record.text, id_generated: source.idGenerated ? 1 : 0, identity, input_id: record.id,
      source_file: source.file ?? '', source_line: source.line ?? null, source_format: source.format ?? 'jsonl', ingested_at: now,
    });
    for (let round = 0; round < 3; round++) {
      const stored = await trx.selectFrom('articles').select(HEAD_COLUMNS).where('identity', '=', identity).executeTakeFirst();
      if (stored) {
        const storedFrom = fromWhere(stored.source_file, stored.source_line);
        if (sameArticle(stored, head)) {
          if (sameVersions(stored.versions, head.versions)) return { outcome: 'unchanged', id: stored.id };
          await deleteRows(trx, stored.id);
          await trx.updateTable('articles').set({ versions: head.versions, ingested_at: now }).where('id', '=', stored.id).execute();
          await insertRows(trx, recordToRows(record, stored.id));
          return { outcome: 'reanalyzed', id: stored.id };
        }
        if (policy === 'keep') return { outcome: 'kept', id: stored.id, storedFrom };
        if (policy === 'fail')
          throw new AttestError('E_CONFLICT', `article ${JSON.stringify(record.id)}${record.outlet ? ` of ${JSON.stringify(record.outlet)}` : ''} is stored with another text (from ${storedFrom})`, {
            hint: '--on-conflict keep keeps the stored version, replace stores this one and keeps the old in the store',
          });
        await archiveVersion(trx, stored.id, now);
        await deleteRows(trx, stored.id);
        const { id: _key, ...rest } = row(stored.id);
        await trx.updateTable('articles').set(rest).where('id', '=', stored.id).execute();
        await insertRows(trx, recordToRows(record, stored.id));
        return { outcome: 'replaced', id: stored.id, storedFrom };
      }
      for (const key of candidateKeys(record.id, record.outlet, !source.idGenerated, text_hash)) {
        const r = await trx.insertInto('articles').values(row(key)).onConflict((oc) => oc.doNothing()).executeTakeFirst();
        if (Number(r.numInsertedOrUpdatedRows ?? 0n) === 1) {
          await insertRows(trx, recordToRows(record, key));
          return { outcome: 'ingested', id: key };
        }
        // The key is another article's, or a concurrent writer has just stored this one: look again.
        const now2 = await trx.selectFrom('articles').select('id').where('identity', '=', identity).executeTakeFirst();
        if (now2) break;
      }
    }
    throw new AttestError('E_STORE', `no free store key for article ${JSON.stringify(record.id)}`);
  });
}
