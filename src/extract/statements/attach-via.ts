import type { Doc } from '../../model/doc.js';
import type { Entity, Mention } from '../../model/entity.js';
import { mentionAt, mentionsIn } from '../entities/lookup.js';
import type { Draft } from './draft.js';
import type { StatementLexicon } from './lexicon.js';
import { lastBefore } from './resolve-pronouns.js';
import { namesBody, namesOutlet } from './phrase-tests.js';
import { low, tok, tokenAtOrAfter } from './tokens.js';

const RELAY_VERBS = new Set(['seen', 'obtained', 'reviewed', 'polled', 'surveyed', 'interviewed', 'contacted', 'published', 'shared', 'provided']);
const MAX_GAP = 4;
const ISSUER_VERBS = new Set(['published', 'shared', 'provided']);


/**
 * The outlet named in token range [a, b): an organisation, the last one (the phrase's head: "the Bamako
 * newspaper Le Courrier" → Le Courrier), else the covering mention.
 */
function entityOf(doc: Doc, mentions: readonly Mention[], a: number, b: number): string | null {
  if (a >= b) return null;
  const s = doc.tokenStart[a]!;
  const e = doc.tokenEnd[b - 1]!;
  const inside = mentionsIn(mentions, s, e);
  const orgs = inside.filter((m) => m.type === 'ORG');
  return orgs[orgs.length - 1]?.entityId ?? inside.filter((m) => m.type !== 'PERSON').pop()?.entityId ?? mentionAt(mentions, s, e)?.entityId ?? null;
}

/** "the newspaper", "the agency": the last outlet named before `at` (a name with a media word, or the noun). */
export function outletBefore(sorted: readonly Mention[], byId: ReadonlyMap<string, Entity>, lex: StatementLexicon, noun: string, at: number): string | null {
  for (let i = lastBefore(sorted, at), n = 0; i >= 0 && n < LOOKBACK_MENTIONS; i--, n++) {
    const words = (byId.get(sorted[i]!.entityId)?.name ?? '').split(/\s+/);
    if (words.some((w) => lex.mediaNameWords.has(w) || w.toLowerCase() === noun)) return sorted[i]!.entityId;
  }
  return null;
}

const LOOKBACK_MENTIONS = 200;

/** "seen by Reuters", "when contacted by X" between tokens a and end: the relaying outlet's phrase. */
function relayIn(doc: Doc, a: number, end: number, lex: StatementLexicon): readonly [number, number] | null {
  for (let k = a; k < end - 1; k++) {
    if (!RELAY_VERBS.has(low(doc, k))) continue;
    let by = k + 1;
    while (by < end && by - k <= MAX_GAP && low(doc, by) !== 'by') by++;
    if (low(doc, by) !== 'by') continue;
    let e = by + 1;
    while (e < end && tok(doc, e) !== ',' && tok(doc, e) !== '.' && low(doc, e) !== 'in' && low(doc, e) !== 'on') e++;
    // "a notice published by the council" names its issuer; only an outlet publishing it relays it.
    if (ISSUER_VERBS.has(low(doc, k)) && namesBody(doc, by + 1, e, lex)) return null;
    return e > by + 1 ? [by + 1, e] : null;
  }
  return null;
}

const ASKS = new Set(['request', 'requests', 'question', 'questions', 'call', 'calls', 'email', 'emails', 'message', 'messages']);

/** "did not respond to the agency's requests for comment": the outlet that asked. */
function askerOf(doc: Doc, d: Draft): readonly [number, number] | null {
  const first = tokenAtOrAfter(doc, d.content[0]);
  for (let k = first; k < doc.tokenCount && k - first < 6 && doc.tokenStart[k]! < d.content[1]; k++) {
    const t = tok(doc, k);
    if ((t === "'s" || t === '\u2019s') && ASKS.has(low(doc, k + 1))) return k > first ? [first, k] : null;
  }
  return null;
}

/**
 * Pass 8: the outlet that relayed a statement: "told Reuters" and "X reported, citing …" (found by
 * attach-sources), or "seen by Reuters" / "polled by X" between the source and its cue. "told the
 * agency" names the last outlet mentioned.
 */
export function attachVia(doc: Doc, drafts: Draft[], mentions: readonly Mention[], entities: readonly Entity[], lex: StatementLexicon): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const sorted = [...mentions].sort((x, y) => x.span.start - y.span.start);
  for (const d of drafts) {
    if (d.viaEntityId) continue;
    if (!d.via) {
      const a = d.source[0];
      d.via = relayIn(doc, a, d.cue && d.cue[0] > doc.tokenStart[a]! ? tokenAtOrAfter(doc, d.cue[0]) : d.source[1], lex);
    }
    if (!d.via && d.stance === 'no_comment') d.via = askerOf(doc, d) ?? relayIn(doc, tokenAtOrAfter(doc, d.content[1]), Math.min(doc.tokenCount, tokenAtOrAfter(doc, d.content[1]) + 8), lex);
    if (!d.via) continue;
    d.viaEntityId = entityOf(doc, mentions, d.via[0], d.via[1]);
    // "told Maria Lopez that …": a person or a place heard it; only an organisation relays.
    const viaType = d.viaEntityId ? byId.get(d.viaEntityId)?.type : undefined;
    if (viaType && viaType !== 'ORG' && viaType !== 'GROUP' && !namesOutlet(doc, d.via[0], d.via[1], lex)) d.viaEntityId = null;
    const first = low(doc, d.via[0]);
    if (!d.viaEntityId && (first === 'the' || first === 'its') && d.via[1] - d.via[0] <= 3)
      d.viaEntityId = outletBefore(sorted, byId, lex, low(doc, d.via[1] - 1), doc.tokenStart[d.via[0]]!);
  }
}
