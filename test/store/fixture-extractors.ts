import { isMainThread } from 'node:worker_threads';
import type { Extractor } from '../../src/extract/extractor.js';
import type { Entity, EntityType, Mention } from '../../src/model/entity.js';
import type { Quantity } from '../../src/model/quantity.js';
import type { Relation } from '../../src/model/relation.js';
import { locate } from '../../src/model/span.js';
import type { Statement } from '../../src/model/statement.js';
import type { TimeExpr } from '../../src/model/time-expr.js';

/**
 * Simple, deterministic extractors that fill every layer with spans, so the store tests do not depend on
 * the real extractors (still being built). Also the module named by ATTEST_TEST_EXTRACTORS in CLI tests.
 *  - A text containing the marker word EXPLODE makes the statements extractor throw.
 *  - ATTEST_TEST_FIXTURE_VERSION sets the times extractor's version (to test `attest reanalyze`).
 */
export const THROW_MARKER = 'EXPLODE';
/** A text containing this word ends the analysis thread it runs on (process.exit in a worker), as a crash would. */
export const CRASH_MARKER = 'HALTTHREAD';

const NAME = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)*/g;
const slug = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, '_');

const entities: Extractor<'entities'> = {
  layer: 'entities',
  version: 3,
  requires: [],
  create: () => (doc) => {
    const byId = new Map<string, Entity>();
    const mentions: Mention[] = [];
    for (const m of doc.text.matchAll(NAME)) {
      const words = m[0].split(' ');
      const id = slug(words.at(-1)!);
      const type: EntityType = words.length > 1 ? 'PERSON' : 'ORG';
      const start = m.index;
      const form = words.length > 1 ? 'full' : 'short';
      const rule = words.length > 1 ? 'entities/fixture-full-name' : 'entities/fixture-capitalised';
      if (!byId.has(id)) byId.set(id, { id, type, name: m[0], rule });
      mentions.push({ ...locate(doc.text, start, start + m[0].length, rule), entityId: id, type, form });
    }
    return { entities: [...byId.values()], mentions };
  },
};

const times: Extractor<'times'> = {
  layer: 'times',
  version: Number(process.env['ATTEST_TEST_FIXTURE_VERSION'] ?? 1),
  requires: [],
  create: () => (doc) => {
    const out: TimeExpr[] = [];
    for (const m of doc.text.matchAll(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:19|20)\d\d\b/g)) {
      const isYear = /^\d/.test(m[0]);
      out.push({
        ...locate(doc.text, m.index, m.index + m[0].length, isYear ? 'times/fixture-year' : 'times/fixture-weekday'),
        value: isYear ? m[0] : doc.article.published, grain: isYear ? 'year' : 'day', anchoredOn: isYear ? 'absolute' : 'published',
      });
    }
    return out;
  },
};

const quantities: Extractor<'quantities'> = {
  layer: 'quantities',
  version: 2,
  requires: [],
  create: () => (doc) => {
    const out: Quantity[] = [];
    for (const m of doc.text.matchAll(/\b(about |up to )?(\d+(?:\.\d+)?)(%| ([a-z]+))?/g)) {
      if (/^(?:19|20)\d\d$/.test(m[2]!)) continue;
      const n = Number(m[2]);
      const bound = m[1]?.trim();
      out.push({
        ...locate(doc.text, m.index, m.index + m[0].length, bound ? 'quantities/fixture-bound' : 'quantities/fixture-number'),
        value: bound ? null : n, low: bound === 'about' ? n * 0.9 : null, high: bound ? n * 1.1 : null,
        item: m[4] ?? null, unit: m[3] === '%' ? 'percent' : null,
      });
    }
    return out;
  },
};

const statements: Extractor<'statements'> = {
  layer: 'statements',
  version: 1,
  requires: ['entities'],
  create: () => (doc, done) => {
    if (doc.text.includes(THROW_MARKER)) throw new Error('fixture statements extractor met the marker word');
    if (doc.text.includes(CRASH_MARKER)) {
      if (isMainThread) throw new Error('fixture crash marker in the main thread');
      process.exit(3);
    }
    const known = new Set(done.entities?.entities.map((e) => e.id));
    const out: Statement[] = [];
    const re = /([A-Z][a-z]+(?: [A-Z][a-z]+)*) (said|denied|declined to comment)(?: that)? ?([^."]*)\.(?: "([^"]+)," (?:he|she) added\.)?/g;
    for (const m of doc.text.matchAll(re)) {
      const s = m.index;
      const src = locate(doc.text, s, s + m[1]!.length, 'statements/fixture-source');
      const cueStart = s + m[1]!.length + 1;
      const cue = locate(doc.text, cueStart, cueStart + m[2]!.length, 'statements/fixture-cue');
      const contentStart = doc.text.indexOf(m[3]!, cue.span.end);
      const entityId = known.has(slug(m[1]!.split(' ').at(-1)!)) ? slug(m[1]!.split(' ').at(-1)!) : null;
      const source = { ...src, kind: m[1]!.includes(' ') ? ('named_person' as const) : ('named_org' as const), entityId, count: m[1]!.includes(' ') ? 1 : null };
      const stance = m[2] === 'denied' ? 'deny' : m[2] === 'said' ? 'assert' : 'no_comment';
      const contentEnd = m[3] ? contentStart + m[3].length : cue.span.end;
      const content = m[3] ? locate(doc.text, contentStart, contentEnd, 'statements/fixture-content') : cue;
      out.push({ ...locate(doc.text, s, contentEnd, 'statements/fixture-said'), source, stance, cue, content, viaEntityId: null });
      if (m[4]) {
        const q = doc.text.indexOf(m[4], contentEnd);
        const quote = locate(doc.text, q, q + m[4].length, 'statements/fixture-quote');
        // A continuation: no cue of its own, the source carried over, relayed "via" the named entity.
        out.push({ ...quote, rule: 'statements/fixture-continues', source, stance: 'assert', cue: null, content: quote, viaEntityId: entityId });
      }
    }
    return out;
  },
};

const relations: Extractor<'relations'> = {
  layer: 'relations',
  version: 1,
  requires: ['entities'],
  create: () => (doc) => {
    const out: Relation[] = [];
    for (const m of doc.text.matchAll(/\b([A-Z][a-z]+)-backed ([A-Z][a-z]+)/g))
      out.push({ ...locate(doc.text, m.index, m.index + m[0].length, 'relations/fixture-backed'), predicate: 'supports', subjectId: slug(m[1]!), objectId: slug(m[2]!) });
    return out;
  },
};

export const extractors = [entities, times, quantities, statements, relations];
