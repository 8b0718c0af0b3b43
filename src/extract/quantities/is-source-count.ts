import { tokenPos } from '../../model/doc.js';
import type { ScanContext } from './read-amount.js';

// How far after the counted phrase we look for its verb; a subject's verb is near.
const VERB_WINDOW = 30;
const CLAUSE_END = new Set(['.', ';', ':', '"', '\u201C', '\u201D', '?', '!', '(', ')']);
const RELATIVE = new Set(['who', 'which', 'that', 'whose']);

/**
 * True when the counted people are the source of a statement ("two officials said", "citing three
 * people", "three people familiar with the matter") — that count is the statement's source_count, not
 * a quantity. `start` is the first token of the quantity, `itemEnd` the token after its noun phrase.
 */
export function isSourceCount(ctx: ScanContext, start: number, head: number, itemEnd: number, sentStart: number, limit: number): boolean {
  const { doc, words, lex } = ctx;
  if (lex.itemReason.get(doc.tokenLemma[head]!) === 'source') return true;
  const before = lex.contextBefore.matchBackward(words, start, sentStart);
  if (before?.values.includes('source')) return true;
  // Inverted attribution: `..., said two officials`.
  if (start - 2 >= sentStart && tokenPos(doc, start - 1) === 'VERB' && lex.reportVerbs.has(doc.tokenLemma[start - 1]!)) {
    const p = words[start - 2]!;
    if (p === ',' || CLAUSE_END.has(p)) return true;
  }
  const afterAt = itemEnd < limit && words[itemEnd] === ',' ? itemEnd + 1 : itemEnd;
  if (lex.contextAfter.matchForward(words, afterAt, limit)?.values.includes('source')) return true;
  return reportingVerbFollows(ctx, itemEnd, limit);
}

/** True when the first main verb after the phrase (skipping relative clauses) is a reporting verb. */
function reportingVerbFollows(ctx: ScanContext, from: number, limit: number): boolean {
  const { doc, words, lex } = ctx;
  let inRelative = false;
  let relativeHasVerb = false;
  // A relative clause set off by commas (", who asked not to be named because ..., said") ends only at a
  // comma followed by the main verb; everything inside it is skipped.
  let commaRelative = false;
  for (let k = from; k < limit && k - from < VERB_WINDOW; k++) {
    const w = words[k]!.toLowerCase();
    const pos = tokenPos(doc, k);
    if (commaRelative) {
      if (w !== ',') {
        if (CLAUSE_END.has(w)) return false;
        continue;
      }
      const nextPos = k + 1 < limit ? tokenPos(doc, k + 1) : 'X';
      if (nextPos === 'VERB' || nextPos === 'AUX') commaRelative = false;
      continue;
    }
    if (w === ',') {
      const nextPos = k + 1 < limit ? tokenPos(doc, k + 1) : 'X';
      // After a relative clause the main verb follows at once ("who asked not to be named, said");
      // anything else starts a new clause ("that passed the cable, he said").
      if (inRelative && relativeHasVerb) {
        if (nextPos !== 'VERB' && nextPos !== 'AUX') return false;
        inRelative = false;
        continue;
      }
      if (inRelative) continue;
      // Past a comma only a relative clause or a participle belongs to the phrase.
      const next = k + 1 < limit ? words[k + 1]!.toLowerCase() : '';
      if (RELATIVE.has(next)) {
        commaRelative = true;
        k++;
        continue;
      }
      if (k + 1 < limit && tokenPos(doc, k + 1) === 'VERB' && /ing$/.test(next)) continue;
      return false;
    }
    if (CLAUSE_END.has(w)) return false;
    if (RELATIVE.has(w) && (pos === 'PRON' || pos === 'SCONJ' || pos === 'DET')) {
      inRelative = true;
      relativeHasVerb = false;
      continue;
    }
    // Another subject, a subordinate clause or a second predicate ("employs 300 people and reported"):
    // the phrase is not this verb's subject.
    if (!inRelative && (pos === 'PRON' || pos === 'SCONJ')) return false;
    if (pos === 'CCONJ' && k + 1 < limit && (tokenPos(doc, k + 1) === 'VERB' || tokenPos(doc, k + 1) === 'AUX')) return false;
    if (pos !== 'AUX' && pos !== 'VERB') continue;
    const prev = k > from ? words[k - 1]!.toLowerCase() : '';
    const prevPos = k > from ? tokenPos(doc, k - 1) : 'X';
    const sameGroup = prevPos === 'AUX' || prevPos === 'PART' || prev === 'to' || prev === 'not';
    if (inRelative) {
      if (!relativeHasVerb || sameGroup) {
        relativeHasVerb = true;
        continue;
      }
      inRelative = false;
    }
    if (pos === 'AUX') continue;
    // A passive participle modifying the phrase: "employees interviewed by the paper", "analysts polled by".
    if (/ed$/.test(w) && prevPos !== 'AUX' && k + 1 < limit && words[k + 1]!.toLowerCase() === 'by') continue;
    // An -ing form without an auxiliary is an adjunct ("without anyone saying"), not the main verb.
    if (/ing$/.test(w) && prevPos !== 'AUX') return false;
    return lex.reportVerbs.has(doc.tokenLemma[k]!);
  }
  return false;
}
