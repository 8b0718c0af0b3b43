import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { ActorSummary } from '../resolve/read-actors.js';
import { readClaims, type ClaimView } from '../resolve/read-claims.js';
import type { Database } from '../store/schema.js';
import type { Filters, Paging } from './params.js';

/**
 * The paged lists of the API and the pages. Each reads one page and its total with indexed queries,
 * so a list costs the same in a store of ten articles or ten thousand.
 */

const int = (e: Expression<unknown>) => sql<number>`cast(${e} as integer)`;
const countAll = sql<number>`cast(count(*) as integer)`;

export interface ArticleItem {
  id: string;
  input_id: string;
  outlet: string | null;
  published: string;
  title: string | null;
  story_id: string | null;
  statements: number;
}

export async function listArticlePage(db: Kysely<Database>, f: Filters, p: Paging): Promise<{ total: number; items: ArticleItem[] }> {
  let q = db.selectFrom('articles as a');
  if (f.outlet != null) q = q.where('a.outlet', '=', f.outlet);
  if (f.since) q = q.where('a.published', '>=', f.since);
  if (f.until) q = q.where('a.published', '<=', f.until);
  if (f.actor) q = q.where('a.id', 'in', db.selectFrom('article_actors').select('article_id').where('actor_id', '=', f.actor));
  if (f.story) q = q.where('a.id', 'in', db.selectFrom('story_articles').select('article_id').where('story_id', '=', f.story));
  const total = (await q.select(countAll.as('n')).executeTakeFirstOrThrow()).n;
  const items = await q.leftJoin('article_features as af', 'af.article_id', 'a.id')
    .select((eb) => ['a.id', 'a.input_id', 'a.outlet', 'a.published', 'a.title', 'af.story_id',
      int(eb.selectFrom('statements as s').select(eb.fn.countAll().as('c')).whereRef('s.article_id', '=', 'a.id')).as('statements')])
    .orderBy('a.published', 'desc').orderBy('a.id').limit(p.limit).offset(p.offset).execute();
  return { total: Number(total), items: items.map((r) => ({ ...r, statements: Number(r.statements) })) };
}

export interface StoryItem {
  id: string;
  title: string | null;
  first_published: string;
  last_published: string;
  origin: string | null;
  origin_article_id: string | null;
  article_count: number;
  outlets: string[];
  claims: { corroborated: number; 'single-source': number; contested: number };
}

/** Stories, latest news first, with their outlets and how many of their claims have each status. */
export async function listStoryPage(db: Kysely<Database>, f: Filters, p: Paging): Promise<{ total: number; items: StoryItem[] }> {
  let q = db.selectFrom('stories as s');
  if (f.since) q = q.where('s.last_published', '>=', f.since);
  if (f.until) q = q.where('s.first_published', '<=', f.until);
  if (f.outlet != null)
    q = q.where('s.id', 'in', db.selectFrom('story_articles as sa').innerJoin('articles as a', 'a.id', 'sa.article_id').select('sa.story_id').where('a.outlet', '=', f.outlet));
  if (f.actor)
    q = q.where('s.id', 'in', db.selectFrom('article_actors as aa').innerJoin('story_articles as sa', 'sa.article_id', 'aa.article_id').select('sa.story_id').where('aa.actor_id', '=', f.actor));
  if (f.status) q = q.where('s.id', 'in', db.selectFrom('claims').select('story_id').where('status', '=', f.status));
  const total = (await q.select(countAll.as('n')).executeTakeFirstOrThrow()).n;
  const rows = await q.selectAll('s').orderBy('s.last_published', 'desc').orderBy('s.id').limit(p.limit).offset(p.offset).execute();
  return { total: Number(total), items: await describeStories(db, rows) };
}

type StoryRow = Omit<StoryItem, 'outlets' | 'claims'> & { origin_rule: string };

