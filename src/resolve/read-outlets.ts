import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { CLAIM_STATUSES } from './read-claims.js';

/**
 * An outlet's sourcing profile (`/api/outlets`, `/api/outlets/:name`): whom its statements rest on,
 * how often it breaks, relays or independently reports a story, what became of the claims it carried,
 * and the words it uses for actors beside the words of other outlets. Every query starts from
 * `articles.outlet` and reaches the other tables through their keys (statements, story_articles,
 * claim_statements by primary key; claims and labels by story, labels by actor), so an outlet's
 * profile reads its own rows only. Lists are capped; counts are aggregated in SQL.
 */

/**
 * The source_kind values that name nobody: FORMAT.md's "sources", "people familiar with the matter".
 * `unnamed_official` is left out on purpose: a spokesman speaks for a named body (and the extractor
 * gives that kind to bodies as well); it is still counted in `by_source_kind`.
 */
export const ANONYMOUS_KINDS = ['anonymous'] as const;
export const STORY_ROLES = ['origin', 'relay', 'independent'] as const;
export type StoryRole = (typeof STORY_ROLES)[number];

const RECENT_ARTICLES = 20;
const LISTED_STORIES = 20;
const LABELLED_ACTORS = 50;

/** One line of `/api/outlets`. */
export interface OutletSummary {
  outlet: string;
  articles: number;
  first_published: string;
  last_published: string;
  statements: number;
  /** Share of its statements whose source_kind is one of ANONYMOUS_KINDS (0 when it has none). */
  anonymous_share: number;
  /** How many of its articles have each role in their story. */
  origin: number;
  relay: number;
  independent: number;
}

export interface OutletArticle {
  /** The store key (articles.id); `input_id` is the id the input gave. */
  id: string;
  input_id: string;
  title: string | null;
  published: string;
}

/** A story one of its articles is in; `role` is its most original article's (origin, then independent, then relay). */
export interface OutletStory {
  id: string;
  title: string | null;
  first_published: string;
  last_published: string;
  role: string;
  /** Its articles in the story, as input ids. */
  articles: string[];
}

export interface LabelUse {
  label: string;
  uses: number;
}

/** The words it uses for one actor, beside those of every other outlet that labels the same actor. */
export interface OutletActorLabels {
  /** Null for a name no actor was linked to: then "the same actor" means that name in the same stories. */
  actor_id: string | null;
  actor: string;
  labels: LabelUse[];
  others: Array<{ outlet: string; labels: LabelUse[] }>;
}

export interface OutletProfile {
  outlet: string;
  articles: number;
  first_published: string;
  last_published: string;
  /** Newest first, up to RECENT_ARTICLES. */
  recent: OutletArticle[];
  statements: {
    total: number;
    by_source_kind: Record<string, number>;
    by_stance: Record<string, number>;
    anonymous: number;
    anonymous_share: number;
    /** How many sources the anonymous statements say stand behind them, e.g. {"1": 4, "2": 3, "unknown": 2}. */
    anonymous_source_count: Record<string, number>;
  };
  /** Articles per role, and the distinct stories they are in. */
  roles: Record<StoryRole, number>;
  story_count: number;
  /** Newest story first, up to LISTED_STORIES. */
  stories: OutletStory[];
  /** Distinct claims its statements support or contradict, by the claim's status; `contradicted` of them it contradicts. */
  claims: { total: number; by_status: Record<string, number>; contradicted: number };
  /** Most-labelled actor first, up to LABELLED_ACTORS. */
  labels: OutletActorLabels[];
}

// count() and sum() are bigint/numeric in PostgreSQL, which pg returns as strings: cast, and Number() in case.
const countAll = sql<number>`cast(count(*) as integer)`;
const anonymousCase = sql<number>`cast(sum(case when s.source_kind in (${sql.join([...ANONYMOUS_KINDS])}) then 1 else 0 end) as integer)`;
const num = (v: unknown) => Number(v ?? 0);
// Code-unit order, the same on both dialects (PostgreSQL's collation would sort names differently from SQLite's).
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const share = (part: number, whole: number) => (whole ? part / whole : 0);
const zeroRoles = (): Record<StoryRole, number> => ({ origin: 0, relay: 0, independent: 0 });
const isRole = (r: string): r is StoryRole => (STORY_ROLES as readonly string[]).includes(r);
// `in ()` is a syntax error: an empty list matches nothing instead.
const nonEmpty = (xs: readonly string[]) => (xs.length ? [...xs] : ['']);

