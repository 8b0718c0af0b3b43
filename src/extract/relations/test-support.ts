import type { Article } from '../../model/article.js';
import type { Entity, EntityType, Mention, MentionForm } from '../../model/entity.js';
import type { Relation } from '../../model/relation.js';
import type { Statement } from '../../model/statement.js';
import { buildDoc } from '../../nlp/build-doc.js';
import { relationsExtractor } from './index.js';

/** A hand-made entity for tests: every whole-word occurrence of `surface` becomes a mention. */
export type EntitySpec = readonly [surface: string, entityId: string, type: EntityType, form?: MentionForm];

const extract = relationsExtractor.create();

/** Mentions for every whole-word occurrence of each surface, longest surfaces first. */
export function mentionsFor(text: string, specs: readonly EntitySpec[]): Mention[] {
  const out: Mention[] = [];
  const taken = new Uint8Array(text.length);
  const sorted = [...specs].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, entityId, type, form] of sorted) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) continue;
      if (taken.subarray(at, end).some((x) => x)) continue;
      taken.fill(1, at, end);
      out.push({ span: { start: at, end }, text: surface, rule: 'entities/test', entityId, type, form: form ?? 'full' });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Runs the relations layer on `text` with hand-made entities (and optional statements). */
export function relationsOf(text: string, specs: readonly EntitySpec[], statements: readonly Statement[] = []): readonly Relation[] {
  const article: Article = { id: 'test', outlet: null, published: '2024-03-01', title: null, url: null, text, origin: { file: 'test', line: null, format: 'text' } };
  const doc = buildDoc(article);
  // One entity per id, named by its longest surface.
  const entities = new Map<string, Entity>();
  for (const [surface, id, type] of specs) {
    const seen = entities.get(id);
    if (!seen || seen.name.length < surface.length) entities.set(id, { id, type, name: surface, rule: 'entities/test' });
  }
  return extract(doc, { entities: { entities: [...entities.values()], mentions: mentionsFor(text, specs) }, statements });
}

/** "subject predicate object" for each relation, in text order. */
export function keys(relations: readonly Relation[]): string[] {
  return relations.map((r) => `${r.subjectId} ${r.predicate} ${r.objectId}`);
}
