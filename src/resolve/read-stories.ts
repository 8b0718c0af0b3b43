import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** One story as `attest stories --json` prints it: the shape `score.mjs --stories` reads (FORMAT.md). */
export interface StoryView {
  id: string;
  title: string | null;
  first_published: string;
  last_published: string;
  origin: string | null;
  origin_rule: string;
  articles: string[];
  roles: Record<string, string>;
  role_evidence: Record<string, { rule: string; text: string | null; start: number | null; end: number | null }>;
  claims: Array<{
    id: string;
    text: string;
    status: string;
    chains: number;
    articles: string[];
    statements: Array<{ article: string; source: string; content: string; stance: string; role: string; chain: string; start: number; end: number }>;
  }>;
  figures: Array<{ item: string; values: Array<{ article: string; text: string; source: string | null; start: number; end: number }> }>;
  labels: Array<{ actor: string; actor_id: string | null; outlet: string | null; labels: string[] }>;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * Reads stories back from the store, newest first. Article ids are printed as the input gave them
 * (`input_id`), the way gold and other tools know them. `ids` limits the read to those stories.
 */
export async function readStories(db: Kysely<Database>, opts: { ids?: readonly string[]; minArticles?: number } = {}): Promise<StoryView[]> {
  let q = db.selectFrom('stories').selectAll().orderBy('first_published', 'desc').orderBy('id');
  if (opts.ids) q = q.where('id', 'in', opts.ids.length ? [...opts.ids] : ['']);
  if (opts.minArticles) q = q.where('article_count', '>=', opts.minArticles);
  const stories = await q.execute();
  const out: StoryView[] = [];
  for (const s of stories) {
    const members = await db.selectFrom('story_articles').innerJoin('articles', 'articles.id', 'story_articles.article_id')
      .select(['story_articles.article_id', 'articles.input_id', 'articles.published', 'story_articles.role', 'story_articles.rule', 'story_articles.evidence', 'story_articles.evidence_start', 'story_articles.evidence_end'])
      .where('story_articles.story_id', '=', s.id).orderBy('articles.published').orderBy('articles.id').execute();
    const name = new Map(members.map((m) => [m.article_id, m.input_id ?? m.article_id]));
    const view: StoryView = {
      id: s.id, title: s.title, first_published: s.first_published, last_published: s.last_published, origin: s.origin, origin_rule: s.origin_rule,
      articles: members.map((m) => name.get(m.article_id)!),
      roles: Object.fromEntries(members.map((m) => [name.get(m.article_id)!, m.role])),
      role_evidence: Object.fromEntries(members.map((m) => [name.get(m.article_id)!, { rule: m.rule, text: m.evidence, start: m.evidence_start, end: m.evidence_end }])),
      claims: [], figures: [], labels: [],
    };
    for (const c of await db.selectFrom('claims').selectAll().where('story_id', '=', s.id).orderBy('id').execute()) {
      const rows = await db.selectFrom('claim_statements')
        .innerJoin('statements', (j) => j.onRef('statements.article_id', '=', 'claim_statements.article_id').onRef('statements.seq', '=', 'claim_statements.statement_seq'))
        .select(['claim_statements.article_id', 'claim_statements.role', 'claim_statements.chain', 'statements.source', 'statements.content', 'statements.stance', 'statements.start', 'statements.end'])
        .where('claim_statements.claim_id', '=', c.id).execute();
      const statements = rows.map((r) => ({ article: name.get(r.article_id) ?? r.article_id, source: r.source, content: r.content, stance: r.stance, role: r.role, chain: r.chain, start: r.start, end: r.end }));
      view.claims.push({ id: c.id, text: c.summary, status: c.status, chains: c.chains, articles: unique(statements.map((x) => x.article)), statements });
    }
    for (const f of await db.selectFrom('figures').selectAll().where('story_id', '=', s.id).orderBy('id').execute()) {
      const values = await db.selectFrom('figure_values').innerJoin('quantities', (j) => j.onRef('quantities.article_id', '=', 'figure_values.article_id').onRef('quantities.seq', '=', 'figure_values.quantity_seq'))
        .select(['figure_values.article_id', 'figure_values.text', 'figure_values.source', 'quantities.start', 'quantities.end']).where('figure_values.figure_id', '=', f.id).execute();
      view.figures.push({ item: f.item, values: values.map((v) => ({ article: name.get(v.article_id) ?? v.article_id, text: v.text, source: v.source, start: v.start, end: v.end })) });
    }
    const labels = await db.selectFrom('labels').selectAll().where('story_id', '=', s.id).orderBy('article_id').orderBy('start').execute();
    const grouped = new Map<string, StoryView['labels'][number]>();
    for (const l of labels) {
      const key = JSON.stringify([l.actor_id ?? l.actor_name, l.outlet]);
      const entry = grouped.get(key) ?? { actor: l.actor_name, actor_id: l.actor_id, outlet: l.outlet, labels: [] };
      if (!entry.labels.includes(l.label)) entry.labels.push(l.label);
      grouped.set(key, entry);
    }
    view.labels = [...grouped.values()];
    out.push(view);
  }
  return out;
}