/** Every outlet with at least one article, most articles first, then by name. Articles with no outlet are left out. */
export async function listOutlets(db: Kysely<Database>): Promise<OutletSummary[]> {
  const heads = await db.selectFrom('articles').where('outlet', 'is not', null)
    .select((eb) => ['outlet', countAll.as('n'), eb.fn.min('published').as('first'), eb.fn.max('published').as('last')])
    .groupBy('outlet').execute();
  const statements = await db.selectFrom('articles as a').innerJoin('statements as s', 's.article_id', 'a.id').where('a.outlet', 'is not', null)
    .select(['a.outlet', countAll.as('n'), anonymousCase.as('anonymous')]).groupBy('a.outlet').execute();
  const roles = await db.selectFrom('articles as a').innerJoin('story_articles as sa', 'sa.article_id', 'a.id').where('a.outlet', 'is not', null)
    .select(['a.outlet', 'sa.role', countAll.as('n')]).groupBy(['a.outlet', 'sa.role']).execute();

  const stats = new Map(statements.map((r) => [r.outlet, r]));
  const roleCounts = new Map<string, Record<StoryRole, number>>();
  for (const r of roles) {
    if (r.outlet == null || !isRole(r.role)) continue;
    const c = roleCounts.get(r.outlet) ?? zeroRoles();
    c[r.role] += num(r.n);
    roleCounts.set(r.outlet, c);
  }
  return heads.flatMap((h) => {
    if (h.outlet == null) return [];
    const s = stats.get(h.outlet);
    const total = num(s?.n);
    return [{
      outlet: h.outlet, articles: num(h.n), first_published: String(h.first), last_published: String(h.last),
      statements: total, anonymous_share: share(num(s?.anonymous), total), ...(roleCounts.get(h.outlet) ?? zeroRoles()),
    }];
  }).sort((a, b) => b.articles - a.articles || byText(a.outlet, b.outlet));
}

/** The sourcing profile of one outlet, or undefined when no article has that outlet. */
export async function readOutlet(db: Kysely<Database>, name: string): Promise<OutletProfile | undefined> {
  const head = await db.selectFrom('articles').where('outlet', '=', name)
    .select((eb) => [countAll.as('n'), eb.fn.min('published').as('first'), eb.fn.max('published').as('last')]).executeTakeFirst();
  if (!head || !num(head.n)) return undefined;
  const recent = await db.selectFrom('articles').where('outlet', '=', name).select(['id', 'input_id', 'title', 'published'])
    .orderBy('published', 'desc').orderBy('id', 'desc').limit(RECENT_ARTICLES).execute();
  return {
    outlet: name, articles: num(head.n), first_published: String(head.first), last_published: String(head.last), recent,
    statements: await statementStats(db, name), ...(await storyRoles(db, name)), claims: await claimStatuses(db, name),
    labels: await outletLabels(db, name),
  };
}

/** Statements by kind and stance, and the anonymous ones by how many sources they claim: one grouped query. */
async function statementStats(db: Kysely<Database>, name: string): Promise<OutletProfile['statements']> {
  const rows = await db.selectFrom('articles as a').innerJoin('statements as s', 's.article_id', 'a.id').where('a.outlet', '=', name)
    .select(['s.source_kind', 's.stance', 's.source_count', countAll.as('n')]).groupBy(['s.source_kind', 's.stance', 's.source_count']).execute();
  const out: OutletProfile['statements'] = { total: 0, by_source_kind: {}, by_stance: {}, anonymous: 0, anonymous_share: 0, anonymous_source_count: {} };
  const counts = new Map<number | null, number>();
  for (const r of rows) {
    const n = num(r.n);
    out.total += n;
    out.by_source_kind[r.source_kind] = (out.by_source_kind[r.source_kind] ?? 0) + n;
    out.by_stance[r.stance] = (out.by_stance[r.stance] ?? 0) + n;
    if (!(ANONYMOUS_KINDS as readonly string[]).includes(r.source_kind)) continue;
    out.anonymous += n;
    const c = r.source_count == null ? null : num(r.source_count);
    counts.set(c, (counts.get(c) ?? 0) + n);
  }
  // Counts ascending, "unknown" (not said) last.
  for (const [c, n] of [...counts].sort(([x], [y]) => (x ?? Infinity) - (y ?? Infinity))) out.anonymous_source_count[c == null ? 'unknown' : String(c)] = n;
  out.anonymous_share = share(out.anonymous, out.total);
  return out;
}

