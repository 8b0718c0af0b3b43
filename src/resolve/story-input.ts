import type { ArticleRecord, StatementRecord } from '../model/record.js';
import { fold } from './text-features.js';

/** A global actor as the story passes see it. */
export interface ActorRef {
  readonly id: string;
  readonly name: string;
  readonly type: string;
}

/** One stored article with its entities linked to actors: what every story pass reads. */
export interface ResolvedArticle {
  readonly record: ArticleRecord;
  /** entity id → actor. */
  readonly actors: ReadonlyMap<string, ActorRef>;
}

/** A statement and where it is: the unit claims are made of. */
export interface StatementRef {
  readonly article: ResolvedArticle;
  readonly seq: number;
  readonly statement: StatementRecord;
}

/** Evidence for a decision: the text and its span in one article. */
export interface Evidence {
  readonly article: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export const evidenceOf = (a: ResolvedArticle, start: number, end: number): Evidence => ({
  article: a.record.id,
  text: a.record.text.slice(start, end),
  start,
  end,
});

/** The actor an entity id of this article links to. */
export function actorOf(a: ResolvedArticle, entityId: string | null): ActorRef | undefined {
  return entityId == null ? undefined : a.actors.get(entityId);
}

/** A key for an outlet or body, whatever the spelling: "The Highveld Herald" and "Highveld Herald" agree. */
export function outletKey(name: string | null | undefined): string {
  return fold(name ?? '').replace(/^the /, '');
}

/** The actor that stands for the article's own outlet, when the text names it. */
export function ownOutletActor(a: ResolvedArticle): ActorRef | undefined {
  const key = outletKey(a.record.outlet);
  if (!key) return undefined;
  for (const actor of a.actors.values()) if (outletKey(actor.name) === key) return actor;
  return undefined;
}

/** Articles in the order the passes read them: published date, then id (deterministic for rebuilds). */
export function byDate(articles: readonly ResolvedArticle[]): ResolvedArticle[] {
  return [...articles].sort((x, y) => x.record.published.localeCompare(y.record.published) || x.record.id.localeCompare(y.record.id));
}
