import type { Article } from '../../model/article.js';
import { articleIdentity, hashText } from '../article-key.js';
import type { Store } from '../open-store.js';
import { HEAD_COLUMNS, type StoredHead } from '../save-article.js';

/** An article about to be ingested, with how it is identified. */
export interface IngestItem {
  readonly article: Article;
  readonly idGenerated: boolean;
}

/** An item with its text hash and identity worked out once. */
export interface KeyedItem extends IngestItem {
  readonly textHash: string;
  readonly identity: string;
}

export function keyItem(it: IngestItem): KeyedItem {
  const textHash = hashText(it.article.text);
  return { ...it, textHash, identity: articleIdentity(it.article.outlet, it.article.id, !it.idGenerated, textHash) };
}

/**
 * The stored version of each of a batch of articles, found by identity in one query, so ingest neither
 * analyses an unchanged article again nor one whose stored version it is going to keep. saveArticle
 * checks again inside its transaction.
 */
export async function findStored(store: Store, items: readonly KeyedItem[]): Promise<Map<string, StoredHead>> {
  const found = new Map<string, StoredHead>();
  if (!items.length) return found;
  const rows = await store.db
    .selectFrom('articles')
    .select([...HEAD_COLUMNS, 'identity'])
    .where('identity', 'in', [...new Set(items.map((it) => it.identity))])
    .execute();
  for (const r of rows) found.set(r.identity, r);
  return found;
}
