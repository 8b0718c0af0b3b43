import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { fold } from './text-features.js';

/** One line of `attest actors`: an actor and each name it went by, with the outlets that used it. */
export interface ActorSummary {
  id: string;
  type: string;
  name: string;
  article_count: number;
  first_seen: string;
  last_seen: string;
  aliases: Array<{ alias: string; outlets: string[] }>;
}

/** `attest actor NAME`: one actor with its names per article, stories, labels and relations. */
export interface ActorView extends Omit<ActorSummary, 'aliases'> {
  rule: string;
  aliases: Array<{ alias: string; outlet: string | null; article: string }>;
  stories: Array<{ id: string; title: string | null; first_published: string; last_published: string; articles: string[] }>;
  labels: Array<{ outlet: string | null; labels: Array<{ label: string; articles: string[] }> }>;
  relations: ActorRelation[];
}

/** A per-article relation with the actor at one end; `other` is the actor at the other end (null when unlinked). */
export interface ActorRelation {
  /** Where this actor stands: 'subject' (it supports, leads, … the other) or 'object'. */
  role: 'subject' | 'object';
  predicate: string;
  other: { id: string; name: string } | null;
  /** The other end's entity id in the article, for when it links to no actor. */
  other_entity: string;
  article: string;
  text: string;
  start: number;
  end: number;
  rule: string;
}

const pushUnique = <T>(xs: T[], x: T) => {
  if (!xs.includes(x)) xs.push(x);
};

/** Actors, most-named first; `ids` limits the read to those actors. */
export async function listActors(db: Kysely<Database>, opts: { type?: string; minArticles?: number; ids?: readonly string[] } = {}): Promise<ActorSummary[]> {
  let q = db.selectFrom('actors').select(['id', 'type', 'name', 'article_count', 'first_seen', 'last_seen'])
    .orderBy('article_count', 'desc').orderBy('name').orderBy('id');
  if (opts.type) q = q.where('type', '=', opts.type);
  if (opts.minArticles) q = q.where('article_count', '>=', opts.minArticles);
  if (opts.ids) q = q.where('id', 'in', opts.ids.length ? [...opts.ids] : ['']);
  const actors = await q.execute();
  // One pass over the aliases of the listed actors (joined, not an IN list, so a large store needs no huge query).
  let aq = db.selectFrom('actor_aliases').innerJoin('actors', 'actors.id', 'actor_aliases.actor_id')
    .select(['actor_aliases.actor_id', 'actor_aliases.alias', 'actor_aliases.outlet'])
    .orderBy('actor_aliases.actor_id').orderBy('actor_aliases.alias').orderBy('actor_aliases.outlet');
  if (opts.type) aq = aq.where('actors.type', '=', opts.type);
  if (opts.minArticles) aq = aq.where('actors.article_count', '>=', opts.minArticles);
  if (opts.ids) aq = aq.where('actors.id', 'in', opts.ids.length ? [...opts.ids] : ['']);
  const aliases = new Map<string, Map<string, string[]>>();
  for (const r of await aq.execute()) {
    const byAlias = aliases.get(r.actor_id) ?? new Map<string, string[]>();
    const outlets = byAlias.get(r.alias) ?? [];
    if (r.outlet != null) pushUnique(outlets, r.outlet);
    byAlias.set(r.alias, outlets);
    aliases.set(r.actor_id, byAlias);
  }
  return actors.map((a) => ({ ...a, aliases: [...(aliases.get(a.id) ?? new Map<string, string[]>())].map(([alias, outlets]) => ({ alias, outlets })) }));
}

/**
 * The actors a person means by `query`: the one with that id, else every actor whose name or one of
 * whose aliases folds to the same text ("alina varga" finds "Alina Varga"; "Varga" finds her if an
 * outlet called her that). Folding is done here rather than in SQL, where the dialects differ.
 */
export async function findActors(db: Kysely<Database>, query: string, opts: { type?: string; minArticles?: number } = {}): Promise<ActorSummary[]> {
  const byId = await db.selectFrom('actors').select('id').where('id', '=', query).executeTakeFirst();
  if (byId) return listActors(db, { ...opts, ids: [byId.id] });
  const want = fold(query);
  if (!want) return [];
  const ids = new Set<string>();
  for (const a of await db.selectFrom('actors').select(['id', 'name']).execute()) if (fold(a.name) === want) ids.add(a.id);
  for (const a of await db.selectFrom('actor_aliases').select(['actor_id', 'alias']).distinct().execute()) if (fold(a.alias) === want) ids.add(a.actor_id);
  return ids.size ? listActors(db, { ...opts, ids: [...ids] }) : [];
}

