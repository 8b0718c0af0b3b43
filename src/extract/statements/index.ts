import type { Doc } from '../../model/doc.js';
import { locate } from '../../model/span.js';
import type { Statement } from '../../model/statement.js';
import type { Extractor } from '../extractor.js';
import { attachSources } from './attach-sources.js';
import { attachVia } from './attach-via.js';
import { continueQuotes } from './continue-quotes.js';
import { countSources } from './count-sources.js';
import { dropNested } from './drop-nested.js';
import type { Draft } from './draft.js';
import { findCues } from './find-cues.js';
import { findQuotes } from './find-quotes.js';
import { findUnits } from './find-units.js';
import { compileLexicon } from './lexicon.js';
import { relayNested } from './relay-nested.js';
import { resolvePronouns } from './resolve-pronouns.js';
import { splitJointSources } from './split-joint-sources.js';

function toStatement(doc: Doc, d: Draft): Statement {
  const text = doc.text;
  const srcStart = doc.tokenStart[d.source[0]]!;
  const srcEnd = doc.tokenEnd[d.source[1] - 1]!;
  const unit = { start: Math.min(d.content[0], d.cue?.[0] ?? Infinity), end: Math.max(d.content[1], d.cue?.[1] ?? 0) };
  // The whole attribution; a source resolved to an earlier sentence stays outside it.
  const local = d.sourceRule === d.rule;
  const start = local ? Math.min(unit.start, srcStart) : unit.start;
  const end = local ? Math.max(unit.end, srcEnd) : unit.end;
  return {
    ...locate(text, start, end, d.rule),
    source: { ...locate(text, srcStart, srcEnd, d.sourceRule), kind: d.kind, entityId: d.entityId, count: d.count },
    stance: d.stance,
    cue: d.cue ? locate(text, d.cue[0], d.cue[1], d.rule) : null,
    content: locate(text, d.content[0], d.content[1], d.rule),
    viaEntityId: d.viaEntityId,
  };
}

/**
 * Statements: who said what, on whose word. Ordered passes, each in its own file: quotes → units →
 * cues (by trigger lemma) → sources and contents → joint sources split → kind, count and entity →
 * nested cues dropped → relaying outlet → pronouns and definite descriptions → relayed reports →
 * quote continuations.
 */
export const statementsExtractor: Extractor<'statements'> = {
  layer: 'statements',
  version: 3,
  requires: ['entities'],
  create: () => {
    const lex = compileLexicon();
    return (doc, done) => {
      const mentions = done.entities?.mentions ?? [];
      const entities = done.entities?.entities ?? [];
      const quotes = findQuotes(doc);
      const units = findUnits(doc, quotes);
      const cues = findCues(doc, units, quotes, lex);
      let drafts = attachSources(doc, units, quotes, cues, lex);
      drafts = splitJointSources(doc, drafts, mentions, lex);
      drafts = countSources(doc, drafts, mentions, lex);
      drafts = dropNested(doc, drafts);
      attachVia(doc, drafts, mentions, entities, lex);
      resolvePronouns(doc, drafts, mentions, entities, lex);
      drafts = relayNested(doc, drafts);
      continueQuotes(doc, units, quotes, drafts);
      // One statement per (source, cue, content): two rules reaching the same reading say it once.
      const seen = new Set<string>();
      return drafts.filter((d) => {
        const key = `${d.source[0]}:${d.source[1]}:${d.cue?.[0]}:${d.content[0]}:${d.content[1]}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }).map((d) => toStatement(doc, d));
    };
  },
};
