import type { Kysely } from 'kysely';
import type { Store } from '../store/open-store.js';
import type { ActorOverrideTable, Database } from '../store/schema.js';
import { withWriteTransaction } from '../store/with-write-transaction.js';
import { rebuild } from './run-resolve.js';
import { fold } from './text-features.js';

/** A correction a person asked for: `merge` (other's links go to target) or `split` (entities named other are not target). */
export interface OverrideRequest {
  kind: 'merge' | 'split';
  target: string;
  other: string;
}

/** A request that names no such actor or alias: the caller prints `message` and exits 2. */
export class OverrideRefused extends Error {}

/** What one actor looks like before and after a correction (null: it is not in the store). */
export interface ActorState {
  id: string;
  name: string;
  article_count: number;
}

export interface OverrideOutcome {
  override: ActorOverrideTable;
  before: { actors: number; stories: number; target: ActorState | null; other: ActorState | null };
  /** For a split: the actors that hold the alias, in the articles where the target held it before. */
  after: { actors: number; stories: number; target: ActorState | null; other: ActorState | null; alias_now: AliasHolder[] };
  resolved: number;
}

async function actorState(db: Kysely<Database>, id: string): Promise<ActorState | null> {
  return (await db.selectFrom('actors').select(['id', 'name', 'article_count']).where('id', '=', id).executeTakeFirst()) ?? null;
}

async function counts(db: Kysely<Database>) {
  const n = async (t: 'actors' | 'stories') => Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { actors: await n('actors'), stories: await n('stories') };
}

/** An actor that holds a split alias, and the articles (ids as the inputs gave them) it holds it in. */
export interface AliasHolder extends ActorState {
  articles: string[];
}

/** The actors whose aliases fold to `alias` (in `articles`, store ids, when given): where a split alias went. */
async function holdersOf(db: Kysely<Database>, alias: string, articles?: ReadonlySet<string>): Promise<AliasHolder[]> {
  const want = fold(alias);
  const rows = await db.selectFrom('actor_aliases').innerJoin('actors', 'actors.id', 'actor_aliases.actor_id')
    .innerJoin('articles', 'articles.id', 'actor_aliases.article_id')
    .select(['actors.id', 'actors.name', 'actors.article_count', 'actor_aliases.alias', 'actor_aliases.article_id', 'articles.input_id']).execute();
  const out = new Map<string, AliasHolder>();
  for (const r of rows) {
    if (fold(r.alias) !== want || (articles && !articles.has(r.article_id))) continue;
    const h = out.get(r.id) ?? { id: r.id, name: r.name, article_count: r.article_count, articles: [] };
    if (!h.articles.includes(r.input_id)) h.articles.push(r.input_id);
    out.set(r.id, h);
  }
  for (const h of out.values()) h.articles.sort();
  return [...out.values()].sort((x, y) => x.id.localeCompare(y.id));
}

/** Store ids of the articles where `actor` goes by `alias` (folded). */
async function aliasArticles(db: Kysely<Database>, actor: string, alias: string): Promise<Set<string>> {
  const want = fold(alias);
  const rows = await db.selectFrom('actor_aliases').select(['alias', 'article_id']).where('actor_id', '=', actor).execute();
  return new Set(rows.filter((r) => fold(r.alias) === want).map((r) => r.article_id));
}

/** Refuses a request that names an actor or alias the store does not have (or merges an actor with itself). */
async function validate(db: Kysely<Database>, req: OverrideRequest): Promise<void> {
  const target = await actorState(db, req.target);
  if (!target) throw new OverrideRefused(`no actor ${JSON.stringify(req.target)} (use an actor id from attest actors)`);
  if (req.kind === 'merge') {
    if (req.other === req.target) throw new OverrideRefused(`cannot merge ${JSON.stringify(req.target)} into itself`);
    if (!(await actorState(db, req.other))) throw new OverrideRefused(`no actor ${JSON.stringify(req.other)} (use an actor id from attest actors)`);
    return;
  }
  const want = fold(req.other);
  const aliases = [...new Set((await db.selectFrom('actor_aliases').select('alias').where('actor_id', '=', req.target).execute()).map((r) => r.alias))].sort();
  if (!want || !aliases.some((a) => fold(a) === want))
    throw new OverrideRefused(`${JSON.stringify(req.other)} is not an alias of ${req.target}; its aliases: ${aliases.map((a) => JSON.stringify(a)).join(', ') || 'none'}`);
  // Every entity that goes by its own name would leave it: the actor would be gone, not split.
  if (fold(target.name) === want)
    throw new OverrideRefused(`${JSON.stringify(req.other)} is ${req.target}'s own name; split off another of its aliases, or merge the actor into the right one`);
}

/**
 * Records one correction in actor_overrides (seq = max + 1, so corrections replay in the order they were
 * made) and applies it with a rebuild, which re-links every article through the overrides. Returns the
 * store's actors and stories before and after, so the caller can say what changed.
 */
export async function recordOverride(store: Store, req: OverrideRequest, now: Date = new Date()): Promise<OverrideOutcome> {
  await validate(store.db, req);
  const moved = req.kind === 'split' ? await aliasArticles(store.db, req.target, req.other) : new Set<string>();
  const before = { ...(await counts(store.db)), target: await actorState(store.db, req.target), other: await actorState(store.db, req.other) };
  const override = await withWriteTransaction(store, async (db) => {
    const { max } = await db.selectFrom('actor_overrides').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirstOrThrow();
    const row: ActorOverrideTable = { seq: Number(max ?? 0) + 1, kind: req.kind, target: req.target, other: req.other, created_at: now.toISOString() };
    await db.insertInto('actor_overrides').values(row).execute();
    return row;
  });
  const run = await rebuild(store);
  const after = {
    ...(await counts(store.db)),
    target: await actorState(store.db, req.target),
    other: req.kind === 'merge' ? await actorState(store.db, req.other) : null,
    alias_now: req.kind === 'split' ? await holdersOf(store.db, req.other, moved) : [],
  };
  return { override, before: req.kind === 'merge' ? before : { ...before, other: null }, after, resolved: run.resolved };
}
