import type { Insertable } from 'kysely';
import type { ArticleRecord } from '../model/record.js';
import type { EntityTable, MentionTable, QuantityTable, RelationTable, StatementTable, TimeTable } from './schema.js';

/** The layer rows of one record, ready to insert. */
export interface LayerRows {
  entities: Insertable<EntityTable>[];
  mentions: Insertable<MentionTable>[];
  statements: Insertable<StatementTable>[];
  quantities: Insertable<QuantityTable>[];
  times: Insertable<TimeTable>[];
  relations: Insertable<RelationTable>[];
}

/**
 * Flattens a record into rows, each with its position (`seq`), span, rule and extractor version.
 * Example: the second time expression of article "w-1" becomes {article_id: 'w-1', seq: 1, ...}.
 */
export function recordToRows(r: ArticleRecord, articleId: string): LayerRows {
  const v = r.versions;
  const rows: LayerRows = { entities: [], mentions: [], statements: [], quantities: [], times: [], relations: [] };
  r.entities.forEach((e, i) => {
    rows.entities.push({ article_id: articleId, seq: i, id: e.id, type: e.type, name: e.name, start: e.span.start, end: e.span.end, rule: e.rule, version: v.entities });
    e.mention_spans.forEach((m, k) =>
      rows.mentions.push({
        article_id: articleId, entity_seq: i, seq: k, entity_id: e.id, text: m.text, form: m.form,
        start: m.span.start, end: m.span.end, rule: m.rule, version: v.entities,
      }),
    );
  });
  r.statements.forEach((s, i) =>
    rows.statements.push({
      article_id: articleId, seq: i, start: s.span.start, end: s.span.end, rule: s.rule, version: v.statements,
      source: s.source, source_kind: s.source_kind, source_entity: s.source_entity, source_count: s.source_count,
      source_start: s.source_span.start, source_end: s.source_span.end, stance: s.stance,
      cue: s.cue, cue_start: s.cue_span?.start ?? null, cue_end: s.cue_span?.end ?? null,
      content: s.content, content_start: s.content_span.start, content_end: s.content_span.end, via: s.via,
    }),
  );
  r.quantities.forEach((q, i) =>
    rows.quantities.push({
      article_id: articleId, seq: i, text: q.text, value: q.value, low: q.low, high: q.high, item: q.item, unit: q.unit,
      start: q.span.start, end: q.span.end, rule: q.rule, version: v.quantities,
    }),
  );
  r.times.forEach((t, i) =>
    rows.times.push({ article_id: articleId, seq: i, text: t.text, value: t.value, grain: t.grain, start: t.span.start, end: t.span.end, rule: t.rule, version: v.times }),
  );
  r.relations.forEach((x, i) =>
    rows.relations.push({
      article_id: articleId, seq: i, subject: x.subject, predicate: x.predicate, object: x.object, text: x.text,
      start: x.span.start, end: x.span.end, rule: x.rule, version: v.relations,
    }),
  );
  return rows;
}
