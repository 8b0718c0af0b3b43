import type { Kysely } from 'kysely';
import type { ArticleRecord } from '../model/record.js';
import type { Database } from '../store/schema.js';
import { actorSlug, entityKeys, type EntityKeys } from './actor-keys.js';
import type { ActorRef } from './story-input.js';
import { fold } from './text-features.js';

interface Overrides {
  /** merged actor id → the actor it was merged into. */
  readonly merged: ReadonlyMap<string, string>;
  /** actor id → folded aliases split off it. */
  readonly split: ReadonlyMap<string, ReadonlySet<string>>;
}

export async function loadOverrides(db: Kysely<Database>): Promise<Overrides> {
  const merged = new Map<string, string>();
  const split = new Map<string, Set<string>>();
  for (const o of await db.selectFrom('actor_overrides').selectAll().orderBy('seq').execute()) {
    if (o.kind === 'merge') merged.set(o.other, o.target);
    else if (o.kind === 'split') split.set(o.target, (split.get(o.target) ?? new Set()).add(fold(o.other)));
  }
  return { merged, split };
}

const follow = (merged: ReadonlyMap<string, string>, id: string) => {
  for (let i = 0; i < 20 && merged.has(id); i++) id = merged.get(id)!;
  return id;
};

// Keys that only corrections write (never looked up as names: those are 'p:', 'g:', 'n:', 'o:' and their
// '~' and '=' forms). 'm:ID' keeps a merged-away actor's id taken, so ids stay those a person saw;
// 'stand-in:ID' marks a merge target made early, under the name of an actor merged into it (see place).
const MERGED_ID = 'm:';
const STAND_IN = 'stand-in:';

/**
 * A new actor id from the name: its slug, else the slug with the first free -2, -3, … Ids replay in
 * resolve order, so a rebuild gives each actor the id it had. Taken: actors' ids, merged-away ids and
 * `reserved` (actors a split keeps their ids for); free: a merge target's stand-in, which the entity
 * that gets its id then owns.
 */
async function freshActorId(db: Kysely<Database>, name: string, reserved: readonly string[] = []): Promise<string> {
  const base = actorSlug(name);
  // Exact look-ups, one id at a time: a LIKE prefix scan reads every actor (SQLite's LIKE uses no index).
  const key = async (k: string) => !!(await db.selectFrom('actor_keys').select('key').where('key', '=', k).executeTakeFirst());
  const taken = async (id: string) =>
    reserved.includes(id) || (((await key(`${MERGED_ID}${id}`)) || (await exists(db, id))) && !(await key(`${STAND_IN}${id}`)));
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) if (!(await taken(`${base}-${n}`))) return `${base}-${n}`;
}

/** Where an actor id points once merges are applied; `made` says whether that actor exists yet. */
async function place(db: Kysely<Database>, overrides: Overrides, id: string, made: boolean): Promise<{ id: string; made: boolean; merged: boolean }> {
  const to = follow(overrides.merged, id);
  if (to === id) return { id, made, merged: false };
  // A merged-away id that would be made now stays taken, so a later namesake gets the id it had.
  if (!made) await db.insertInto('actor_keys').values({ key: `${MERGED_ID}${id}`, actor_id: to, strength: 'merged' }).onConflict((oc) => oc.doNothing()).execute();
  return { id: to, made: await exists(db, to), merged: true };
}

/**
 * Makes actor `id` for entity `e`, or, when `id` is a stand-in (a merge target made early, named after
 * what was merged into it), gives it the entity's own name and type. `standIn`: `id` is a merge target
 * made for an entity merged into it, before the target's own entity came.
 */
async function make(db: Kysely<Database>, id: string, e: { type: string; name: string }, rule: string, published: string, standIn = false): Promise<void> {
  const mark = { key: `${STAND_IN}${id}`, actor_id: id, strength: 'stand-in' };
  if (await exists(db, id)) {
    // freshActorId hands out a stand-in's id only to an entity whose own id it is.
    await db.updateTable('actors').set({ type: e.type, name: e.name, rule }).where('id', '=', id).execute();
    await db.deleteFrom('actor_keys').where('key', '=', mark.key).execute();
    return;
  }
  await insertActor(db, id, e.type, e.name, rule, published);
  if (standIn) await db.insertInto('actor_keys').values(mark).onConflict((oc) => oc.doNothing()).execute();
}

/**
 * Links every entity of one stored article to a global actor (DESIGN.md 3.1) and records the links,
 * keys and aliases; returns entity id → actor. The ladder: a shared strong key (folded name, full
 * form, acronym) links at once, the actor with most shared keys winning; a one-word name ("Holloway",
 * "Corvane") links to the single actor it is the surname or short form of, and a full name to the
 * single actor known only by that one word; when two actors share it, a new one is made, so two people
 * with one surname stay apart. Corrections (actor_overrides) are applied last, to the actor found and
 * to the one an entity would make alike, so they hold through any rebuild: a merged actor's entities
 * go to the target (made early if need be: a target first seen later would otherwise stay apart), and
 * an entity that goes by a split-off alias (its name or any mention) goes to the actor made for that
 * split, one per actor and alias.
 */