const ROLE_RANK: Record<string, number> = { origin: 0, independent: 1, relay: 2 };

async function storyRoles(db: Kysely<Database>, name: string): Promise<Pick<OutletProfile, 'roles' | 'story_count' | 'stories'>> {
  const members = () => db.selectFrom('articles as a').innerJoin('story_articles as sa', 'sa.article_id', 'a.id').where('a.outlet', '=', name);
  const roles = zeroRoles();
  for (const r of await members().select(['sa.role', countAll.as('n')]).groupBy('sa.role').execute()) if (isRole(r.role)) roles[r.role] += num(r.n);
  const distinct = await members().select(sql<number>`cast(count(distinct sa.story_id) as integer)`.as('n')).executeTakeFirst();
  // Grouped rather than DISTINCT: PostgreSQL wants a DISTINCT query's ORDER BY columns selected, and GROUP BY bounds it the same.
  const stories = await members().innerJoin('stories as st', 'st.id', 'sa.story_id')
    .select(['st.id', 'st.title', 'st.first_published', 'st.last_published']).groupBy(['st.id', 'st.title', 'st.first_published', 'st.last_published'])
    .orderBy('st.first_published', 'desc').orderBy('st.id').limit(LISTED_STORIES).execute();
  const roleRows = stories.length
    ? await members().where('sa.story_id', 'in', stories.map((s) => s.id)).select(['sa.story_id', 'sa.role', 'a.input_id'])
      .orderBy('a.published').orderBy('a.id').execute()
    : [];
  return {
    roles, story_count: num(distinct?.n),
    stories: stories.map((s) => {
      const mine = roleRows.filter((r) => r.story_id === s.id);
      const role = mine.map((r) => r.role).sort((x, y) => (ROLE_RANK[x] ?? 3) - (ROLE_RANK[y] ?? 3))[0] ?? '';
      return { id: s.id, title: s.title, first_published: s.first_published, last_published: s.last_published, role, articles: mine.map((r) => r.input_id) };
    }),
  };
}

/** Distinct claims carried by its statements, by final status: reached via its stories' claims, then the claim_statements key. */
async function claimStatuses(db: Kysely<Database>, name: string): Promise<OutletProfile['claims']> {
  const rows = await db.selectFrom('articles as a').innerJoin('story_articles as sa', 'sa.article_id', 'a.id')
    .innerJoin('claims as c', 'c.story_id', 'sa.story_id')
    .innerJoin('claim_statements as cs', (j) => j.onRef('cs.claim_id', '=', 'c.id').onRef('cs.article_id', '=', 'a.id'))
    .where('a.outlet', '=', name)
    .select(['c.status', sql<number>`cast(count(distinct c.id) as integer)`.as('n'),
      sql<number>`cast(count(distinct case when cs.role = 'contradicts' then c.id end) as integer)`.as('against')])
    .groupBy('c.status').execute();
  const by_status: Record<string, number> = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0]));
  let total = 0;
  let contradicted = 0;
  for (const r of rows) {
    // A claim has one status, so the groups are disjoint and add up.
    by_status[r.status] = num(r.n);
    total += num(r.n);
    contradicted += num(r.against);
  }
  return { total, by_status, contradicted };
}

const labelUses = (rows: Array<{ label: string; uses: unknown }>): LabelUse[] =>
  rows.map((r) => ({ label: r.label, uses: num(r.uses) })).sort((a, b) => b.uses - a.uses || byText(a.label, b.label));

/**
 * The actors it labels and the labels of the other outlets for each. A linked actor is compared
 * across the store (labels_actor index); a name no actor was linked to only within the stories this
 * outlet is in, since a bare name in another story may be someone else.
 */
