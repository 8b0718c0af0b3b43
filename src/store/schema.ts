/**
 * The typed schema of the store, one for SQLite and PostgreSQL. Offsets are UTF-16 code units into
 * `articles.text` (slice in JS, never in SQL: `substr` counts code points). Every per-article row keeps
 * the rule that produced it and the version of the extractor that ran, so `attest reanalyze` knows what
 * is stale. Example row of `times`: {article_id: 'wire-1', seq: 0, text: 'last year', value: '2019', ...}.
 */
export interface ArticleTable {
  id: string;
  outlet: string | null;
  /** YYYY-MM-DD, so string comparison orders by date. */
  published: string;
  title: string | null;
  url: string | null;
  text: string;
  /** sha256 of `text` (hex): with `outlet`, the identity of an article that came without an id. */
  text_hash: string;
  /** Extractor version per layer as JSON, e.g. {"entities":1,"times":2,...}. */
  versions: string;
  /** 1 when the id was generated from the file name or line, 0 when the input gave it. */
  id_generated: number;
  source_file: string;
  source_line: number | null;
  source_format: string;
  /** ISO timestamp of the last write. */
  ingested_at: string;
  /** What makes two inputs one article (article-key.ts articleIdentity); unique. */
  identity: string;
  /** The id as the input gave it (or ingest made it up); `id`, the store key, differs only on a clash. */
  input_id: string;
}

/** A prior version of an article that `--on-conflict replace` replaced: nothing is discarded. */
export interface ArticleVersionTable {
  article_id: string;
  /** 1 for the first version replaced, then 2, … */
  version: number;
  outlet: string | null;
  published: string;
  title: string | null;
  url: string | null;
  text: string;
  text_hash: string;
  source_file: string;
  source_line: number | null;
  /** When that version was stored, and when it was replaced. */
  stored_at: string;
  replaced_at: string;
}

/** Columns every extracted row has: where it is, which rule found it, which extractor version ran. */
interface LocatedColumns {
  article_id: string;
  seq: number;
  start: number;
  end: number;
  rule: string;
  version: number;
}

export interface EntityTable extends LocatedColumns {
  id: string;
  type: string;
  name: string;
}

export interface MentionTable extends LocatedColumns {
  /** `seq` of the entity row (kept as well as its id, so records with repeated ids survive exactly). */
  entity_seq: number;
  entity_id: string;
  text: string;
  form: string;
}

export interface StatementTable extends LocatedColumns {
  source: string;
  source_kind: string;
  source_entity: string | null;
  source_count: number | null;
  source_start: number;
  source_end: number;
  stance: string;
  cue: string | null;
  cue_start: number | null;
  cue_end: number | null;
  content: string;
  content_start: number;
  content_end: number;
  via: string | null;
}

export interface QuantityTable extends LocatedColumns {
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  item: string | null;
  unit: string | null;
}

export interface TimeTable extends LocatedColumns {
  text: string;
  value: string;
  grain: string;
}

export interface RelationTable extends LocatedColumns {
  subject: string;
  predicate: string;
  object: string;
  text: string;
}

/** Cross-article tables (resolve/): created now, filled later. */
export interface ActorTable {
  id: string;
  type: string;
  name: string;
  rule: string;
  created_at: string;
}
export interface ActorAliasTable {
  actor_id: string;
  alias: string;
  outlet: string | null;
  article_id: string | null;
  rule: string;
}
export interface StoryTable {
  id: string;
  origin_outlet: string | null;
  origin_article_id: string | null;
  first_published: string;
  rule: string;
}
export interface StoryArticleTable {
  story_id: string;
  article_id: string;
  rule: string;
}
export interface ClaimTable {
  id: string;
  story_id: string | null;
  /** 'corroborated' | 'single_source' | 'contradicted' */
  status: string;
  summary: string;
  rule: string;
}
export interface ClaimStatementTable {
  claim_id: string;
  article_id: string;
  /** `seq` of the statement row in its article. */
  statement_seq: number;
  /** 'origin' | 'echo' | 'independent' | 'contradicts' */
  role: string;
  rule: string;
}
export interface LabelTable {
  actor_id: string;
  outlet: string | null;
  article_id: string | null;
  label: string;
  start: number | null;
  end: number | null;
  rule: string;
}

export interface Database {
  articles: ArticleTable;
  article_versions: ArticleVersionTable;
  entities: EntityTable;
  mentions: MentionTable;
  statements: StatementTable;
  quantities: QuantityTable;
  times: TimeTable;
  relations: RelationTable;
  actors: ActorTable;
  actor_aliases: ActorAliasTable;
  stories: StoryTable;
  story_articles: StoryArticleTable;
  claims: ClaimTable;
  claim_statements: ClaimStatementTable;
  labels: LabelTable;
}

/** The per-article layer tables, in the order their rows are written and deleted. */
export const LAYER_TABLES = ['entities', 'mentions', 'statements', 'quantities', 'times', 'relations'] as const;
export type LayerTable = (typeof LAYER_TABLES)[number];
