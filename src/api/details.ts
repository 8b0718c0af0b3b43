import { sql, type Kysely } from 'kysely';
import type { ArticleRecord } from '../model/record.js';
import { readActor, type ActorView } from '../resolve/read-actors.js';
import { readStories, type StoryView } from '../resolve/read-stories.js';
import { readTimeline, type TimelineEntry } from '../resolve/read-timeline.js';
import { loadRecord } from '../store/load-record.js';
import type { Database } from '../store/schema.js';
import { describeStories, type StoryItem } from './lists.js';

/** The story an article belongs to, and the part it plays there. */
export interface ArticleStory {
  id: string;
  title: string | null;
  role: string;
  rule: string;
  evidence: string | null;
}

/** A claim one of the article's statements makes or contradicts: `seq` is the statement's index in the record. */
export interface StatementClaim {
  seq: number;
  claim_id: string;
  status: string;
  role: string;
  summary: string;
}

/** `/api/articles/:id`: the whole record, where the article stands in its story, and its statements' claims. */
export interface ArticleView {
  ok: true;
  id: string;
  input_id: string;
  record: ArticleRecord;
  story: ArticleStory | null;
  claims: StatementClaim[];
}

/** The store key for `id`: the key itself, else the first article the input called that. */
export async function articleKey(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const byKey = await db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
  if (byKey) return byKey.id;
  return (await db.selectFrom('articles').select('id').where('input_id', '=', id).orderBy('id').executeTakeFirst())?.id;
}

export async function readArticleView(db: Kysely<Database>, id: string): Promise<ArticleView | undefined> {
  const key = await articleKey(db, id);
  const record = key && (await loadRecord(db, key));
  if (!key || !record) return undefined;
  const head = await db.selectFrom('articles').select('input_id').where('id', '=', key).executeTakeFirstOrThrow();
  const story = await db.selectFrom('story_articles as sa').innerJoin('stories as s', 's.id', 'sa.story_id')
    .select(['s.id', 's.title', 'sa.role', 'sa.rule', 'sa.evidence']).where('sa.article_id', '=', key).executeTakeFirst();
  const claims = await db.selectFrom('claim_statements as cs').innerJoin('claims as c', 'c.id', 'cs.claim_id')
    .select(['cs.statement_seq as seq', 'c.id as claim_id', 'c.status', 'cs.role', 'c.summary'])
    .where('cs.article_id', '=', key).orderBy('cs.statement_seq').orderBy('c.id').execute();
  return { ok: true, id: key, input_id: head.input_id, record, story: story ?? null, claims };
}

/** One member article of a story, with the store key pages link to. */
export interface StoryMember {
  id: string;
  input_id: string;
  outlet: string | null;
  published: string;
  title: string | null;
  role: string;
  rule: string;
  evidence: string | null;
}

/** `/api/stories/:id`: the story as `attest story --json` gives it, its members and its summary counts. */
export interface StoryDetail {
  ok: true;
  story: StoryView;
  summary: StoryItem;
  members: StoryMember[];
  /** The texts of the first STORY_TEXTS members with their statements' spans and claims, for the page to mark. */
  texts: MemberText[];
}

export interface MemberText {
  id: string;
  text: string;
  statements: Array<{ seq: number; start: number; end: number; source: string; source_kind: string; source_count: number | null; stance: string; via: string | null; rule: string; claims: string[] }>;
}

/** How many member texts a story detail carries: the earliest, the ones people read first. */
export const STORY_TEXTS = 12;

export async function readStoryDetail(db: Kysely<Database>, id: string): Promise<StoryDetail | undefined> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [story] = await readStories(db, { ids: [id] });
  const members = await db.selectFrom('story_articles as sa').innerJoin('articles as a', 'a.id', 'sa.article_id')
    .select(['a.id', 'a.input_id', 'a.outlet', 'a.published', 'a.title', 'sa.role', 'sa.rule', 'sa.evidence'])
    .where('sa.story_id', '=', id).orderBy('a.published').orderBy('a.id').execute();
  const [summary] = await describeStories(db, [row]);
  return { ok: true, story: story!, summary: summary!, members, texts: await memberTexts(db, id, members.slice(0, STORY_TEXTS).map((m) => m.id)) };
}

