import type { Doc } from '../../model/doc.js';
import type { Mention } from '../../model/entity.js';
import { mentionsIn } from '../entities/lookup.js';
import { headOf, nounOf } from './count-sources.js';
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

/** "the Relief Council, Care Horizons and the Health Network": a list of three or more names. */
function namedList(doc: Doc, d: Draft, mentions: readonly Mention[], lex: StatementLexicon): Range[] | null {
  const segs = commaSegments(doc, d.source[0], d.source[1]);
  if (segs.length < 2) return null;
  const last = segs[segs.length - 1]!;
  let and = last[0];
  while (and < last[1] && low(doc, and) !== 'and') and++;
  if (and >= last[1]) return null;
  const parts: Range[] = [...segs.slice(0, -1), ...(and > last[0] ? [[last[0], and] as Range] : []), [and + 1, last[1]]];
  if (mentions.some((m) => m.span.start < doc.tokenStart[and]! && doc.tokenEnd[and]! <= m.span.end)) return null;
  return parts.length >= 3 && parts.every((p) => hasName(doc, p, mentions, lex) && headOf(doc, p, lex).named) ? parts : null;
}

/**
 * Pass 5a: "the ministry and the Wagner group did not respond" is one statement per named source
 * (FORMAT.md); a group of unnamed sources ("residents and a rebel spokesman") stays one statement.
 */
export function splitJointSources(doc: Doc, drafts: readonly Draft[], mentions: readonly Mention[], lex: StatementLexicon): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const list = namedList(doc, d, mentions, lex);
    if (list) {
      for (const part of list) out.push({ ...d, source: part });
      continue;
    }
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
