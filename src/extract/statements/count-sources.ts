import type { Doc } from '../../model/doc.js';
import type { Mention } from '../../model/entity.js';
import { mentionsIn } from '../entities/lookup.js';
import type { Draft } from './draft.js';
import { commaSegments, type Range } from './find-subject.js';
import type { SourceNoun, StatementLexicon } from './lexicon.js';
import { namesBody } from './phrase-tests.js';
import { isCap, isComma, isPronoun, low, pos, tok } from './tokens.js';

const STOP_PREPS = new Set(['for', 'of', 'at', 'in', 'with', 'to', 'from', 'by', 'on', 'who', 'which', 'familiar', 'close', 'seen', 'published', 'polled', 'dated', 'whose', 'speaking', 'reached']);
const LINK_PREPS = new Set(['for', 'of', 'to', 'at', 'by', 'from']);
const RELAY_WORDS = new Set(['seen', 'obtained', 'reviewed', 'published', 'polled', 'shared', 'provided']);
const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that', 'these']);

/** What the phrase's head says: the noun and its index, or a proper name. */
interface Head {
  readonly index: number;
  readonly noun: SourceNoun | null;
  readonly lemma: string;
  readonly named: boolean;
}

/** The source noun at token i, by lemma, lower-cased text, or a plain plural ("Prosecutors" at a sentence start). */
export function nounOf(doc: Doc, i: number, lex: StatementLexicon): SourceNoun | null {
  const w = low(doc, i);
  return lex.sourceNouns.get(doc.tokenLemma[i]!) ?? lex.sourceNouns.get(w) ?? (w.endsWith('s') ? lex.sourceNouns.get(w.slice(0, -1)) : undefined) ?? null;
}

function isTrailingParticiple(doc: Doc, k: number): boolean {
  return (pos(doc, k) === 'VERB' || pos(doc, k) === 'ADJ') && /(ed|en|wn)$/.test(low(doc, k)) && pos(doc, k - 1) === 'NOUN' && !isCap(doc, k);
}

/** "results certified last week by the commission": the phrase after "by", up to a comma (null when none). */
function byPhrase(doc: Doc, from: number, end: number, lex: StatementLexicon): Range | null {
  if (!isTrailingParticiple(doc, from)) return null;
  // "seen by", "obtained by": the outlet that relayed it, not the issuer ("published by" a newspaper too).
  if (RELAY_WORDS.has(low(doc, from)) && (low(doc, from) !== 'published' || !namesBody(doc, from + 1, end, lex))) return null;
  for (let k = from + 1; k < end && k - from <= 5; k++) if (low(doc, k) === 'by') return k + 1 < end ? [k + 1, end] : null;
  return null;
}

/** The head of [a, b): the last word before a preposition or relative ("a spokesman | for the brigade"). */
export function headOf(doc: Doc, [a, b]: Range, lex: StatementLexicon): Head {
  let end = b;
  // "official results certified last week by …": a participle after the noun closes the head phrase too.
  // "documents it had obtained": a contact clause's pronoun subject closes it as well.
  for (let k = a + 1; k < b; k++) if (STOP_PREPS.has(low(doc, k)) || tok(doc, k) === '(' || isTrailingParticiple(doc, k) || (isPronoun(doc, k) && pos(doc, k - 1) === 'NOUN')) {
    end = k;
    break;
  }
  let k = end - 1;
  while (k > a && (pos(doc, k) === 'PUNCT' || tok(doc, k) === '\u2019s' || tok(doc, k) === "'s")) k--;
  // "Kovač" read as "Kova" + "č": a glued fragment belongs to the word before it.
  while (k > a && doc.tokenStart[k] === doc.tokenEnd[k - 1] && !isCap(doc, k) && isCap(doc, k - 1)) k--;
  // "three sources involved in", "two people close to": the noun before a trailing participle or adjective.
  while (k > a && (pos(doc, k) === 'VERB' || pos(doc, k) === 'ADJ') && nounOf(doc, k - 1, lex)) k--;
  const noun = nounOf(doc, k, lex);
  // A capitalised head is a name unless it is a plain source noun opening the phrase ("Residents said").
  const named = isCap(doc, k) && !(k === a && noun) && !(noun && k > a && !isCap(doc, k - 1) && pos(doc, k) === 'NOUN');
  return { index: k, noun: named ? null : noun, lemma: (doc.tokenLemma[k] ?? '').toLowerCase(), named };
}

