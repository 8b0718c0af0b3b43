import type { Kysely } from 'kysely';
import { loadRecord } from '../store/load-record.js';
import type { Database } from '../store/schema.js';
import { findCandidates } from './find-candidates.js';
import { linkActors, loadOverrides } from './link-actors.js';
import { actorWeight, articleBands, articleFeatures, compareArticles, type ArticleFeatures, type WeightedActor } from './story-similarity.js';

// A candidate story is joined at this score; a second story the article matches this well is merged in.
// Single link: a story is every article linked to another of it at this score, so the same articles
// give the same stories in any order (as long as candidates are found).
export const JOIN_SCORE = 0.75;
export const MERGE_SCORE = JOIN_SCORE;

export interface ResolveOutcome {
  readonly articleId: string;
  readonly storyId: string;
  /** 'story.new' | 'story.joined' (+ 'story.merged' when it bridged two stories), or 'resolved' if it was already. */
  readonly rule: string;
  readonly score: number;
  /** Stories merged into `storyId` because this article bridged them. */
  readonly merged: readonly string[];
}

async function weighted(db: Kysely<Database>, rows: ReadonlyArray<{ article_id: string; actor_id: string }>, total: number) {
  const ids = [...new Set(rows.map((r) => r.actor_id))];
  const info = new Map<string, { article_count: number; type: string }>();
  for (let i = 0; i < ids.length; i += 500)
    for (const a of await db.selectFrom('actors').select(['id', 'article_count', 'type']).where('id', 'in', ids.slice(i, i + 500)).execute()) info.set(a.id, a);
  const byArticle = new Map<string, WeightedActor[]>();
  for (const r of rows) {
    const list = byArticle.get(r.article_id) ?? [];
    if (list.some((x) => x.id === r.actor_id)) continue;
    const a = info.get(r.actor_id);
    list.push({ id: r.actor_id, weight: actorWeight(a?.article_count ?? 1, total, a?.type ?? 'ORG') });
    byArticle.set(r.article_id, list);
  }
  return byArticle;
}

const readFeatures = (c: { words: string; lead: string; statements: string; numbers: string }): ArticleFeatures => ({
  words: new Set(JSON.parse(c.words) as string[]),
  lead: new Set(JSON.parse(c.lead) as string[]),
  statements: (JSON.parse(c.statements) as string[][]).map((x) => new Set(x)),
  numbers: new Set(JSON.parse(c.numbers) as number[]),
});
const writeFeatures = (f: ArticleFeatures) => ({
  words: JSON.stringify([...f.words]),
  lead: JSON.stringify([...f.lead]),
  statements: JSON.stringify(f.statements.map((x) => [...x])),
  numbers: JSON.stringify([...f.numbers]),
});

/**
 * Resolves one stored article (DESIGN.md 3): links its entities to actors, finds candidate articles
 * through the indexes, joins the story it matches best (or starts one, merging stories it bridges), and
 * queues that story (and any it merged) for its roles, claims, figures and labels. Touches nothing else. Run it inside a write
 * transaction; the order articles are resolved in (`resolve_seq`) is what a rebuild replays.
 */
