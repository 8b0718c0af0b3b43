import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

export const CLAIM_STATUSES = ['corroborated', 'single-source', 'contested'] as const;

/** One statement that makes or contradicts a claim. */
export interface ClaimStatementView {
  article: string;
  /** The store's key of the article (links and spans); `article` is the id the input gave. */
  article_id: string;
  outlet: string | null;
  seq: number;
  source: string;
  stance: string;
  /** 'origin' | 'echo' | 'independent' | 'contradicts' */
  role: string;
  chain: string;
  content: string;
  start: number;
  end: number;
}

/** One claim of `attest claims`, with the statements that support it and those that contradict it (article ids as the inputs gave them). */
export interface ClaimView {
  id: string;
  story_id: string;
  story_title: string | null;
  /** One of CLAIM_STATUSES. */
  status: string;
  chains: number;
  summary: string;
  rule: string;
  supporting: ClaimStatementView[];
  contradicting: ClaimStatementView[];
}

/** Claims in story order (newest story first, as `attest stories`), then by claim id. */
export async function readClaims(db: Kysely<Database>, opts: { status?: string; story?: string; ids?: readonly string[] } = {}): Promise<ClaimView[]> {
  let q = db.selectFrom('claims').innerJoin('stories', 'stories.id', 'claims.story_id')
    .select(['claims.id', 'claims.story_id', 'stories.title as story_title', 'claims.status', 'claims.chains', 'claims.summary', 'claims.rule'])
    .orderBy('stories.first_published', 'desc').orderBy('stories.id').orderBy('claims.id');
  if (opts.status) q = q.where('claims.status', '=', opts.status);
  if (opts.story) q = q.where('claims.story_id', '=', opts.story);
  if (opts.ids) q = q.where('claims.id', 'in', opts.ids.length ? [...opts.ids] : ['']);
  const claims = await q.execute();
  // Statements of the same selection in one query, grouped by claim below.
  let sq = db.selectFrom('claim_statements').innerJoin('claims', 'claims.id', 'claim_statements.claim_id')
    .innerJoin('statements', (j) => j.onRef('statements.article_id', '=', 'claim_statements.article_id').onRef('statements.seq', '=', 'claim_statements.statement_seq'))
    .innerJoin('articles', 'articles.id', 'claim_statements.article_id')
    .select(['claim_statements.claim_id', 'articles.id as article_id', 'articles.input_id', 'articles.outlet', 'statements.seq', 'statements.source', 'statements.stance',
      'claim_statements.role', 'claim_statements.chain', 'statements.content', 'statements.start', 'statements.end'])
    .orderBy('claim_statements.claim_id').orderBy('articles.published').orderBy('articles.id').orderBy('statements.seq');
  if (opts.status) sq = sq.where('claims.status', '=', opts.status);
  if (opts.story) sq = sq.where('claims.story_id', '=', opts.story);
  if (opts.ids) sq = sq.where('claim_statements.claim_id', 'in', opts.ids.length ? [...opts.ids] : ['']);
  const byClaim = new Map<string, ClaimStatementView[]>();
  for (const r of await sq.execute()) {
    const list = byClaim.get(r.claim_id) ?? [];
    list.push({ article: r.input_id, article_id: r.article_id, outlet: r.outlet, seq: r.seq, source: r.source, stance: r.stance, role: r.role, chain: r.chain, content: r.content, start: r.start, end: r.end });
    byClaim.set(r.claim_id, list);
  }
  return claims.map((c) => {
    const all = byClaim.get(c.id) ?? [];
    return { ...c, supporting: all.filter((x) => x.role !== 'contradicts'), contradicting: all.filter((x) => x.role === 'contradicts') };
  });
}