async function memberTexts(db: Kysely<Database>, storyId: string, ids: string[]): Promise<MemberText[]> {
  if (!ids.length) return [];
  const texts = await db.selectFrom('articles').select(['id', 'text']).where('id', 'in', ids).execute();
  const statements = await db.selectFrom('statements').select(['article_id', 'seq', 'start', 'end', 'source', 'source_kind', 'source_count', 'stance', 'via', 'rule'])
    .where('article_id', 'in', ids).orderBy('article_id').orderBy('seq').execute();
  const claims = await db.selectFrom('claim_statements as cs').innerJoin('claims as c', 'c.id', 'cs.claim_id')
    .select(['cs.article_id', 'cs.statement_seq', 'cs.claim_id']).where('c.story_id', '=', storyId).where('cs.article_id', 'in', ids).execute();
  const claimsOf = new Map<string, string[]>();
  for (const c of claims) {
    const key = `${c.article_id} ${c.statement_seq}`;
    claimsOf.set(key, [...(claimsOf.get(key) ?? []), c.claim_id]);
  }
  const byId = new Map(texts.map((t) => [t.id, t.text]));
  return ids.map((id) => ({
    id, text: byId.get(id) ?? '',
    statements: statements.filter((st) => st.article_id === id).map(({ article_id: _a, ...st }) => ({ ...st, claims: claimsOf.get(`${id} ${st.seq}`) ?? [] })),
  }));
}

/** A statement an actor makes (`by`) or whose content names it (`about`). */
export interface ActorStatement {
  article_id: string;
  input_id: string;
  outlet: string | null;
  published: string;
  seq: number;
  source: string;
  source_kind: string;
  stance: string;
  content: string;
}

/** `/api/actors/:id`: the actor as `attest actor --json` gives it, plus its statements, timeline and neighbours. */
export interface ActorDetail {
  ok: true;
  actor: ActorView;
  statements_by: ActorStatement[];
  statements_about: ActorStatement[];
  timeline: TimelineEntry[];
  neighbours: Array<{ id: string; name: string; predicates: string[]; count: number }>;
}

/** At most this many statements of each kind on an actor's page: the newest. */
const ACTOR_STATEMENTS = 100;

export async function readActorDetail(db: Kysely<Database>, id: string): Promise<ActorDetail | undefined> {
  const actor = await readActor(db, id);
  if (!actor) return undefined;
  const COLUMNS = ['a.id as article_id', 'a.input_id', 'a.outlet', 'a.published', 'st.seq', 'st.source', 'st.source_kind', 'st.stance', 'st.content'] as const;
  const from = () => db.selectFrom('article_actors as aa').innerJoin('articles as a', 'a.id', 'aa.article_id');
  const by = await from().innerJoin('statements as st', (j) => j.onRef('st.article_id', '=', 'aa.article_id').onRef('st.source_entity', '=', 'aa.entity_id'))
    .select(COLUMNS).where('aa.actor_id', '=', id).orderBy('a.published', 'desc').orderBy('a.id').orderBy('st.seq').limit(ACTOR_STATEMENTS).execute();
  // About: a mention of the actor inside the statement's content span.
  const about = await from().innerJoin('statements as st', 'st.article_id', 'aa.article_id').select(COLUMNS)
    .where('aa.actor_id', '=', id)
    .where((eb) => eb.exists(eb.selectFrom('mentions as m').select(sql`1`.as('x')).whereRef('m.article_id', '=', 'aa.article_id').whereRef('m.entity_id', '=', 'aa.entity_id')
      .whereRef('m.start', '>=', 'st.content_start').whereRef('m.end', '<=', 'st.content_end')))
    .orderBy('a.published', 'desc').orderBy('a.id').orderBy('st.seq').limit(ACTOR_STATEMENTS).execute();
  const neighbours = new Map<string, ActorDetail['neighbours'][number]>();
  for (const r of actor.relations) {
    if (!r.other || r.other.id === id) continue;
    const n = neighbours.get(r.other.id) ?? { id: r.other.id, name: r.other.name, predicates: [], count: 0 };
    const label = r.role === 'subject' ? r.predicate : `${r.predicate} (by)`;
    if (!n.predicates.includes(label)) n.predicates.push(label);
    n.count++;
    neighbours.set(r.other.id, n);
  }
  return {
    ok: true, actor, statements_by: by, statements_about: about, timeline: await readTimeline(db, { actor: id }),
    neighbours: [...neighbours.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)),
  };
}
