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
  // Not typed here, read only by search-articles.ts in raw SQL: the full-text index of migration
  // 2026-12-03-search (SQLite: the FTS5 table articles_fts; PostgreSQL: the table article_search).
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

/** Cross-article tables (resolve/, migration 2026-12-02-resolve). */
export interface ActorTable {
  id: string;
  type: string;
  name: string;
  rule: string;
  /** How many articles name it: its rarity when stories are scored. */
  article_count: number;
  first_seen: string;
  last_seen: string;
}
/** What an entity's names key to: 'name' keys link on sight, 'weak' ones (a surname, an org's first word) only when one actor fits. */
export interface ActorKeyTable {
  key: string;
  actor_id: string;
  strength: string;
}
export interface ActorAliasTable {
  actor_id: string;
  alias: string;
  outlet: string | null;
  article_id: string;
  rule: string;
}
/** Which actor each article entity is. */
export interface ArticleActorTable {
  article_id: string;
  entity_id: string;
  actor_id: string;
  published: string;
  rule: string;
}
/** A person's correction: kind 'merge' (other's names are target's) or 'split' (alias other is not target). */
export interface ActorOverrideTable {
  seq: number;
  kind: string;
  target: string;
  other: string;
  created_at: string;
}
/** What story finding compares, per resolved article; `resolve_seq` is the order a rebuild replays. */
export interface ArticleFeatureTable {
  article_id: string;
  resolve_seq: number;
  published: string;
  story_id: string;
  /** JSON arrays of distinct content words: the whole text, the lead, each statement's content. */
  words: string;
  lead: string;
  statements: string;
  /** JSON array of the article's quantity values. */
  numbers: string;
  /** Why the article joined its story (or started one), and the score that decided it. */
  join_rule: string;
  join_score: number;
}
export interface StoryBandTable {
  band: string;
  article_id: string;
  published: string;
}
/** A story whose members changed and whose roles, claims, figures and labels are not recomputed yet. */
export interface StoryRefreshTable {
  story_id: string;
}
export interface StoryTable {
  id: string;
  title: string | null;
  /** The outlet or body the story's articles cite, else the earliest article's outlet. */
  origin: string | null;
  origin_article_id: string | null;
  origin_rule: string;
  first_published: string;
  last_published: string;
  article_count: number;
}
export interface StoryArticleTable {
  story_id: string;
  article_id: string;
  /** 'origin' | 'relay' | 'independent' */
  role: string;
  rule: string;
  evidence: string | null;
  evidence_start: number | null;
  evidence_end: number | null;
}
export interface ClaimTable {
  id: string;
  story_id: string;
  /** 'corroborated' | 'single-source' | 'contested' */
  status: string;
  summary: string;
  /** Distinct source chains that support it. */
  chains: number;
  rule: string;
}
export interface ClaimStatementTable {
  claim_id: string;
  article_id: string;
  /** `seq` of the statement row in its article. */
  statement_seq: number;
  /** 'origin' | 'echo' | 'independent' | 'contradicts' */
  role: string;
  chain: string;
  rule: string;
}
export interface FigureTable {
  id: string;
  story_id: string;
  item: string;
  rule: string;
}
export interface FigureValueTable {
  figure_id: string;
  article_id: string;
  quantity_seq: number;
  text: string;
  low: number | null;
  high: number | null;
  source: string | null;
}
export interface LabelTable {
  story_id: string;
  actor_id: string | null;
  actor_name: string;
  outlet: string | null;
  article_id: string;
  label: string;
  start: number;
  end: number;
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
  actor_keys: ActorKeyTable;
  actor_aliases: ActorAliasTable;
  article_actors: ArticleActorTable;
  actor_overrides: ActorOverrideTable;
  article_features: ArticleFeatureTable;
  story_bands: StoryBandTable;
  story_refresh: StoryRefreshTable;
  stories: StoryTable;
  story_articles: StoryArticleTable;
  claims: ClaimTable;
  claim_statements: ClaimStatementTable;
  figures: FigureTable;
  figure_values: FigureValueTable;
  labels: LabelTable;
}

/** The per-article layer tables, in the order their rows are written and deleted. */
export const LAYER_TABLES = ['entities', 'mentions', 'statements', 'quantities', 'times', 'relations'] as const;
export type LayerTable = (typeof LAYER_TABLES)[number];
