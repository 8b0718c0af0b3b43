import type { Article } from '../../model/article.js';
import { hashText } from '../article-key.js';
import type { Store } from '../open-store.js';
import { sameContent, versionsJson, type StoredHead } from '../save-article.js';

/** An article about to be ingested, with how it is identified. */
export interface IngestItem {
  readonly article: Article;
  readonly idGenerated: boolean;
}

/**
 * Which of a batch of articles are already stored with the same text, metadata and extractor versions
 * (mapped to the id they are stored under), in one query, so ingest does not analyse them again.
 * saveArticle checks again inside its transaction.
 */
export async function findUnchanged(store: Store, items: readonly IngestItem[], versions: Readonly<Record<string, number>>): Promise<Map<IngestItem, string>> {
  const unchanged = new Map<IngestItem, string>();
  if (!items.length) return unchanged;
  const hashes = items.map((it) => hashText(it.article.text));
  const rows = await store.db
    .selectFrom('articles')
    .select(['id', 'outlet', 'published', 'title', 'url', 'text_hash', 'versions', 'id_generated'])
    .where((eb) => eb.or([eb('id', 'in', items.map((it) => it.article.id)), eb('text_hash', 'in', [...new Set(hashes)])]))
    .execute();
  const byId = new Map<string, StoredHead>();
  const byHash = new Map<string, StoredHead[]>();
  for (const r of rows) {
    byId.set(r.id, r);
    if (r.id_generated === 1) byHash.set(r.text_hash, [...(byHash.get(r.text_hash) ?? []), r]);
  }
  const v = versionsJson(versions);
  items.forEach((it, i) => {
    const a = it.article;
    const head = { outlet: a.outlet, published: a.published, title: a.title, url: a.url, text_hash: hashes[i]!, versions: v };
    const candidates = it.idGenerated ? (byHash.get(head.text_hash) ?? []).filter((r) => r.outlet === a.outlet) : [byId.get(a.id)];
    const same = candidates.find((r) => r && sameContent(r, head));
    if (same) unchanged.set(it, same.id);
  });
  return unchanged;
}