async function outletLabels(db: Kysely<Database>, name: string): Promise<OutletActorLabels[]> {
  // Through story_articles so labels are found by story (labels_story), then kept to this outlet's articles.
  const mine = () => db.selectFrom('articles as a').innerJoin('story_articles as sa', 'sa.article_id', 'a.id')
    .innerJoin('labels as l', (j) => j.onRef('l.story_id', '=', 'sa.story_id').onRef('l.article_id', '=', 'a.id'))
    .where('a.outlet', '=', name);
  // The actor key: its id, or its name when unlinked.
  const unlinked = sql<string | null>`case when l.actor_id is null then l.actor_name end`;
  const actors = await mine().select([ 'l.actor_id', unlinked.as('unlinked'), sql<string>`min(l.actor_name)`.as('actor_name'), countAll.as('uses')])
    .groupBy(['l.actor_id', unlinked]).orderBy(sql`count(*)`, 'desc').orderBy(sql`min(l.actor_name)`).limit(LABELLED_ACTORS).execute();
  if (!actors.length) return [];
  const ids = actors.flatMap((a) => (a.actor_id != null ? [a.actor_id] : []));
  const names = actors.flatMap((a) => (a.actor_id == null && a.unlinked != null ? [a.unlinked] : []));
  const key = (id: string | null, actorName: string | null) => (id != null ? `id:${id}` : `name:${actorName}`);

  const own = await mine()
    .where((eb) => eb.or([eb('l.actor_id', 'in', nonEmpty(ids)), eb.and([eb('l.actor_id', 'is', null), eb('l.actor_name', 'in', nonEmpty(names))])]))
    .select(['l.actor_id', 'l.actor_name', 'l.label', countAll.as('uses')]).groupBy(['l.actor_id', 'l.actor_name', 'l.label']).execute();
  // `<>` also leaves out labels from articles with no outlet.
  const linkedOthers = ids.length
    ? await db.selectFrom('labels as l').where('l.actor_id', 'in', ids).where('l.outlet', '<>', name)
      .select(['l.actor_id', 'l.actor_name', 'l.outlet', 'l.label', countAll.as('uses')]).groupBy(['l.actor_id', 'l.actor_name', 'l.outlet', 'l.label']).execute()
    : [];
  const unlinkedOthers = names.length
    ? await db.selectFrom('labels as l').where('l.actor_id', 'is', null).where('l.actor_name', 'in', names).where('l.outlet', '<>', name)
      .where('l.story_id', 'in', db.selectFrom('articles as a').innerJoin('story_articles as sa', 'sa.article_id', 'a.id').where('a.outlet', '=', name).select('sa.story_id'))
      .select(['l.actor_id', 'l.actor_name', 'l.outlet', 'l.label', countAll.as('uses')]).groupBy(['l.actor_id', 'l.actor_name', 'l.outlet', 'l.label']).execute()
    : [];
  const actorNames = new Map(ids.length ? (await db.selectFrom('actors').where('id', 'in', ids).select(['id', 'name']).execute()).map((a) => [a.id, a.name]) : []);

  const out = new Map<string, OutletActorLabels & { uses: number; byOutlet: Map<string, Map<string, number>> }>();
  for (const a of actors) {
    out.set(key(a.actor_id, a.unlinked), {
      actor_id: a.actor_id, actor: (a.actor_id != null ? actorNames.get(a.actor_id) : undefined) ?? a.actor_name, labels: [], others: [], uses: num(a.uses), byOutlet: new Map(),
    });
  }
  // Rows are grouped by actor_name as well (one actor goes by several names): add them up per label.
  const add = (m: Map<string, number>, label: string, n: unknown) => m.set(label, (m.get(label) ?? 0) + num(n));
  const ownUses = new Map<string, Map<string, number>>();
  for (const r of own) {
    const k = key(r.actor_id, r.actor_name);
    if (!out.has(k)) continue;
    add(ownUses.get(k) ?? ownUses.set(k, new Map()).get(k)!, r.label, r.uses);
  }
  for (const r of [...linkedOthers, ...unlinkedOthers]) {
    const entry = out.get(key(r.actor_id, r.actor_name));
    if (!entry || r.outlet == null) continue;
    add(entry.byOutlet.get(r.outlet) ?? entry.byOutlet.set(r.outlet, new Map()).get(r.outlet)!, r.label, r.uses);
  }
  const toUses = (m: Map<string, number> | undefined) => labelUses([...(m ?? [])].map(([label, uses]) => ({ label, uses })));
  return [...out.entries()]
    .map(([k, e]) => ({ ...e, labels: toUses(ownUses.get(k)), others: [...e.byOutlet].sort(([x], [y]) => byText(x, y)).map(([outlet, m]) => ({ outlet, labels: toUses(m) })) }))
    .sort((a, b) => b.uses - a.uses || byText(a.actor, b.actor))
    .map(({ actor_id, actor, labels, others }) => ({ actor_id, actor, labels, others }));
}