export async function resolveArticle(db: Kysely<Database>, id: string): Promise<ResolveOutcome> {
  const done = await db.selectFrom('article_features').select(['story_id', 'join_rule', 'join_score']).where('article_id', '=', id).executeTakeFirst();
  if (done) return { articleId: id, storyId: done.story_id, rule: 'resolved', score: done.join_score, merged: [] };
  const record = await loadRecord(db, id);
  if (!record) throw new Error(`resolve: no stored article ${JSON.stringify(id)}`);
  const actors = await linkActors(db, record, await loadOverrides(db));
  const features = articleFeatures(record);
  const bands = articleBands(features);
  const actorIds = [...new Set([...actors.values()].map((a) => a.id))];
  const candidates = await findCandidates(db, id, record.published, actorIds, bands);

  // How many articles actor rarity is weighed against: the last resolve_seq (an index read; a count
  // would read every row), which is the count of resolved articles when nothing was taken out.
  const { seq } = await db.selectFrom('article_features').select((eb) => eb.fn.max('resolve_seq').as('seq')).executeTakeFirstOrThrow();
  const total = Number(seq ?? 0) + 1;
  const candidateRows = candidates.length
    ? await db.selectFrom('article_features').select(['article_id', 'story_id', 'published', 'words', 'lead', 'statements', 'numbers']).where('article_id', 'in', candidates).execute()
    : [];
  const actorRows = candidates.length
    ? await db.selectFrom('article_actors').select(['article_id', 'actor_id']).where('article_id', 'in', [...candidates, id]).execute()
    : actorIds.map((actor_id) => ({ article_id: id, actor_id }));
  const weights = await weighted(db, actorRows, total);
  const self = { features, actors: weights.get(id) ?? [], published: record.published };
  const byStory = new Map<string, number>();
  for (const c of candidateRows) {
    const f = readFeatures(c);
    const { score } = compareArticles(self, { features: f, actors: weights.get(c.article_id) ?? [], published: c.published });
    if (score > (byStory.get(c.story_id) ?? -1)) byStory.set(c.story_id, score);
  }
  const ranked = [...byStory.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const best = ranked[0] && ranked[0][1] >= JOIN_SCORE ? ranked[0] : undefined;
  const storyId = best ? best[0] : `s-${id}`;
  const merged = best ? ranked.slice(1).filter(([, s]) => s >= MERGE_SCORE).map(([sid]) => sid) : [];
  const rule = best ? (merged.length ? 'story.joined+merged' : 'story.joined') : 'story.new';
  const score = best ? best[1] : ranked[0]?.[1] ?? 0;

  await db.insertInto('article_features').values({
    article_id: id, resolve_seq: Number(seq ?? 0) + 1, published: record.published, story_id: storyId,
    ...writeFeatures(features), join_rule: rule, join_score: score,
  }).execute();
  if (bands.length) await db.insertInto('story_bands').values(bands.map((band) => ({ band, article_id: id, published: record.published }))).onConflict((oc) => oc.doNothing()).execute();
  for (const m of merged) await db.updateTable('article_features').set({ story_id: storyId }).where('story_id', '=', m).execute();
  await markForRefresh(db, [storyId, ...merged]);
  return { articleId: id, storyId, rule, score, merged };
}

/**
 * Takes a resolved article out of the cross-article tables (before it is re-resolved: its text or its
 * extractors changed) and recomputes the story it was in. Actor keys it added stay: they only name.
 */
export async function unresolveArticle(db: Kysely<Database>, id: string): Promise<void> {
  const f = await db.selectFrom('article_features').select('story_id').where('article_id', '=', id).executeTakeFirst();
  if (!f) return;
  const linked = await db.selectFrom('article_actors').select('actor_id').distinct().where('article_id', '=', id).execute();
  for (const { actor_id } of linked)
    await db.updateTable('actors').set((eb) => ({ article_count: eb('article_count', '-', 1) })).where('id', '=', actor_id).execute();
  await db.deleteFrom('article_actors').where('article_id', '=', id).execute();
  await db.deleteFrom('actor_aliases').where('article_id', '=', id).execute();
  await db.deleteFrom('story_bands').where('article_id', '=', id).execute();
  await db.deleteFrom('article_features').where('article_id', '=', id).execute();
  await markForRefresh(db, [f.story_id]);
}

/** Queues stories for refreshStory (run-resolve.ts recomputes each once, after the articles of a run). */
export async function markForRefresh(db: Kysely<Database>, storyIds: readonly string[]): Promise<void> {
  if (storyIds.length) await db.insertInto('story_refresh').values(storyIds.map((story_id) => ({ story_id }))).onConflict((oc) => oc.doNothing()).execute();
}
