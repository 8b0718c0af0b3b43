import assert from 'node:assert/strict';
import { createPipeline } from '../pipeline.js';
import type { Analysis } from '../../model/analysis.js';
import type { Statement } from '../../model/statement.js';
import { article } from './fixtures.js';

// End to end through the whole pipeline (entities feed source links and via), on fictional news text.
const pipeline = createPipeline();
export const analyze = (text: string): Analysis => pipeline.analyze(article(text));

export interface Want {
  source: string;
  kind: Statement['source']['kind'];
  stance?: Statement['stance'];
  count?: number | null;
  cue: string | null;
  content: string;
  /** The outlet's name as written; via must be the entity that mention belongs to. */
  via?: string | null;
}

export function entityNamed(a: Analysis, surface: string): string | null {
  return a.layers.entities.mentions.find((m) => m.text === surface)?.entityId ?? null;
}

export function check(text: string, wants: Want[], exactCount = true): void {
  const a = analyze(text);
  const got = a.layers.statements;
  for (const s of got) {
    for (const part of [s.source, s.content, ...(s.cue ? [s.cue] : [])]) assert.equal(text.slice(part.span.start, part.span.end), part.text, `span of ${part.text}`);
    assert.ok(s.span.start <= s.content.span.start && s.content.span.end <= s.span.end, 'statement span holds its content');
    assert.match(s.rule, /^statements\/[a-z-]+$/);
  }
  const show = got.map((s) => `${s.source.text} | ${s.cue?.text} | ${s.content.text}`).join('\n');
  if (exactCount) assert.equal(got.length, wants.length, `${text}\n--- got:\n${show}`);
  for (const w of wants) {
    const s = got.find((x) => x.content.text === w.content && x.source.text === w.source);
    assert.ok(s, `missing ${w.source} :: ${w.content}\n--- in: ${text}\n--- got:\n${show}`);
    assert.equal(s.source.kind, w.kind, `kind of ${w.source}`);
    assert.equal(s.stance, w.stance ?? 'assert', `stance of ${w.source}`);
    assert.equal(s.cue?.text ?? null, w.cue, `cue of ${w.source}`);
    if (w.count !== undefined) assert.equal(s.source.count, w.count, `count of ${w.source}`);
    if (w.via !== undefined) assert.equal(s.viaEntityId, w.via === null ? null : entityNamed(a, w.via), `via of ${w.source}`);
  }
}