/** One actor in full, or undefined when no actor has that id. Article ids are the inputs' (`input_id`). */
export async function readActor(db: Kysely<Database>, id: string): Promise<ActorView | undefined> {
  const a = await db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return undefined;
  // Deduplicated here, not with DISTINCT: PostgreSQL wants a DISTINCT query's ORDER BY columns selected.
  const aliasRows = await db.selectFrom('actor_aliases').innerJoin('articles', 'articles.id', 'actor_aliases.article_id')
    .select(['actor_aliases.alias', 'actor_aliases.outlet', 'articles.input_id as article'])
    .where('actor_aliases.actor_id', '=', id).orderBy('articles.published').orderBy('articles.id').orderBy('actor_aliases.alias').execute();
  const seen = new Set<string>();
  const aliases = aliasRows.filter((r) => {
    const key = JSON.stringify([r.alias, r.outlet, r.article]);
    return !seen.has(key) && !!seen.add(key);
  });
  // By outlet (none last, on both dialects), then as read: by date and article.
  aliases.sort((x, y) => (x.outlet === y.outlet ? 0 : x.outlet == null ? 1 : y.outlet == null ? -1 : x.outlet.localeCompare(y.outlet)));

  const storyRows = await db.selectFrom('article_actors').innerJoin('article_features', 'article_features.article_id', 'article_actors.article_id')
    .innerJoin('stories', 'stories.id', 'article_features.story_id').innerJoin('articles', 'articles.id', 'article_actors.article_id')
    .select(['stories.id', 'stories.title', 'stories.first_published', 'stories.last_published', 'articles.input_id'])
    .where('article_actors.actor_id', '=', id).orderBy('stories.first_published').orderBy('stories.id').orderBy('articles.published').orderBy('articles.id').execute();
  const stories = new Map<string, ActorView['stories'][number]>();
  for (const r of storyRows) {
    const s = stories.get(r.id) ?? { id: r.id, title: r.title, first_published: r.first_published, last_published: r.last_published, articles: [] };
    pushUnique(s.articles, r.input_id);
    stories.set(r.id, s);
  }

  const labelRows = await db.selectFrom('labels').innerJoin('articles', 'articles.id', 'labels.article_id')
    .select(['labels.outlet', 'labels.label', 'articles.input_id']).where('labels.actor_id', '=', id)
    .orderBy('labels.outlet').orderBy('articles.published').orderBy('labels.start').execute();
  const labels = new Map<string | null, ActorView['labels'][number]>();
  for (const r of labelRows) {
    const byOutlet = labels.get(r.outlet) ?? { outlet: r.outlet, labels: [] };
    const entry = byOutlet.labels.find((l) => l.label === r.label) ?? byOutlet.labels[byOutlet.labels.push({ label: r.label, articles: [] }) - 1]!;
    pushUnique(entry.articles, r.input_id);
    labels.set(r.outlet, byOutlet);
  }

  return {
    id: a.id, type: a.type, name: a.name, rule: a.rule, article_count: a.article_count, first_seen: a.first_seen, last_seen: a.last_seen,
    aliases, stories: [...stories.values()], labels: [...labels.values()], relations: await actorRelations(db, id),
  };
}

/** Relations rows whose subject or object entity links to the actor (article_actors), in article order. */
async function actorRelations(db: Kysely<Database>, id: string): Promise<ActorRelation[]> {
  // Driven from the actor's own links (indexed by actor), so only its articles' relations are read.
  const rows = await db.selectFrom('article_actors as me')
    .innerJoin('relations as r', (j) => j.onRef('r.article_id', '=', 'me.article_id')
      .on((eb) => eb.or([eb('r.subject', '=', eb.ref('me.entity_id')), eb('r.object', '=', eb.ref('me.entity_id'))])))
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .leftJoin('article_actors as s', (j) => j.onRef('s.article_id', '=', 'r.article_id').onRef('s.entity_id', '=', 'r.subject'))
    .leftJoin('article_actors as o', (j) => j.onRef('o.article_id', '=', 'r.article_id').onRef('o.entity_id', '=', 'r.object'))
    .leftJoin('actors as sa', 'sa.id', 's.actor_id')
    .leftJoin('actors as oa', 'oa.id', 'o.actor_id')
    .select(['a.input_id', 'a.published', 'r.article_id', 'r.seq', 'r.subject', 'r.predicate', 'r.object', 'r.text', 'r.start', 'r.end', 'r.rule',
      'me.entity_id', 'sa.id as subject_actor', 'sa.name as subject_name', 'oa.id as object_actor', 'oa.name as object_name'])
    .where('me.actor_id', '=', id).orderBy('a.published').orderBy('r.article_id').orderBy('r.seq').execute();
  return rows.map((r) => {
    const role = r.subject === r.entity_id ? 'subject' : 'object';
    const [otherId, otherName, otherEntity] = role === 'subject' ? [r.object_actor, r.object_name, r.object] : [r.subject_actor, r.subject_name, r.subject];
    return {
      role, predicate: r.predicate, other: otherId && otherName != null ? { id: otherId, name: otherName } : null, other_entity: otherEntity,
      article: r.input_id, text: r.text, start: r.start, end: r.end, rule: r.rule,
    };
  });
}
