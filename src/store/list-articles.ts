import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.js';

/** Filters for listArticles; dates are YYYY-MM-DD and inclusive. */
export interface ArticleFilter {
  readonly outlet?: string;
  readonly since?: string;
  readonly until?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** Rows per layer of one article. */
export interface LayerCounts {
  entities: number;
  mentions: number;
  statements: number;
  quantities: number;
  times: number;
  relations: number;
}

/** One line of `attest articles`. Example: {id: 'w-1', outlet: 'Example Wire', published: '2024-03-02', counts: {...}}. */
export interface ArticleSummary {
  id: string;
  outlet: string | null;
  published: string;
  title: string | null;
  versions: Record<string, number>;
  counts: LayerCounts;
}

interface Row {
  id: string;
  outlet: string | null;
  published: string;
  title: string | null;
  versions: string;
  entities: number;
  mentions: number;
  statements: number;
  quantities: number;
  times: number;
  relations: number;
}

const count = (table: string) =>
  sql`(select cast(count(*) as integer) from ${sql.table(table)} x where x.article_id = a.id) as ${sql.ref(table)}`;

/** Stored articles ordered by publication date then id, with row counts per layer. */
export async function listArticles(db: Kysely<Database>, filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
  const where: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (filter.outlet != null) where.push(sql`a.outlet = ${filter.outlet}`);
  if (filter.since != null) where.push(sql`a.published >= ${filter.since}`);
  if (filter.until != null) where.push(sql`a.published <= ${filter.until}`);
  // SQLite takes OFFSET only after a LIMIT; 2^31-1 stands for "no limit" in both dialects.
  const limit = filter.limit != null || filter.offset != null ? sql` limit ${filter.limit ?? 2 ** 31 - 1}` : sql``;
  const offset = filter.offset != null ? sql` offset ${filter.offset}` : sql``;
  const { rows } = await sql<Row>`select a.id, a.outlet, a.published, a.title, a.versions,
      ${count('entities')}, ${count('mentions')}, ${count('statements')},
      ${count('quantities')}, ${count('times')}, ${count('relations')}
    from articles a where ${sql.join(where, sql` and `)}
    order by a.published, a.id${limit}${offset}`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    outlet: r.outlet,
    published: r.published,
    title: r.title,
    versions: JSON.parse(r.versions) as Record<string, number>,
    counts: {
      entities: r.entities, mentions: r.mentions, statements: r.statements,
      quantities: r.quantities, times: r.times, relations: r.relations,
    },
  }));
}