export async function linkActors(db: Kysely<Database>, r: ArticleRecord, overrides: Overrides): Promise<Map<string, ActorRef>> {
  const out = new Map<string, ActorRef>();
  const counted = new Set<string>();
  for (const e of r.entities) {
    const keys = entityKeys(e);
    let { actorId, rule } = await findByKeys(db, keys);
    let made = !!actorId;
    if (!actorId) [actorId, rule] = [await freshActorId(db, e.name), 'actor.new'];
    const placed = await place(db, overrides, actorId, made);
    let standIn = false;
    if (placed.merged) [actorId, made, rule, standIn] = [placed.id, placed.made, 'actor.override-merge', !placed.made];
    const forms = new Set([fold(e.name), ...e.mention_spans.map((m) => fold(m.text))]);
    let [splitFrom, splitAlias]: [string | undefined, string | undefined] = [undefined, undefined];
    // A split holds after its actor is merged into another: the splits of every actor merged into this one count.
    for (const id of [actorId, ...[...overrides.split.keys()].filter((k) => k !== actorId && follow(overrides.merged, k) === actorId)]) {
      splitAlias = [...(overrides.split.get(id) ?? [])].find((a) => forms.has(a));
      if (splitAlias) {
        splitFrom = id;
        break;
      }
    }
    if (splitFrom && splitAlias) {
      const key = `x:${splitFrom}:${splitAlias}`;
      const hit = await db.selectFrom('actor_keys').select('actor_id').where('key', '=', key).executeTakeFirst();
      rule = 'actor.override-split';
      if (hit) [actorId, made] = [hit.actor_id, true];
      else {
        // The actor split from keeps its id (it is made at its next entity if this one would have made it).
        const split = await place(db, overrides, await freshActorId(db, e.name, [actorId, splitFrom]), false);
        [actorId, made, standIn] = [split.id, split.made, split.merged && !split.made];
        await db.insertInto('actor_keys').values({ key, actor_id: actorId, strength: 'split' }).onConflict((oc) => oc.doNothing()).execute();
      }
    }
    if (!made) await make(db, actorId, e, rule, r.published, standIn);
    const actor = await db.selectFrom('actors').select(['id', 'name', 'type']).where('id', '=', actorId).executeTakeFirstOrThrow();
    out.set(e.id, actor);
    // A split-off entity leaves no name keys: later entities reach its actor through the split key alone.
    if (!splitAlias) {
      const rows = [
        ...keys.strong.map((key) => ({ key, actor_id: actorId!, strength: 'name' })),
        ...keys.weak.map((key) => ({ key, actor_id: actorId!, strength: 'weak' })),
        ...(keys.bare && keys.strong[0] ? [{ key: keys.strong[0].replace(':', '='), actor_id: actorId, strength: 'bare' }] : []),
      ];
      if (rows.length) await db.insertInto('actor_keys').values(rows).onConflict((oc) => oc.doNothing()).execute();
    }
    await db.insertInto('article_actors').values({ article_id: r.id, entity_id: e.id, actor_id: actorId, published: r.published, rule })
      .onConflict((oc) => oc.doNothing()).execute();
    const aliases = [...new Set(e.mentions)].map((alias) => ({ actor_id: actorId!, alias, outlet: r.outlet, article_id: r.id, rule }));
    if (aliases.length) await db.insertInto('actor_aliases').values(aliases).execute();
    if (!counted.has(actorId)) {
      counted.add(actorId);
      const a = await db.selectFrom('actors').select(['first_seen', 'last_seen']).where('id', '=', actorId).executeTakeFirstOrThrow();
      await db.updateTable('actors').set((eb) => ({
        article_count: eb('article_count', '+', 1),
        first_seen: r.published < a.first_seen ? r.published : a.first_seen,
        last_seen: r.published > a.last_seen ? r.published : a.last_seen,
      })).where('id', '=', actorId).execute();
    }
  }
  return out;
}

/** The key ladder's answer for one entity: the actor its keys link it to, and by which rung (none: a new actor). */
async function findByKeys(db: Kysely<Database>, keys: EntityKeys): Promise<{ actorId: string | undefined; rule: string }> {
  const strongHits = keys.strong.length
    ? await db.selectFrom('actor_keys').select(['actor_id', 'key']).where('key', 'in', keys.strong).where('strength', '=', 'name').execute()
    : [];
  if (strongHits.length) {
    const count = new Map<string, number>();
    for (const h of strongHits) count.set(h.actor_id, (count.get(h.actor_id) ?? 0) + 1);
    return { actorId: [...count.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0], rule: 'actor.name' };
  }
  if (keys.bare && keys.strong[0]) {
    const weakOf = keys.strong[0].replace(':', '~');
    const ids = [...new Set((await db.selectFrom('actor_keys').select('actor_id').where('key', '=', weakOf).execute()).map((h) => h.actor_id))];
    return ids.length === 1 ? { actorId: ids[0], rule: 'actor.unique-short-form' } : { actorId: undefined, rule: 'actor.new' };
  }
  if (keys.weak.length) {
    const bareKeys = keys.weak.map((k) => k.replace('~', '='));
    const hits = await db.selectFrom('actor_keys').select(['actor_id', 'key']).where('key', 'in', bareKeys).where('strength', '=', 'bare').execute();
    const ids = [...new Set(hits.map((h) => h.actor_id))];
    if (ids.length === 1) return { actorId: ids[0], rule: 'actor.full-name-of-bare' };
  }
  return { actorId: undefined, rule: 'actor.new' };
}

const exists = async (db: Kysely<Database>, id: string) => !!(await db.selectFrom('actors').select('id').where('id', '=', id).executeTakeFirst());

async function insertActor(db: Kysely<Database>, id: string, type: string, name: string, rule: string, published: string) {
  await db.insertInto('actors').values({ id, type, name, rule, article_count: 0, first_seen: published, last_seen: published }).execute();
}
