import type { Doc, Sentence } from '../../model/doc.js';
import { quoteAt, type Quote } from './find-quotes.js';
import type { CueEntry, StatementLexicon } from './lexicon.js';
import { isComma, low, pos, tok } from './tokens.js';

/** A cue found in the text: tokens [first, end), the lexicon entry, and its unit (sentence) index. */
export interface CueMatch {
  readonly first: number;
  readonly end: number;
  /** The trigger token (the reporting verb itself), after `first` when auxiliaries were taken in. */
  readonly head: number;
  readonly entry: CueEntry;
  readonly unit: number;
  /** A participle after a comma (", saying …"): its source is the clause's subject. */
  readonly participle: boolean;
}

// Adverbs (and articles: "rejected the claims") that belong to the cue ("has repeatedly said", "later declined") and may sit inside a phrase.
const SKIP_INSIDE = 2;
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can', 'shall', 'must', "'ll"]);
const NOT_CUE_ADVERBS = new Set(['also', 'then', 'so', 'now', 'too']);

function lemmaMatches(doc: Doc, i: number, lemma: string): boolean {
  const w = low(doc, i);
  if (doc.tokenLemma[i] === lemma || w === lemma || (lemma === 'not' && w === "n't")) return true;
  // A participle the tagger left as a noun ("warning", "accusing").
  return w.endsWith('ing') && (w.slice(0, -3) === lemma || w.slice(0, -3) + 'e' === lemma);
}

/** Tries one phrase at token i; returns the end token or -1. Adverbs may sit between words. */
function matchPhrase(doc: Doc, i: number, end: number, lemmas: readonly string[]): number {
  let k = i;
  for (let w = 0; w < lemmas.length; w++) {
    let skipped = 0;
    while (w > 0 && k < end && (pos(doc, k) === 'ADV' || pos(doc, k) === 'DET') && !lemmaMatches(doc, k, lemmas[w]!) && skipped < SKIP_INSIDE) {
      k++;
      skipped++;
    }
    if (k >= end || !lemmaMatches(doc, k, lemmas[w]!)) return -1;
    k++;
  }
  return k;
}

const VERBISH = new Set(['VERB', 'AUX']);
// A word tagged as a noun after these is a noun ("to questions", "the reports"), not a mis-tagged verb.
const AFTER_NOUN_SLOT = new Set(['DET', 'ADJ', 'ADP', 'NUM', 'PART']);
// A verb mis-tagged as a noun ("The council says") follows its subject.
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** "officials say could …", "analysts warn that …": a bare verb after a plural subject, opening a clause. */
function pluralSubjectVerb(doc: Doc, i: number, end: number): boolean {
  const prev = low(doc, i - 1);
  const pluralSubject = (pos(doc, i - 1) === 'NOUN' && prev.endsWith('s')) || prev === 'they' || prev === 'we';
  return pluralSubject && i + 1 < end && ['AUX', 'VERB', 'PRON', 'DET', 'SCONJ'].includes(pos(doc, i + 1));
}

const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP']);
const MAX_BELIEF_OBJECT = 8;

/** "see the reform as a betrayal": a short noun phrase, "as", then a noun phrase with no verb of its own. */
function seesAs(doc: Doc, from: number, end: number): boolean {
  let k = from;
  while (k < end && k - from < MAX_BELIEF_OBJECT && low(doc, k) !== 'as' && PHRASE_POS.has(pos(doc, k))) k++;
  if (k === from || k >= end || low(doc, k) !== 'as') return false;
  for (let j = k + 1; j < end && j - k <= MAX_BELIEF_OBJECT * 3 && !isComma(doc, j); j++) {
    // "the party's promises" tagged as a verb after a possessive or determiner is still a noun.
    const nounSlot = ['DET', 'ADJ', 'PART'].includes(pos(doc, j - 1));
    if ((pos(doc, j) === 'VERB' && !nounSlot) || pos(doc, j) === 'AUX' || pos(doc, j) === 'SCONJ') return false;
  }
  return k + 1 < end && PHRASE_POS.has(pos(doc, k + 1));
}

/** A cue verb used as a passive ("is expected to", "was found"): not a report. */
function isPassive(doc: Doc, head: number, first: number): boolean {
  let k = head - 1;
  while (k >= first && pos(doc, k) === 'ADV') k--;
  return k >= first && doc.tokenLemma[k] === 'be' && /(ed|en|wn|ld)$/.test(low(doc, head));
}

