import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { listActors } from './read-actors.js';
import { readClaims } from './read-claims.js';

/** What `attest export` can write, one row per story, claim, actor, label or figure value. */
export const EXPORT_KINDS = ['stories', 'claims', 'actors', 'labels', 'figures'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A flat row: scalars, and lists or maps (JSON-encoded in a CSV cell). */
export type ExportRow = Record<string, string | number | null | string[] | Record<string, string>>;

/** The columns of each kind, in order: the CSV header, and the keys of every JSONL row. */
export const EXPORT_COLUMNS: Record<ExportKind, readonly string[]> = {
  stories: ['id', 'title', 'first_published', 'last_published', 'origin', 'origin_rule', 'article_count', 'articles', 'roles', 'claims', 'figures', 'labels'],
  claims: ['id', 'story_id', 'status', 'chains', 'summary', 'rule', 'articles', 'sources', 'contradicted_in', 'contradicted_by'],
  actors: ['id', 'type', 'name', 'article_count', 'first_seen', 'last_seen', 'aliases', 'outlets'],
  labels: ['story_id', 'actor_id', 'actor_name', 'outlet', 'article', 'label', 'start', 'end', 'rule'],
  figures: ['story_id', 'figure_id', 'item', 'article', 'text', 'low', 'high', 'source', 'start', 'end'],
};

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/** Stories, newest first (as `attest stories`); articles and roles by the ids the inputs gave. */
async function storyRows(db: Kysely<Database>): Promise<ExportRow[]> {
  const stories = await db.selectFrom('stories').selectAll().orderBy('first_published', 'desc').orderBy('id').execute();
  const members = await db.selectFrom('story_articles').innerJoin('articles', 'articles.id', 'story_articles.article_id')
    .select(['story_articles.story_id', 'articles.input_id', 'story_articles.role']).orderBy('articles.published').orderBy('articles.id').execute();
  const byStory = new Map<string, Array<{ input_id: string; role: string }>>();
  for (const m of members) byStory.set(m.story_id, [...(byStory.get(m.story_id) ?? []), m]);
  const count = async (table: 'claims' | 'figures' | 'labels') => {
    const rows = await db.selectFrom(table).select((eb) => ['story_id', eb.fn.countAll<number>().as('n')]).groupBy('story_id').execute();
    return new Map(rows.map((r) => [r.story_id, Number(r.n)]));
  };
  const [claims, figures, labels] = [await count('claims'), await count('figures'), await count('labels')];
  return stories.map((s) => {
    const m = byStory.get(s.id) ?? [];
    return {
      id: s.id, title: s.title, first_published: s.first_published, last_published: s.last_published, origin: s.origin, origin_rule: s.origin_rule,
      article_count: s.article_count, articles: m.map((x) => x.input_id), roles: Object.fromEntries(m.map((x) => [x.input_id, x.role])),
      claims: claims.get(s.id) ?? 0, figures: figures.get(s.id) ?? 0, labels: labels.get(s.id) ?? 0,
    };
  });
}

async function claimRows(db: Kysely<Database>): Promise<ExportRow[]> {
  return (await readClaims(db)).map((c) => ({
    id: c.id, story_id: c.story_id, status: c.status, chains: c.chains, summary: c.summary, rule: c.rule,
    articles: unique(c.supporting.map((s) => s.article)), sources: unique(c.supporting.map((s) => s.source)),
    contradicted_in: unique(c.contradicting.map((s) => s.article)), contradicted_by: unique(c.contradicting.map((s) => s.source)),
  }));
}

async function actorRows(db: Kysely<Database>): Promise<ExportRow[]> {
  return (await listActors(db, { minArticles: 1 })).map((a) => ({
    id: a.id, type: a.type, name: a.name, article_count: a.article_count, first_seen: a.first_seen, last_seen: a.last_seen,
    aliases: a.aliases.map((x) => x.alias), outlets: unique(a.aliases.flatMap((x) => x.outlets)).sort(),
  }));
}

async function labelRows(db: Kysely<Database>): Promise<ExportRow[]> {
  const rows = await db.selectFrom('labels').innerJoin('articles', 'articles.id', 'labels.article_id')
    .select(['labels.story_id', 'labels.actor_id', 'labels.actor_name', 'labels.outlet', 'articles.input_id', 'labels.label', 'labels.start', 'labels.end', 'labels.rule'])
    .orderBy('labels.story_id').orderBy('articles.published').orderBy('articles.id').orderBy('labels.start').execute();
  return rows.map(({ input_id, ...r }) => ({ ...r, article: input_id }));
}

async function figureRows(db: Kysely<Database>): Promise<ExportRow[]> {
  const rows = await db.selectFrom('figure_values').innerJoin('figures', 'figures.id', 'figure_values.figure_id')
    .innerJoin('articles', 'articles.id', 'figure_values.article_id')
    .innerJoin('quantities', (j) => j.onRef('quantities.article_id', '=', 'figure_values.article_id').onRef('quantities.seq', '=', 'figure_values.quantity_seq'))
    .select(['figures.story_id', 'figures.id as figure_id', 'figures.item', 'articles.input_id', 'figure_values.text', 'figure_values.low', 'figure_values.high',
      'figure_values.source', 'quantities.start', 'quantities.end'])
    .orderBy('figures.story_id').orderBy('figures.id').orderBy('articles.published').orderBy('articles.id').orderBy('quantities.start').execute();
  return rows.map(({ input_id, ...r }) => ({ ...r, article: input_id }));
}

/** The rows of one kind, each with exactly EXPORT_COLUMNS[kind] as keys, in that order. */
export async function exportRows(db: Kysely<Database>, kind: ExportKind): Promise<ExportRow[]> {
  const read = { stories: storyRows, claims: claimRows, actors: actorRows, labels: labelRows, figures: figureRows }[kind];
  const columns = EXPORT_COLUMNS[kind];
  return (await read(db)).map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
}

/**
 * Rows as JSON Lines, or as CSV (csv-stringify: a header row, RFC 4180 quoting; a list or map is one
 * cell of JSON). Text comes from articles, so a CSV cell that a spreadsheet would run as a formula
 * (=, +, -, @ first) gets a leading apostrophe.
 */
export function formatRows(rows: readonly ExportRow[], kind: ExportKind, format: ExportFormat): string {
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r) + '\n').join('');
  const cells = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v !== null && typeof v === 'object' ? JSON.stringify(v) : v])));
  return stringify(cells, { header: true, columns: [...EXPORT_COLUMNS[kind]], escape_formulas: true });
}
