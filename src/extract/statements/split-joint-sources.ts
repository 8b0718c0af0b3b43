import type { Doc } from '../../model/doc.js';
import type { Mention } from '../../model/entity.js';
import { mentionsIn } from '../entities/lookup.js';
import { nounOf } from './count-sources.js';
import type { Draft } from './draft.js';
import { commaSegments, type Range } from './find-subject.js';
import type { StatementLexicon } from './lexicon.js';
import { isCap, low, pos } from './tokens.js';

function hasName(doc: Doc, [a, b]: Range, mentions: readonly Mention[], lex: StatementLexicon): boolean {
  if (a >= b) return false;
  if (mentionsIn(mentions, doc.tokenStart[a]!, doc.tokenEnd[b - 1]!).some((m) => m.form !== 'adjectival')) return true;
  for (let k = a + 1; k < b; k++) if (isCap(doc, k) && pos(doc, k) === 'PROPN') return true;
  return isCap(doc, a) && pos(doc, a) !== 'DET' && !nounOf(doc, a, lex);
}

/**
 * Pass 5a: "the ministry and the Wagner group did not respond" is one statement per named source
 * (FORMAT.md); a group of unnamed sources ("residents and a rebel spokesman") stays one statement.
 */
export function splitJointSources(doc: Doc, drafts: readonly Draft[], mentions: readonly Mention[], lex: StatementLexicon): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const seg = commaSegments(doc, d.source[0], d.source[1])[0] ?? d.source;
    let and = -1;
    for (let k = seg[0] + 1; k < seg[1] - 1; k++) if (low(doc, k) === 'and') and = and < 0 ? k : -2;
    // "the Department of Environment and Natural Resources" is one name: a mention spans the "and".
    const oneName = and > 0 && mentions.some((m) => m.span.start < doc.tokenStart[and]! && doc.tokenEnd[and]! <= m.span.end);
    if (and > 0 && !oneName && hasName(doc, [seg[0], and], mentions, lex) && hasName(doc, [and + 1, seg[1]], mentions, lex)) {
      out.push({ ...d, source: [seg[0], and] });
      out.push({ ...d, source: [and + 1, seg[1]] });
    } else out.push(d);
  }
  return out;
}
