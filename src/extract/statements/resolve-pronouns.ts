import type { Doc } from '../../model/doc.js';
import type { Entity, Mention } from '../../model/entity.js';
import type { Draft } from './draft.js';
import type { StatementLexicon } from './lexicon.js';
import { commaSegments } from './find-subject.js';
import { low } from './tokens.js';

// Letters a head noun and a name word share to name the same kind of body ("insur-er", "Insur-ance").
const STEM = 5;
// How far back (in statements) an anaphor looks for its antecedent.
const LOOKBACK = 8;

/** The antecedent's naming part: its first comma segment ("Mariam Touré", not her job title). */
export function headRange(doc: Doc, d: Draft): readonly [number, number] {
  return commaSegments(doc, d.source[0], d.source[1])[0] ?? d.source;
}

function compatible(pronoun: string, a: Draft): boolean {
  if (a.anaphor === 'pronoun' && a.sourceRule !== 'statements/pronoun-antecedent') return false;
  if (pronoun === 'he' || pronoun === 'she') return a.kind === 'named_person' || ((a.kind === 'unnamed_official' || a.kind === 'anonymous') && a.count === 1);
  if (pronoun === 'it') return a.kind === 'named_org' || a.kind === 'document' || a.kind === 'media';
  return a.kind === 'anonymous' || a.kind === 'unnamed_official' || a.kind === 'named_org';
}

/** Copies who the antecedent is; a document keeps its relay ("The report, seen by X … It also says"). */
function adopt(d: Draft, a: Draft): void {
  d.kind = a.kind;
  d.entityId = d.entityId ?? a.entityId;
  d.count = d.count ?? a.count;
  d.headNoun = d.headNoun ?? a.headNoun;
  if (a.kind === 'document' && !d.via) {
    d.via = a.via;
    d.viaEntityId = a.viaEntityId;
  }
}

/** The last entity mentioned before `at` whose name has `word` ("the brigade" → Sahel Vanguard Brigade). */
export function entityByNameWord(sorted: readonly Mention[], entities: ReadonlyMap<string, Entity>, word: string, at: number): string | null {
  for (let i = lastBefore(sorted, at), n = 0; i >= 0 && n < LOOKBACK_MENTIONS; i--, n++) {
    const entity = entities.get(sorted[i]!.entityId);
    const words = (entity?.name.toLowerCase() ?? '').split(/\s+/);
    if (words.includes(word)) return sorted[i]!.entityId;
    // "the insurer" → Pell Insurance Group, "the utility" → Marlow Utilities: an organisation named by the same stem.
    if (entity?.type === 'ORG' && word.length >= STEM && words.some((w) => w.length >= STEM && w.slice(0, STEM) === word.slice(0, STEM))) return sorted[i]!.entityId;
  }
  return null;
}

// How many mentions back a definite description ("the brigade") looks for its entity.
const LOOKBACK_MENTIONS = 200;