/** ", warning that …" tagged as a noun: the participle's verb ("warn", "accuse"). */
function participleTrigger(doc: Doc, i: number, lex: StatementLexicon): readonly CueEntry[] | undefined {
  const w = low(doc, i);
  if (!w.endsWith('ing') || !isComma(doc, i - 1)) return undefined;
  const stem = w.slice(0, -3);
  return lex.cuesByTrigger.get(stem) ?? lex.cuesByTrigger.get(stem + 'e');
}

/**
 * Pass 3: cues, by trigger lemma (each token looks up only the phrases its lemma starts), outside
 * quotations (a "said" inside a quote or a title is not a cue). Longest phrase wins; the cue takes in the
 * auxiliaries and adverbs before it ("did not respond", "has repeatedly said").
 */
export function findCues(doc: Doc, units: readonly Sentence[], quotes: readonly Quote[], lex: StatementLexicon): CueMatch[] {
  const out: CueMatch[] = [];
  units.forEach((u, unit) => {
    for (let i = u.firstToken; i < u.endToken; i++) {
      const list = lex.cuesByTrigger.get(doc.tokenLemma[i]!) ?? lex.cuesByTrigger.get(low(doc, i)) ?? participleTrigger(doc, i, lex);
      if (!list) continue;
      if (quoteAt(quotes, doc.tokenStart[i]!)) continue;
      for (const entry of list) {
        const end = matchPhrase(doc, i, u.endToken, entry.lemmas);
        if (end < 0) continue;
        if (entry.cls === 'belief' && !seesAs(doc, end, u.endToken)) break;
        // "…, a charge repeated by X": a claim noun in apposition to the clause before it.
        if (entry.cls === 'passive') {
          if (i - 2 < u.firstToken || pos(doc, i - 1) !== 'DET' || !isComma(doc, i - 2)) break;
          out.push({ first: i, end, head: i, entry, unit, participle: false });
          i = end - 1;
          break;
        }
        const head = entry.lemmas[0] === 'not' ? end - 1 : i;
        if (entry.lemmas[0] !== 'not' && entry.lemmas[0] !== 'according' && !VERBISH.has(pos(doc, i)) && !/(ed|ing)$/.test(low(doc, i)) && !(/s$/.test(low(doc, i)) && SUBJECT_POS.has(pos(doc, i - 1))) && !(i > u.firstToken && isComma(doc, i - 1)) && !pluralSubjectVerb(doc, i, u.endToken)) break;
        if (/s$/.test(low(doc, i)) && i > u.firstToken && (AFTER_NOUN_SLOT.has(pos(doc, i - 1)) || POSSESSIVES.has(low(doc, i - 1)))) break;
        if (entry.cls !== 'quoted' && entry.cls !== 'object' && entry.lemmas.length === 1 && isPassive(doc, i, u.firstToken)) break;
        // "men accused of …", "a report published by …": a participle modifying a noun, not a report.
        if (/ed$/.test(low(doc, i)) && i > u.firstToken && (pos(doc, i - 1) === 'NOUN' || pos(doc, i - 1) === 'PROPN') && ['of', 'by'].includes(low(doc, i + 1))) break;
        // "an estimated cost", "the reported deal": a participle between determiner and noun.
        if (/ed$/.test(low(doc, i)) && i > u.firstToken && pos(doc, i - 1) === 'DET') break;
        // "to demand news of their sons": an infinitive of purpose reports nothing.
        if (i > u.firstToken && low(doc, i - 1) === 'to' && pos(doc, i - 1) === 'PART' && entry.lemmas[0] !== 'not') break;
        let first = i;
        while (first > u.firstToken) {
          const p = pos(doc, first - 1);
          const t = low(doc, first - 1);
          if ((p === 'AUX' && doc.tokenLemma[first - 1] !== 'be') || t === 'not' || t === "n't" || (p === 'ADV' && !NOT_CUE_ADVERBS.has(t) && !isComma(doc, first - 2) && pos(doc, first - 2) !== 'DET')) first--;
          else break;
        }
        // "will announce", "could say": a report not yet made (refusals like "could not be reached" are kept).
        let modal = false;
        for (let k = first; k < i; k++) if (MODALS.has(low(doc, k))) modal = true;
        if (modal && entry.stance === 'assert') break;
        const participle = /ing$/.test(low(doc, i)) && (isComma(doc, first - 1) || tok(doc, first - 1) === 'and') && entry.cls !== 'according';
        out.push({ first, end, head, entry, unit, participle });
        i = end - 1;
        break;
      }
    }
  });
  return out;
}
