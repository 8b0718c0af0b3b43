import type { Kysely } from 'kysely';
import type { ArticleRecord } from '../model/record.js';
import type { Database } from '../store/schema.js';
import { actorSlug, entityKeys } from './actor-keys.js';
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

async function freshActorId(db: Kysely<Database>, name: string): Promise<string> {
  const base = actorSlug(name);
  const taken = new Set((await db.selectFrom('actors').select('id').where('id', 'like', `${base}%`).execute()).map((r) => r.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Links every entity of one stored article to a global actor (DESIGN.md 3.1) and records the links,
 * keys and aliases; returns entity id → actor. The ladder: a shared strong key (folded name, full
 * form, acronym) links at once, the actor with most shared keys winning; a one-word name ("Holloway",
 * "Corvane") links to the single actor it is the surname or short form of, and a full name to the
 * single actor known only by that one word; when two actors share it, a new one is made, so two people
 * with one surname stay apart. Corrections (actor_overrides) are applied last.
 */
export async function linkActors(db: Kysely<Database>, r: ArticleRecord, overrides: Overrides): Promise<Map<string, ActorRef>> {
  const out = new Map<string, ActorRef>();
  const counted = new Set<string>();
  for (const e of r.entities) {
    const keys = entityKeys(e);
    let actorId: string | undefined;
    let rule = 'actor.name';
    const strongHits = keys.strong.length
      ? await db.selectFrom('actor_keys').select(['actor_id', 'key']).where('key', 'in', keys.strong).where('strength', '=', 'name').execute()
      : [];
    if (strongHits.length) {
      const count = new Map<string, number>();
      for (const h of strongHits) count.set(h.actor_id, (count.get(h.actor_id) ?? 0) + 1);
      actorId = [...count.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
    } else if (keys.bare && keys.strong[0]) {
      const weakOf = keys.strong[0].replace(':', '~');
      const ids = [...new Set((await db.selectFrom('actor_keys').select('actor_id').where('key', '=', weakOf).execute()).map((h) => h.actor_id))];
      if (ids.length === 1) [actorId, rule] = [ids[0], 'actor.unique-short-form'];
    } else if (keys.weak.length) {
      const bareKeys = keys.weak.map((k) => k.replace('~', '='));
      const hits = await db.selectFrom('actor_keys').select(['actor_id', 'key']).where('key', 'in', bareKeys).where('strength', '=', 'bare').execute();
      const ids = [...new Set(hits.map((h) => h.actor_id))];
      if (ids.length === 1) [actorId, rule] = [ids[0], 'actor.full-name-of-bare'];
    }
    if (actorId) {
      const to = follow(overrides.merged, actorId);
      if (to !== actorId) [actorId, rule] = [to, 'actor.override-merge'];
    }
    const forms = new Set([fold(e.name), ...e.mention_spans.map((m) => fold(m.text))]);
    const splitAlias = actorId ? [...(overrides.split.get(actorId) ?? [])].find((a) => forms.has(a)) : undefined;
    if (actorId && splitAlias) {
      const key = `x:${actorId}:${splitAlias}`;
      const hit = await db.selectFrom('actor_keys').select('actor_id').where('key', '=', key).executeTakeFirst();
      actorId = hit?.actor_id;
      rule = 'actor.override-split';
      if (!actorId) {
        actorId = await freshActorId(db, e.name);
        await insertActor(db, actorId, e.type, e.name, rule, r.published);
        await db.insertInto('actor_keys').values({ key, actor_id: actorId, strength: 'split' }).onConflict((oc) => oc.doNothing()).execute();
      }
    }
    if (!actorId) {
      actorId = await freshActorId(db, e.name);
      rule = 'actor.new';
      await insertActor(db, actorId, e.type, e.name, rule, r.published);
    }
    const actor = await db.selectFrom('actors').select(['id', 'name', 'type']).where('id', '=', actorId).executeTakeFirstOrThrow();
    out.set(e.id, actor);
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

async function insertActor(db: Kysely<Database>, id: string, type: string, name: string, rule: string, published: string) {
  await db.insertInto('actors').values({ id, type, name, rule, article_count: 0, first_seen: published, last_seen: published }).execute();
}
