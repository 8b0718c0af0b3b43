import type { Analysis, LayerName } from './analysis.js';
import type { EntityType, MentionForm } from './entity.js';
import type { Predicate } from './relation.js';
import type { SourceKind, Stance } from './statement.js';
import type { TimeGrain } from './time-expr.js';

/** A span as it appears in the JSON record. */
export interface SpanRecord {
  start: number;
  end: number;
}
export interface MentionRecord {
  text: string;
  form: MentionForm;
  span: SpanRecord;
  rule: string;
}
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  /** Every distinct surface form (FORMAT.md). */
  mentions: string[];
  /** The first mention's span. */
  span: SpanRecord;
  rule: string;
  /** Every mention with its span. */
  mention_spans: MentionRecord[];
}
export interface StatementRecord {
  source: string;
  source_kind: SourceKind;
  source_entity: string | null;
  source_count: number | null;
  stance: Stance;
  cue: string | null;
  via: string | null;
  content: string;
  span: SpanRecord;
  rule: string;
  source_span: SpanRecord;
  cue_span: SpanRecord | null;
  content_span: SpanRecord;
}
export interface QuantityRecord {
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  item: string | null;
  unit: string | null;
  span: SpanRecord;
  rule: string;
}
export interface TimeRecord {
  text: string;
  value: string;
  grain: TimeGrain;
  span: SpanRecord;
  rule: string;
}
export interface RelationRecord {
  subject: string;
  predicate: Predicate;
  object: string;
  text: string;
  span: SpanRecord;
  rule: string;
}
/**
 * The per-article record: FORMAT.md's shape plus `span` and `rule` on every item and the article text
 * the spans point into. This is what `attest analyze --json` prints, the store keeps, and the eval scores.
 */
export interface ArticleRecord {
  id: string;
  outlet: string | null;
  published: string;
  title: string | null;
  url: string | null;
  text: string;
  versions: Record<LayerName, number>;
  entities: EntityRecord[];
  statements: StatementRecord[];
  quantities: QuantityRecord[];
  times: TimeRecord[];
  relations: RelationRecord[];
}

const sp = (s: { start: number; end: number }): SpanRecord => ({ start: s.start, end: s.end });

/** Turns an Analysis into the JSON record. */
export function toRecord(analysis: Analysis): ArticleRecord {
  const { doc, layers } = analysis;
  const a = doc.article;
  const byEntity = new Map<string, MentionRecord[]>();
  for (const m of layers.entities.mentions) {
    const list = byEntity.get(m.entityId) ?? [];
    list.push({ text: m.text, form: m.form, span: sp(m.span), rule: m.rule });
    byEntity.set(m.entityId, list);
  }
  const entities: EntityRecord[] = layers.entities.entities.map((e) => {
    const ms = (byEntity.get(e.id) ?? []).sort((x, y) => x.span.start - y.span.start);
    const forms: string[] = [];
    for (const m of ms) if (!forms.includes(m.text)) forms.push(m.text);
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: forms,
      span: ms[0]?.span ?? { start: 0, end: 0 },
      rule: e.rule,
      mention_spans: ms,
    };
  });
  return {
    id: a.id,
    outlet: a.outlet,
    published: a.published,
    title: a.title,
    url: a.url,
    text: a.text,
    versions: { ...analysis.versions },
    entities,
    statements: layers.statements.map((s) => ({
      source: s.source.text,
      source_kind: s.source.kind,
      source_entity: s.source.entityId,
      source_count: s.source.count,
      stance: s.stance,
      cue: s.cue?.text ?? null,
      via: s.viaEntityId,
      content: s.content.text,
      span: sp(s.span),
      rule: s.rule,
      source_span: sp(s.source.span),
      cue_span: s.cue ? sp(s.cue.span) : null,
      content_span: sp(s.content.span),
    })),
    quantities: layers.quantities.map((q) => ({
      text: q.text,
      value: q.value,
      low: q.low,
      high: q.high,
      item: q.item,
      unit: q.unit,
      span: sp(q.span),
      rule: q.rule,
    })),
    times: layers.times.map((t) => ({ text: t.text, value: t.value, grain: t.grain, span: sp(t.span), rule: t.rule })),
    relations: layers.relations.map((r) => ({
      subject: r.subjectId,
      predicate: r.predicate,
      object: r.objectId,
      text: r.text,
      span: sp(r.span),
      rule: r.rule,
    })),
  };
}