/** Index of the last mention (sorted by start) starting before `at`, or -1. */
export function lastBefore(sorted: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Pass 6: pronoun sources ("he said") take the nearest compatible earlier speaker, and the source span
 * moves to where that speaker is named; definite descriptions ("the spokesman", "the report", "the
 * company") take the entity and kind of the last source with the same head noun, else an entity whose
 * name holds that noun.
 */
export function resolvePronouns(doc: Doc, drafts: Draft[], mentions: readonly Mention[], entities: readonly Entity[], lex: StatementLexicon): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  mentions = [...mentions].sort((x, y) => x.span.start - y.span.start);
  drafts.sort((x, y) => x.at - y.at);
  drafts.forEach((d, i) => {
    if (!d.anaphor) {
      if (d.kind === 'unnamed_official' && !d.entityId) {
        const words = doc.text.slice(doc.tokenStart[d.source[0]]!, doc.tokenEnd[d.source[1] - 1]!).toLowerCase().match(/\b(?:for|of) the ([a-z]+)/);
        if (words) d.entityId = entityByNameWord(mentions, byId, words[1]!, doc.tokenStart[d.source[0]]!);
      }
      return;
    }
    const from = Math.max(0, i - LOOKBACK);
    if (d.anaphor === 'pronoun') {
      const p = low(doc, d.source[0]);
      // "A spokesman for the army denied it. It has repeatedly said …": "it" is the body he spoke for.
      const prev = drafts[i - 1];
      if (p === 'it' && prev && prev.kind === 'unnamed_official' && prev.entityId) {
        d.kind = 'named_org';
        d.entityId = prev.entityId;
        d.sourceRule = 'statements/pronoun-body';
        return;
      }
      for (let k = i - 1; k >= from; k--) {
        const a = drafts[k]!;
        if (!compatible(p, a)) continue;
        adopt(d, a);
        d.source = a.anaphor === 'pronoun' ? a.source : headRange(doc, a);
        d.sourceRule = 'statements/pronoun-antecedent';
        return;
      }
      return;
    }
    for (let k = i - 1; k >= from; k--) {
      const a = drafts[k]!;
      if (d.headNoun && a.headNoun === d.headNoun && a !== d) {
        adopt(d, a);
        return;
      }
    }
    // "the minister" after "Interior Minister Pavel Drom": the named holder of that title.
    for (let k = i - 1; k >= from && d.headNoun; k--) {
      const a = drafts[k]!;
      const words = doc.text.slice(doc.tokenStart[a.source[0]]!, doc.tokenEnd[a.source[1] - 1]!).toLowerCase().split(/[^\p{L}]+/u);
      if (a.kind === 'named_person' && words.includes(d.headNoun)) {
        d.kind = 'named_person';
        d.entityId = a.entityId;
        d.count = null;
        return;
      }
    }
    if (d.kind === 'named_org' && !d.entityId && d.headNoun) {
      // Only a bare "the company" points back; "the employers' association" describes its own body.
      const bare = low(doc, d.source[0]) === 'the' && d.source[1] - d.source[0] === 2;
      d.entityId = entityByNameWord(mentions, byId, d.headNoun, doc.tokenStart[d.source[0]]!);
      // "Ostara's mine suspended operations, the company said": an organisation named in the same sentence.
      if (!d.entityId && bare) d.entityId = organisationIn(mentions, byId, lex, d.content[0], doc.tokenStart[d.source[0]]!, d.content[1]);
      // "the company" after "Orvex Shipping denied …": the organisation that spoke last.
      // The organisation that spoke just before ("Serra Dourada said …. The company rejected …"), else the last one named.
      const prev = drafts[i - 1];
      if (!d.entityId && bare && prev && prev.kind === 'named_org' && prev.entityId && d.unit - prev.unit <= 2 && !isOutlet(prev.entityId, byId, lex)) d.entityId = prev.entityId;
      if (!d.entityId && bare) d.entityId = lastOrganisation(mentions, byId, lex, doc.tokenStart[d.source[0]]!);
      for (let k = i - 1; k >= from && !d.entityId && bare; k--) {
        const a = drafts[k]!;
        if (a.kind === 'named_org' && a.entityId && !isOutlet(a.entityId, byId, lex)) d.entityId = a.entityId;
      }
    }
  });
  // An organisation whose name marks it as an outlet ("Tidewater" for Tidewater Press Agency) speaks as media.
  for (const d of drafts) if (d.kind === 'named_org' && d.entityId && isOutlet(d.entityId, byId, lex)) d.kind = 'media';
}

/** An organisation (not an outlet) named in [start, end) and before `before`: the last one. */
function organisationIn(sorted: readonly Mention[], byId: ReadonlyMap<string, Entity>, lex: StatementLexicon, start: number, before: number, end: number): string | null {
  const stop = Math.min(before, end);
  for (let i = lastBefore(sorted, stop), n = 0; i >= 0 && n < LOOKBACK_MENTIONS && sorted[i]!.span.start >= start; i--, n++) {
    const m = sorted[i]!;
    if (m.type === 'ORG' && !isOutlet(m.entityId, byId, lex)) return m.entityId;
  }
  return null;
}

/** The last organisation named before `at` that is not a news outlet. */
function lastOrganisation(sorted: readonly Mention[], byId: ReadonlyMap<string, Entity>, lex: StatementLexicon, at: number): string | null {
  for (let i = lastBefore(sorted, at), n = 0; i >= 0 && n < LOOKBACK_MENTIONS; i--, n++) {
    const m = sorted[i]!;
    if (m.type === 'ORG' && !isOutlet(m.entityId, byId, lex)) return m.entityId;
  }
  return null;
}

function isOutlet(id: string, byId: ReadonlyMap<string, Entity>, lex: StatementLexicon): boolean {
  return (byId.get(id)?.name ?? '').split(/\s+/).some((w) => lex.mediaNameWords.has(w));
}