/** "five sources and a regional source" → 6; a bare plural anywhere → null (not said). */
function countOf(doc: Doc, [a, b]: Range, lex: StatementLexicon): number | null {
  let total = 0;
  let start = a;
  for (let k = a; k <= b; k++) {
    if (k < b && low(doc, k) !== 'and') continue;
    let n: number | null = null;
    let headNoun: SourceNoun | null = null;
    let head = -1;
    for (let j = start; j < k; j++) {
      if (STOP_PREPS.has(low(doc, j)) && j > start && low(doc, j) !== 'of') break;
      const nn = nounOf(doc, j, lex);
      if (nn) {
        headNoun = nn;
        head = j;
      }
    }
    for (let j = start; j < (head >= 0 ? head : k); j++) {
      const w = low(doc, j);
      if (n == null && lex.countWords.has(w)) n = lex.countWords.get(w)!;
      else if (n == null && pos(doc, j) === 'NUM' && /^\d+$/.test(w)) n = Number(w);
      if (w === 'of' && n != null) break;
    }
    if (n == null && head >= 0) {
      const singular = low(doc, head) === doc.tokenLemma[head] && !/s$/.test(low(doc, head));
      if (headNoun?.person && singular && DEFINITE.has(low(doc, start))) n = 1;
    }
    if (n == null) return null;
    total += n;
    start = k + 1;
  }
  return total || null;
}

/** "residents and a rebel spokesman": conjuncts of different kinds make an anonymous group. */
function mixedKinds(doc: Doc, [a, b]: Range, lex: StatementLexicon): boolean {
  const kinds = new Set<string>();
  for (let k = a; k < b; k++) {
    if (STOP_PREPS.has(low(doc, k)) && low(doc, k) !== 'and') {
      while (k < b && low(doc, k) !== 'and') k++;
      continue;
    }
    const n = /^['\u2019]s$/.test(tok(doc, k + 1)) ? null : nounOf(doc, k, lex);
    if (n && (k + 1 >= b || low(doc, k + 1) === 'and' || STOP_PREPS.has(low(doc, k + 1)) || !nounOf(doc, k + 1, lex))) kinds.add(n.kind);
  }
  return kinds.size > 1;
}

/** Mentions of entities in a range, by preference order of types. */
function entityIn(mentions: readonly Mention[], doc: Doc, [a, b]: Range, person: boolean): string | null {
  if (a >= b) return null;
  const ms = mentionsIn(mentions, doc.tokenStart[a]!, doc.tokenEnd[b - 1]!);
  if (person) return ms.find((m) => m.type === 'PERSON')?.entityId ?? null;
  // "a report by the Mogadishu-based Somali Water Network": the organisation at the phrase's head, not the city.
  const bodies = ms.filter((m) => m.type === 'ORG' || m.type === 'GROUP');
  return (bodies.length ? bodies[bodies.length - 1] : ms.find((m) => m.type !== 'PERSON' && m.type !== 'LOC'))?.entityId ?? null;
}

export function hasWord(doc: Doc, [a, b]: Range, words: ReadonlySet<string>): boolean {
  for (let k = a; k < b; k++) if (words.has(tok(doc, k))) return true;
  return false;
}

const surnameCache = new WeakMap<Doc, Set<string>>();
const NOT_FIRST_NAMES = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'Of', 'For', 'By', 'With', 'But', 'And', 'When', 'After']);

/** "Haddad" was seen with a first name ("Idris Haddad"): a person, when no entity says otherwise. One scan per article. */
function looksLikeSurname(doc: Doc, i: number): boolean {
  let set = surnameCache.get(doc);
  if (!set) {
    set = new Set();
    for (let k = 1; k < doc.tokenCount; k++) {
      const before = tok(doc, k - 1);
      if (isCap(doc, k) && /^[A-Z][a-z\u00e0-\u00ff]+$/.test(before) && !NOT_FIRST_NAMES.has(before)) set.add(tok(doc, k));
    }
    surnameCache.set(doc, set);
  }
  return set.has(tok(doc, i));
}

/**
 * Pass 5: kind, count, entity and head noun of every source. A capitalised head is a name (person or
 * organisation, from the entity layer's type, else from the name's words); otherwise the head noun's
 * lexicon kind decides. Unknown lowercase heads are not sources (narration), and the draft is dropped.
 */
