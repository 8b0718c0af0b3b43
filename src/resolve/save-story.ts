import type { Kysely } from 'kysely';
import { loadRecord } from '../store/load-record.js';
import type { Database } from '../store/schema.js';
import { analyzeStory } from './analyze-story.js';
import type { ActorRef, ResolvedArticle } from './story-input.js';

/** The stored articles of a story with their actor links: what analyzeStory reads. */
export async function loadStoryArticles(db: Kysely<Database>, storyId: string): Promise<ResolvedArticle[]> {
  const ids = (await db.selectFrom('article_features').select('article_id').where('story_id', '=', storyId).orderBy('resolve_seq').execute()).map((r) => r.article_id);
  const out: ResolvedArticle[] = [];
  for (const id of ids) {
    const record = await loadRecord(db, id);
    if (!record) continue;
    const links = await db.selectFrom('article_actors').innerJoin('actors', 'actors.id', 'article_actors.actor_id')
      .select(['article_actors.entity_id', 'actors.id', 'actors.name', 'actors.type']).where('article_actors.article_id', '=', id).execute();
    const actors = new Map<string, ActorRef>();
    const byId = new Map<string, ActorRef>();
    for (const l of links) {
      const ref = byId.get(l.id) ?? { id: l.id, name: l.name, type: l.type };
      byId.set(l.id, ref);
      actors.set(l.entity_id, ref);
    }
    out.push({ record, actors });
  }
  return out;
}

async function clearStory(db: Kysely<Database>, storyId: string): Promise<void> {
  const claimIds = (await db.selectFrom('claims').select('id').where('story_id', '=', storyId).execute()).map((r) => r.id);
  if (claimIds.length) await db.deleteFrom('claim_statements').where('claim_id', 'in', claimIds).execute();
  const figureIds = (await db.selectFrom('figures').select('id').where('story_id', '=', storyId).execute()).map((r) => r.id);
  if (figureIds.length) await db.deleteFrom('figure_values').where('figure_id', 'in', figureIds).execute();
  for (const t of ['claims', 'figures', 'labels', 'story_articles'] as const) await db.deleteFrom(t).where('story_id', '=', storyId).execute();
  await db.deleteFrom('stories').where('id', '=', storyId).execute();
}

/** Recomputes one story's rows from its articles (all of them, so incremental and rebuild agree). */
export async function refreshStory(db: Kysely<Database>, storyId: string): Promise<void> {
  await clearStory(db, storyId);
  const members = await loadStoryArticles(db, storyId);
  if (members.length === 0) return;
  const s = analyzeStory(members);
  // A member merged in from a story still queued for its refresh: its old role row goes now.
  const ids = s.articles.map((a) => a.record.id);
  for (let i = 0; i < ids.length; i += 500) await db.deleteFrom('story_articles').where('article_id', 'in', ids.slice(i, i + 500)).execute();
  const first = s.articles[0]!.record;
  await db.insertInto('stories').values({
    id: storyId, title: first.title ?? firstSentence(first.text), origin: s.provenance.origin, origin_article_id: s.provenance.originArticle,
    origin_rule: s.provenance.originRule, first_published: first.published, last_published: s.articles[s.articles.length - 1]!.record.published,
    article_count: s.articles.length,
  }).execute();
  await db.insertInto('story_articles').values(s.articles.map((a) => {
    const r = s.provenance.roles.get(a.record.id)!;
    return { story_id: storyId, article_id: a.record.id, role: r.role, rule: r.rule, evidence: r.evidence?.text ?? null, evidence_start: r.evidence?.start ?? null, evidence_end: r.evidence?.end ?? null };
  })).execute();
  for (const [i, c] of s.claims.entries()) {
    const id = `${storyId}/c${i + 1}`;
    await db.insertInto('claims').values({ id, story_id: storyId, status: c.status, summary: c.text, chains: c.chains, rule: 'claim.matched' }).execute();
    await db.insertInto('claim_statements').values(c.members.map((m) => ({
      claim_id: id, article_id: m.article.record.id, statement_seq: m.seq, role: m.role, chain: m.chain, rule: m.rule,
    }))).onConflict((oc) => oc.doNothing()).execute();
  }
  for (const [i, f] of s.figures.entries()) {
    const id = `${storyId}/f${i + 1}`;
    await db.insertInto('figures').values({ id, story_id: storyId, item: f.item, rule: 'figure.ranges-disjoint' }).execute();
    await db.insertInto('figure_values').values(f.values.map((v) => ({
      figure_id: id, article_id: v.article.record.id, quantity_seq: v.seq, text: v.quantity.text, low: v.quantity.value ?? v.quantity.low, high: v.quantity.value ?? v.quantity.high, source: v.source,
    }))).execute();
  }
  if (s.labels.length)
    for (let i = 0; i < s.labels.length; i += 200)
      await db.insertInto('labels').values(s.labels.slice(i, i + 200).map((l) => ({
        story_id: storyId, actor_id: l.actor?.id ?? null, actor_name: l.actorName, outlet: l.article.record.outlet, article_id: l.article.record.id,
        label: l.label, start: l.start, end: l.end, rule: l.rule,
      }))).execute();
}

function firstSentence(text: string): string {
  const body = text.replace(/^[^\n]{0,80}?\s[-–—]\s/, '');
  const end = body.search(/[.!?](?:\s|$)/);
  return (end > 0 ? body.slice(0, end + 1) : body.slice(0, 160)).trim().slice(0, 200);
}