/** Adds each story's outlets and claim counts, two queries for the whole page. */
export async function describeStories(db: Kysely<Database>, rows: StoryRow[]): Promise<StoryItem[]> {
  const ids = rows.length ? rows.map((r) => r.id) : [''];
  const outlets = new Map<string, string[]>();
  for (const r of await db.selectFrom('story_articles as sa').innerJoin('articles as a', 'a.id', 'sa.article_id')
    .select(['sa.story_id', 'a.outlet']).where('sa.story_id', 'in', ids).orderBy('a.published').orderBy('a.id').execute()) {
    const list = outlets.get(r.story_id) ?? [];
    if (r.outlet != null && !list.includes(r.outlet)) list.push(r.outlet);
    outlets.set(r.story_id, list);
  }
  const claims = new Map<string, StoryItem['claims']>();
  for (const r of await db.selectFrom('claims').select(['story_id', 'status', countAll.as('n')]).where('story_id', 'in', ids).groupBy(['story_id', 'status']).execute()) {
    const c = claims.get(r.story_id) ?? { corroborated: 0, 'single-source': 0, contested: 0 };
    if (r.status in c) c[r.status as keyof StoryItem['claims']] = Number(r.n);
    claims.set(r.story_id, c);
  }
  return rows.map((r) => ({
    id: r.id, title: r.title, first_published: r.first_published, last_published: r.last_published, origin: r.origin,
    origin_article_id: r.origin_article_id, article_count: r.article_count,
    outlets: outlets.get(r.id) ?? [], claims: claims.get(r.id) ?? { corroborated: 0, 'single-source': 0, contested: 0 },
  }));
}

/** An actor as `attest actors` lists it, without its aliases. */
export type ActorItem = Omit<ActorSummary, 'aliases'>;

/** Actors, most-named first; `q` keeps those whose name contains it (case-insensitive). */
export async function listActorPage(db: Kysely<Database>, f: Filters, p: Paging): Promise<{ total: number; items: ActorItem[] }> {
  let q = db.selectFrom('actors as ac');
  if (f.type) q = q.where('ac.type', '=', f.type);
  if (f.q) q = q.where(sql<SqlBool>`lower(ac.name) like ${'%' + f.q.toLowerCase().replace(/[\\%_]/g, (ch) => '\\' + ch) + '%'} escape '\\'`);
  if (f.since) q = q.where('ac.last_seen', '>=', f.since);
  if (f.until) q = q.where('ac.first_seen', '<=', f.until);
  if (f.story)
    q = q.where('ac.id', 'in', db.selectFrom('article_actors as aa').innerJoin('story_articles as sa', 'sa.article_id', 'aa.article_id').select('aa.actor_id').where('sa.story_id', '=', f.story));
  if (f.outlet != null)
    q = q.where('ac.id', 'in', db.selectFrom('actor_aliases').select('actor_id').where('outlet', '=', f.outlet));
  const total = (await q.select(countAll.as('n')).executeTakeFirstOrThrow()).n;
  const items = await q.select(['ac.id', 'ac.type', 'ac.name', 'ac.article_count', 'ac.first_seen', 'ac.last_seen'])
    .orderBy('ac.article_count', 'desc').orderBy('ac.name').orderBy('ac.id').limit(p.limit).offset(p.offset).execute();
  return { total: Number(total), items };
}

/** Claims, newest story first, each with its supporting and contradicting statements. */
export async function listClaimPage(db: Kysely<Database>, f: Filters, p: Paging): Promise<{ total: number; items: ClaimView[] }> {
  let q = db.selectFrom('claims as c').innerJoin('stories as s', 's.id', 'c.story_id');
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.story) q = q.where('c.story_id', '=', f.story);
  if (f.since) q = q.where('s.last_published', '>=', f.since);
  if (f.until) q = q.where('s.first_published', '<=', f.until);
  if (f.outlet != null)
    q = q.where('c.id', 'in', db.selectFrom('claim_statements as cs').innerJoin('articles as a', 'a.id', 'cs.article_id').select('cs.claim_id').where('a.outlet', '=', f.outlet));
  if (f.actor)
    q = q.where('c.id', 'in', db.selectFrom('claim_statements as cs').innerJoin('statements as st', (j) => j.onRef('st.article_id', '=', 'cs.article_id').onRef('st.seq', '=', 'cs.statement_seq'))
      .innerJoin('article_actors as aa', (j) => j.onRef('aa.article_id', '=', 'st.article_id').onRef('aa.entity_id', '=', 'st.source_entity')).select('cs.claim_id').where('aa.actor_id', '=', f.actor));
  const total = (await q.select(countAll.as('n')).executeTakeFirstOrThrow()).n;
  const ids = (await q.select('c.id').orderBy('s.last_published', 'desc').orderBy('s.id').orderBy('c.id').limit(p.limit).offset(p.offset).execute()).map((r) => r.id);
  const claims = new Map((await readClaims(db, { ids })).map((c) => [c.id, c]));
  return { total: Number(total), items: ids.map((id) => claims.get(id)!).filter(Boolean) };
}
