import type { Article } from '../../model/article.js';
import type { Doc } from '../../model/doc.js';
import type { Mention } from '../../model/entity.js';
import type { Statement } from '../../model/statement.js';
import { buildDoc } from '../../nlp/build-doc.js';
import { statementsExtractor } from './index.js';

/** Shared by the statements tests: fictional text in, Doc or statements out. */

export function article(text: string): Article {
  return { id: 't', outlet: null, published: '2024-03-05', title: null, url: null, text, origin: { file: 't.txt', line: null, format: 'text' } };
}

export const docOf = (text: string): Doc => buildDoc(article(text));

let extract: ReturnType<typeof statementsExtractor.create> | null = null;

/** Runs the statements layer alone, with the mentions given (none: sources stay unlinked). */
export function statementsOf(text: string, mentions: readonly Mention[] = []): readonly Statement[] {
  extract ??= statementsExtractor.create();
  const entities = [...new Map(mentions.map((m) => [m.entityId, { id: m.entityId, type: m.type, name: m.text, rule: m.rule }])).values()];
  return extract(docOf(text), { entities: { entities, mentions } });
}

/** A hand-made mention of `surface` (its first occurrence at or after `from`). */
export function mention(text: string, surface: string, entityId: string, type: Mention['type'] = 'ORG', from = 0): Mention {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`mention: ${surface} not in text`);
  return { span: { start, end: start + surface.length }, text: surface, rule: 'entities/test', entityId, type, form: 'full' };
}
