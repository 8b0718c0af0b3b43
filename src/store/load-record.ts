import type { Kysely } from 'kysely';
import type { Article } from '../model/article.js';
import type { LayerName } from '../model/analysis.js';
import type { EntityType, MentionForm } from '../model/entity.js';
import type { ArticleRecord, EntityRecord, MentionRecord, SpanRecord } from '../model/record.js';
import type { Predicate } from '../model/relation.js';
import type { SourceKind, Stance } from '../model/statement.js';
import type { TimeGrain } from '../model/time-expr.js';
import type { Database } from './schema.js';

const span = (start: number, end: number): SpanRecord => ({ start, end });

/**
 * Rebuilds the ArticleRecord of a stored article, field for field and span for span what `toRecord`
 * produced when it was ingested; undefined when no article has that id. Example: `await loadRecord(db, 'w-1')`.
 */
export async function loadRecord(db: Kysely<Database>, id: string): Promise<ArticleRecord | undefined> {
  const a = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return undefined;
  const [entities, mentions, statements, quantities, times, relations] = await Promise.all([
    db.selectFrom('entities').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('mentions').selectAll().where('article_id', '=', id).orderBy('entity_seq').orderBy('seq').execute(),
    db.selectFrom('statements').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('quantities').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('times').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('relations').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
  ]);
  const byEntity = new Map<number, MentionRecord[]>();
  for (const m of mentions) {
    const list = byEntity.get(m.entity_seq) ?? [];
    list.push({ text: m.text, form: m.form as MentionForm, span: span(m.start, m.end), rule: m.rule });
    byEntity.set(m.entity_seq, list);
  }
  const entityRecords: EntityRecord[] = entities.map((e) => {
    const ms = byEntity.get(e.seq) ?? [];
    const forms: string[] = [];
    for (const m of ms) if (!forms.includes(m.text)) forms.push(m.text);
    return { id: e.id, type: e.type as EntityType, name: e.name, mentions: forms, span: span(e.start, e.end), rule: e.rule, mention_spans: ms };
  });
  return {
    id: a.id,
    outlet: a.outlet,
    published: a.published,
    title: a.title,
    url: a.url,
    text: a.text,
    versions: JSON.parse(a.versions) as Record<LayerName, number>,
    entities: entityRecords,
    statements: statements.map((s) => ({
      source: s.source,
      source_kind: s.source_kind as SourceKind,
      source_entity: s.source_entity,
      source_count: s.source_count,
      stance: s.stance as Stance,
      cue: s.cue,
      via: s.via,
      content: s.content,
      span: span(s.start, s.end),
      rule: s.rule,
      source_span: span(s.source_start, s.source_end),
      cue_span: s.cue_start != null && s.cue_end != null ? span(s.cue_start, s.cue_end) : null,
      content_span: span(s.content_start, s.content_end),
    })),
    quantities: quantities.map((q) => ({
      text: q.text, value: q.value, low: q.low, high: q.high, item: q.item, unit: q.unit, span: span(q.start, q.end), rule: q.rule,
    })),
    times: times.map((t) => ({ text: t.text, value: t.value, grain: t.grain as TimeGrain, span: span(t.start, t.end), rule: t.rule })),
    relations: relations.map((x) => ({
      subject: x.subject, predicate: x.predicate as Predicate, object: x.object, text: x.text, span: span(x.start, x.end), rule: x.rule,
    })),
  };
}

/** The stored article as an Article again (for re-analysis), its origin pointing at where it was first read. */
export async function loadArticle(db: Kysely<Database>, id: string): Promise<(Article & { idGenerated: boolean }) | undefined> {
  const a = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return undefined;
  const format = a.source_format === 'text' || a.source_format === 'html' ? a.source_format : 'jsonl';
  // The input id, so that saving it again finds the same identity (the store key may be qualified).
  return {
    id: a.input_id ?? a.id, outlet: a.outlet, published: a.published, title: a.title, url: a.url, text: a.text,
    origin: { file: a.source_file || `article ${a.id}`, line: a.source_line, format, idGiven: a.id_generated !== 1 },
    idGenerated: a.id_generated === 1,
  };
}
