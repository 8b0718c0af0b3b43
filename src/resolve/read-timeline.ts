import { flowText } from '../nlp/flow-text.js';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

interface EntryBase {
  /** What the entry is dated by: a time expression's normalised value, else the article's publication date. */
  date: string;
  /** The first day `date` covers (YYYY-MM-DD), what entries sort by: "2031-W17" → "2031-04-21". */
  sort_date: string;
  article: string;
  /** The store's key of the article, for links. */
  article_id: string;
  outlet: string | null;
  published: string;
}
/** An article coming out. */
export interface PublishedEntry extends EntryBase { kind: 'published'; title: string | null }
/** A statement, dated by the article that reports it. */
export interface StatementEntry extends EntryBase { kind: 'statement'; source: string; stance: string; content: string; start: number; end: number }
/** A time expression in an article, with the sentence that holds it. */
export interface TimeEntry extends EntryBase { kind: 'time'; text: string; grain: string; sentence: string; start: number; end: number }
export type TimelineEntry = PublishedEntry | StatementEntry | TimeEntry;

/** The first day a normalised time covers (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www); anything else sorts as itself. */
export function firstDay(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO 8601: week 1 is the week with 4 January in it; weeks start on Monday.
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  return value;
}

// A period that ends no sentence: an initial ("J. Smith") or a common abbreviation before a name or number.
const NOT_AN_END = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Gov|Sen|Rep|Rev|St|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|U\.K)\.$/u;
const END = /[.!?]["”’)\]]*/gu;
const WINDOW = 400;

/** The sentence around [start, end) in `text`, found by punctuation (a stored article keeps no sentence table). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const isEnd = (at: number) => (at === text.length || /\s/.test(text[at]!)) && !NOT_AN_END.test(text.slice(Math.max(0, at - 6), at));
  const from = Math.max(0, start - WINDOW);
  // Line breaks are looked for in the flowed window: a hard-wrapped line does not end a sentence.
  const before = flowText(text.slice(from, start));
  let s = from + before.lastIndexOf('\n') + 1;
  for (const m of before.matchAll(END)) {
    const at = from + m.index + m[0].length;
    if (at > s && at < start && isEnd(at)) s = at;
  }
  const after = flowText(text.slice(end, Math.min(text.length, end + WINDOW)));
  let e = end + (after.includes('\n') ? after.indexOf('\n') : after.length);
  for (const m of after.matchAll(END)) {
    const at = end + m.index + m[0].length;
    if (at > e) break;
    if (isEnd(at)) {
      e = at;
      break;
    }
  }
  while (s < start && /\s/.test(text[s]!)) s++;
  return { start: s, end: e, text: text.slice(s, e).trimEnd() };
}

const KIND_RANK = { published: 0, time: 1, statement: 1 } as const;

/**
 * Dated entries of a story (every member article) or of an actor (the articles linked to it; of those,
 * the statements it makes or whose content names it, and the times in sentences that name it), or both
 * (the story's articles that name the actor). Sorted by the day each entry is about, then by article.
 */
export async function readTimeline(db: Kysely<Database>, scope: { story?: string; actor?: string }): Promise<TimelineEntry[]> {
  let ids = db.selectFrom('articles').select('id');
  if (scope.story) ids = ids.where('id', 'in', db.selectFrom('story_articles').select('article_id').where('story_id', '=', scope.story));
  if (scope.actor) ids = ids.where('id', 'in', db.selectFrom('article_actors').select('article_id').where('actor_id', '=', scope.actor));
  const articles = new Map((await db.selectFrom('articles').select(['id', 'input_id', 'outlet', 'published', 'title', 'text']).where('id', 'in', ids).execute()).map((a) => [a.id, a]));
  if (!articles.size) return [];

  // The actor's entity ids and mention spans per article: what "names it" means below.
  const entities = new Map<string, Set<string>>();
  const mentions = new Map<string, Array<[number, number]>>();
  if (scope.actor) {
    for (const l of await db.selectFrom('article_actors').select(['article_id', 'entity_id']).where('actor_id', '=', scope.actor).execute())
      entities.set(l.article_id, (entities.get(l.article_id) ?? new Set()).add(l.entity_id));
    const spans = await db.selectFrom('mentions').innerJoin('article_actors', (j) => j.onRef('article_actors.article_id', '=', 'mentions.article_id').onRef('article_actors.entity_id', '=', 'mentions.entity_id'))
      .select(['mentions.article_id', 'mentions.start', 'mentions.end']).where('article_actors.actor_id', '=', scope.actor).execute();
    for (const m of spans) {
      const list = mentions.get(m.article_id) ?? [];
      list.push([m.start, m.end]);
      mentions.set(m.article_id, list);
    }
  }
  const names = (article: string, start: number, end: number) => (mentions.get(article) ?? []).some(([s, e]) => s >= start && e <= end);

  const out: TimelineEntry[] = [];
  const base = (a: { id: string; input_id: string; outlet: string | null; published: string }, date: string) => ({ date, sort_date: firstDay(date), article: a.input_id, article_id: a.id, outlet: a.outlet, published: a.published });
  for (const a of articles.values()) out.push({ ...base(a, a.published), kind: 'published', title: a.title });

  const statements = await db.selectFrom('statements')
    .select(['article_id', 'start', 'end', 'source', 'source_entity', 'stance', 'content', 'content_start', 'content_end'])
    .where('article_id', 'in', ids).execute();
  for (const st of statements) {
    if (scope.actor && !(st.source_entity && entities.get(st.article_id)?.has(st.source_entity)) && !names(st.article_id, st.content_start, st.content_end)) continue;
    const a = articles.get(st.article_id)!;
    out.push({ ...base(a, a.published), kind: 'statement', source: st.source, stance: st.stance, content: st.content, start: st.start, end: st.end });
  }

  for (const t of await db.selectFrom('times').select(['article_id', 'start', 'end', 'text', 'value', 'grain']).where('article_id', 'in', ids).execute()) {
    const a = articles.get(t.article_id)!;
    const sentence = sentenceAround(a.text, t.start, t.end);
    if (scope.actor && !names(t.article_id, sentence.start, sentence.end)) continue;
    out.push({ ...base(a, t.value), kind: 'time', text: t.text, grain: t.grain, sentence: sentence.text, start: t.start, end: t.end });
  }

  return out.sort((x, y) => x.sort_date.localeCompare(y.sort_date) || x.published.localeCompare(y.published) || x.article.localeCompare(y.article)
    || KIND_RANK[x.kind] - KIND_RANK[y.kind] || ('start' in x ? x.start : 0) - ('start' in y ? y.start : 0));
}