export function countSources(doc: Doc, drafts: Draft[], mentions: readonly Mention[], lex: StatementLexicon): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    // "Norway's largest union on Tuesday": the time adjunct is not part of the source.
    const [s0, s1] = d.source;
    if (s1 - s0 > 2 && lex.timeWords.has(low(doc, s1 - 1)) && ['on', 'in', 'at', 'last', 'this', 'late', 'early'].includes(low(doc, s1 - 2))) d.source = [s0, s1 - 2];
    const [a, b] = d.source;
    let seg = commaSegments(doc, a, b)[0] ?? d.source;
    if (b - a === 1 && isPronoun(doc, a)) {
      const p = low(doc, a);
      d.anaphor = 'pronoun';
      d.kind = p === 'it' ? 'named_org' : p === 'they' || p === 'we' ? 'anonymous' : 'named_person';
      out.push(d);
      continue;
    }
    // "one of them", "One of the doctors": one source out of a group named before.
    const n0 = lex.countWords.get(low(doc, seg[0]));
    if (n0 !== undefined && low(doc, seg[0] + 1) === 'of') {
      let noun: SourceNoun | null = null;
      for (let k = seg[0] + 2; k < seg[1]; k++) noun = nounOf(doc, k, lex) ?? noun;
      d.kind = noun && (noun.kind === 'unnamed_official' || noun.kind === 'anonymous') ? noun.kind : 'anonymous';
      d.count = n0;
      d.headNoun = null;
      out.push(d);
      continue;
    }
    // "The coalition's director, Ama Nkansah" and "a police spokesman, Inspector X": the name decides.
    const segs = commaSegments(doc, a, b);
    let head = headOf(doc, seg, lex);
    if (!head.named && segs.length > 1 && (!head.noun || head.noun.person || head.noun.kind === 'body')) {
      const next = headOf(doc, segs[1]!, lex);
      if (next.named || !head.noun) {
        head = next;
        seg = segs[1]!;
      }
    }
    d.headNoun = head.noun ? head.lemma : null;
    // A sentence-initial common noun ("Turnout said little") is not a name unless an entity says so.
    if (head.named && head.index === seg[0] && pos(doc, head.index) === 'NOUN' && !mentionsIn(mentions, doc.tokenStart[seg[0]]!, doc.tokenEnd[seg[1] - 1]!).length) continue;
    if (head.named) {
      const person = entityIn(mentions, doc, seg, true);
      const org = entityIn(mentions, doc, seg, false);
      const hasTitleNoun = (() => {
        for (let k = seg[0]; k < head.index; k++) if (nounOf(doc, k, lex)?.person && !isCap(doc, k)) return true;
        return false;
      })();
      let mediaNoun = false;
      for (let k = seg[0]; k < head.index; k++) if (nounOf(doc, k, lex)?.kind === 'media') mediaNoun = true;
      if ((hasWord(doc, seg, lex.mediaNameWords) || mediaNoun) && !person) d.kind = 'media';
      else if (person || (!org && (hasTitleNoun || (!hasWord(doc, seg, lex.orgNameWords) && (head.index - seg[0] >= 1 ? isCap(doc, head.index - 1) && pos(doc, head.index - 1) === 'PROPN' : looksLikeSurname(doc, head.index))))))
        d.kind = 'named_person';
      else d.kind = 'named_org';
      d.entityId = d.kind === 'named_person' ? person : org;
      if (!d.entityId && d.kind === 'named_person') d.entityId = org;
      if (d.kind === 'named_org' && DEFINITE.has(low(doc, seg[0])) && head.index === seg[0] + 1 && !org) d.anaphor = 'definite';
      out.push(d);
      continue;
    }
    const noun = head.noun;
    if (!noun) continue;
    const mods: Range = [seg[0], head.index];
    let rest: Range = [head.index + 1, seg[1]];
    if (rest[0] < rest[1] && !LINK_PREPS.has(low(doc, rest[0]))) rest = byPhrase(doc, rest[0], rest[1], lex) ?? [rest[0], rest[0]];
    // "a report by the UN mission seen by Reuters": the relaying outlet is not the author.
    for (let k = rest[0]; k < rest[1]; k++) if (RELAY_WORDS.has(low(doc, k))) rest = [rest[0], k];
    if (noun.kind === 'body' && low(doc, head.index) !== doc.tokenLemma[head.index] && !DEFINITE.has(low(doc, seg[0])) && !entityIn(mentions, doc, seg, false)) {
      // "Aid agencies", "civil society groups": an unnamed plural body is a group of anonymous sources.
      d.kind = 'anonymous';
    } else if (noun.kind === 'body') {
      d.kind = 'named_org';
      d.entityId = entityIn(mentions, doc, mods, false) ?? entityIn(mentions, doc, rest, false);
      if (!d.entityId && DEFINITE.has(low(doc, seg[0]))) d.anaphor = 'definite';
    } else if (noun.kind === 'document') {
      let byEnd = head.index + 2;
      while (byEnd < b && !isComma(doc, byEnd) && !(pos(doc, byEnd) === 'VERB' && !isCap(doc, byEnd))) byEnd++;
      d.kind = low(doc, head.index + 1) === 'by' && hasWord(doc, [head.index + 2, byEnd], lex.mediaNameWords) ? 'media' : 'document';
      d.entityId = entityIn(mentions, doc, mods, false) ?? entityIn(mentions, doc, rest, false);
      if (DEFINITE.has(low(doc, seg[0])) && head.index <= seg[0] + 2) d.anaphor = 'definite';
    } else if (noun.kind === 'media') {
      d.kind = 'media';
      d.entityId = entityIn(mentions, doc, d.source, false);
      if (!d.entityId && DEFINITE.has(low(doc, seg[0]))) d.anaphor = 'definite';
    } else {
      d.kind = mixedKinds(doc, seg, lex) ? 'anonymous' : noun.kind;
      d.count = countOf(doc, d.source, lex);
      if (noun.kind === 'unnamed_official') {
        d.entityId = entityIn(mentions, doc, mods, false) ?? entityIn(mentions, doc, rest, false);
        if (!d.entityId && DEFINITE.has(low(doc, seg[0])) && head.index <= seg[0] + 3) d.anaphor = 'definite';
      } else if (DEFINITE.has(low(doc, seg[0]))) d.anaphor = 'definite';
    }
    out.push(d);
  }
  return out;
}
