import type { EntityType } from '../../model/entity.js';
import { POS_TAGS } from '../../model/doc.js';
import { foldKey } from './fold.js';
import type { EntityLexicons } from './lexicon-index.js';
import type { Candidate } from './segment-runs.js';
import type { Word } from './words.js';

/** Weighted votes for an entity type, summed over every occurrence of a name. */
export type Votes = Map<EntityType, number>;

export function vote(v: Votes, t: EntityType | undefined, w: number): void {
  if (t) v.set(t, (v.get(t) ?? 0) + w);
}

/** The type with most votes, or null when nothing voted. */
export function bestType(v: Votes): EntityType | null {
  let best: EntityType | null = null;
  let score = 0;
  for (const [t, s] of v) if (s > score) [best, score] = [t, s];
  return best;
}

const CONNECTORS = new Set(['of', 'for']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', "'s", '’s']);
// Verbs of saying right after a name: a person if the name has several words, else an organisation.
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'writes', 'denied', 'denies', 'warned', 'argued', 'insisted', 'stated', 'explained', 'noted', 'recalled', 'replied']);
// Prepositions of place: a following one- or two-word name is likely a place.
const PLACE_PREPS = new Set(['in', 'near', 'at', 'outside', 'around', 'from', 'towards', 'toward', 'into', 'across', 'throughout', 'to']);
const ROLE_PREPS = new Set(['of', 'for', 'at', 'with']);
const ADP = POS_TAGS.indexOf('ADP');
const VERB = POS_TAGS.indexOf('VERB');
const AUX = POS_TAGS.indexOf('AUX');

/** The word that decides a name's kind: the one before its first "of"/"for", else null. */
function headBeforeConnector(c: Candidate): string | null {
  for (let k = 1; k < c.words.length; k++) if (CONNECTORS.has(c.words[k]!)) return c.words[k - 1]!;
  return null;
}

const STATE_FORCES = new Set(['Army', 'Forces', 'Navy', 'Guard', 'Guards']);

/** "Nepal Army", "Armed Forces of the Republic of Oru": a state's name before the head or after "of". */
function namesState(ws: readonly string[], lex: EntityLexicons): boolean {
  const isState = (parts: readonly string[]): boolean => {
    const s = lex.known.get(foldKey(parts.join(' ')))?.[0];
    return !!s && s.type === 'GPE' && (s.form === 'full' || s.form === 'acronym');
  };
  if (isState(ws.slice(0, -1))) return true;
  const of = ws.indexOf('of');
  if (of < 0) return false;
  const tail = ws.slice(of + 1);
  return isState(tail[0] === 'the' ? tail.slice(1) : tail);
}

/** Votes from the name's own words: head nouns, people plurals, given names, titles. */
export function nameVotes(c: Candidate, lex: EntityLexicons, v: Votes): void {
  const ws = c.words;
  if (c.titled) vote(v, 'PERSON', 8);
  for (const w of ws) vote(v, lex.heads.get(w)?.any, 12);
  const ofHead = headBeforeConnector(c);
  if (ofHead) {
    const h = lex.heads.get(ofHead);
    const t = h?.first ?? h?.last;
    vote(v, t === 'GROUP' && STATE_FORCES.has(ofHead) && namesState(ws, lex) ? 'ORG' : t, 10);
  }
  const last = ws[ws.length - 1]!;
  const lastHead = lex.heads.get(last)?.last;
  if (lastHead && ws.length > 1) {
    // "Nepal Army" is a state's army (ORG); "Free Sahel Army" is an armed group.
    const stateArmy = lastHead === 'GROUP' && STATE_FORCES.has(last) && namesState(ws, lex);
    vote(v, stateArmy ? 'ORG' : lastHead, lex.heads.get(last)!.weight);
  } else if (lastHead && ws.length === 1) vote(v, lastHead, 3);
  if (ws.length > 1 && ofHead !== ws[0]) vote(v, lex.heads.get(ws[0]!)?.first, 9);
  const lastSense = lex.known.get(foldKey(last))?.[0];
  if (ws.length > 1 && lastSense?.form === 'people') vote(v, 'NORP', 12);
  // People's names rarely end in a place name: "Glimmr Europe", "Kenya Courier".
  if (ws.length > 1 && lastSense?.form === 'full' && (lastSense.type === 'GPE' || lastSense.type === 'LOC')) vote(v, 'ORG', 2);
  if (ws.length >= 2 && ws.length <= 4 && lex.givenNames.has(ws[0]!)) vote(v, 'PERSON', 5);
  // "Saudi Aramco", "Abu Dhabi National Oil Co": a person's name does not open with a place.
  if (ws.length > 1) {
    const firstSense = lex.known.get(foldKey(ws[0]!))?.[0] ?? lex.known.get(foldKey(ws.slice(0, 2).join(' ')))?.[0];
    if (firstSense && (firstSense.type === 'GPE' || firstSense.type === 'LOC')) vote(v, 'ORG', 2);
  }
  if (ws.length === 1 && /^\p{Lu}{2,}$/u.test(ws[0]!)) vote(v, 'ORG', 1);
}

/** Votes from the words around one occurrence: role nouns, appositives, "-based", place prepositions. */
export function contextVotes(c: Candidate, words: readonly Word[], lex: EntityLexicons, v: Votes): void {
  const prev = words[c.first - 1];
  const next = words[c.endWord];
  const sameSentence = (w: Word | undefined): w is Word => !!w && w.sentence === words[c.first]!.sentence;
  const groupCue = hasGroupCue(c, words, lex);
  if (groupCue) vote(v, 'GROUP', 4);
  if (sameSentence(prev) && !prev.cap) {
    const lower = prev.text.toLowerCase();
    const before = lex.context.get(lower)?.before;
    // "the armed group X": an organisation noun with an armed-group modifier.
    vote(v, before === 'ORG' && groupCue ? 'GROUP' : before, 5);
    // "the town of X", "shares in X": the noun before the preposition decides.
    const pp = words[c.first - 2];
    let ppType = prev.pos === ADP && sameSentence(pp) && (!pp.cap || pp.initial) ? lex.context.get(pp.text.toLowerCase())?.before : undefined;
    if (ppType === 'PERSON') {
      // "a spokesman for X", "head of X": X is what the person works for; "at Oru-based Y" says nothing.
      ppType = ROLE_PREPS.has(lower) && next?.text !== '-' ? 'ORG' : undefined;
      vote(v, ppType, 3);
    } else vote(v, ppType, 6);
    if (!ppType && PLACE_PREPS.has(lower) && c.words.length <= 2) vote(v, 'GPE', 2);
    if (lower === 'the' && c.words.length === 1) vote(v, 'ORG', 1);
  }
  // "its European subsidiary, Glimmr Europe": a role noun, a comma, then the name.
  if (sameSentence(prev) && prev.text === ',') {
    const pp = words[c.first - 2];
    if (sameSentence(pp) && !pp.cap) vote(v, lex.context.get(pp.text.toLowerCase())?.appositive, 4);
  }
  if (!sameSentence(next)) return;
  const nextLower = next.text.toLowerCase();
  vote(v, lex.context.get(nextLower)?.after, 6);
  // "the M24 rebel movement", "X militants".
  if (lex.context.get(nextLower)?.groupModifier) vote(v, 'GROUP', 4);
  if (next.text === '-' && words[c.endWord + 1]?.text === 'based') vote(v, 'GPE', 5);
  if (SPEECH.has(nextLower)) vote(v, c.words.length > 1 ? 'PERSON' : 'ORG', 2);
  if (next.text === ',') {
    const n1 = words[c.endWord + 1];
    const n2 = words[c.endWord + 2];
    // "Varga, 52, said": an age; "Varga, who ...": a person.
    if (n1 && /^\d{1,3}$/.test(n1.text) && n2?.text === ',') vote(v, 'PERSON', 6);
    else if (n1?.text === 'who') vote(v, 'PERSON', 3);
    else appositiveVotes(c.endWord + 1, words, lex, v, next.sentence);
  }
}

const KNOWN_AS = new Set(['known', 'as', 'locally', 'widely', 'also', 'called', 'named', ',']);

/**
 * An armed-group word just before the name ("the rebel group X", "fighters from the X"), also across
 * "known (locally) as" ("The insurgents, known as X").
 */
function hasGroupCue(c: Candidate, words: readonly Word[], lex: EntityLexicons): boolean {
  const sentence = words[c.first]!.sentence;
  let k = c.first - 1;
  let skipped = 0;
  while (k >= 0 && skipped < 5 && words[k]!.sentence === sentence && KNOWN_AS.has(words[k]!.text.toLowerCase())) {
    k--;
    skipped++;
  }
  const stop = Math.max(0, k - 3);
  for (; k >= stop; k--) {
    const w = words[k]!;
    if (w.sentence !== sentence || w.punct) return false;
    if (lex.context.get(w.text.toLowerCase())?.groupModifier) return true;
  }
  return false;
}

/**
 * "X, a rebel coalition based in ...": the noun ending the appositive phrase (before a preposition, verb
 * or punctuation) decides; "the EU's executive arm" ends in "arm", which says nothing.
 */
function appositiveVotes(from: number, words: readonly Word[], lex: EntityLexicons, v: Votes, sentence: number): void {
  let last: string | null = null;
  let group = false;
  for (let k = from; k < Math.min(words.length, from + 8); k++) {
    const w = words[k]!;
    if (w.sentence !== sentence) break;
    // "a Vienna-based group": the hyphenated modifier is skipped whole.
    if (w.text === '-' && w.start === words[k - 1]!.end) {
      k++;
      continue;
    }
    if (w.punct) break;
    const lower = w.text.toLowerCase();
    if (DETERMINERS.has(lower)) continue;
    const verb = w.pos === VERB || w.pos === AUX;
    // "X, told Y" is no appositive; "the ruling party" has a verb-like modifier before its noun.
    if (verb && k === from) return;
    if (w.pos === ADP || (verb && last !== null)) {
      // "an alliance of armed groups": the words after "of" may still make it armed.
      for (let q = k + 1; q < Math.min(words.length, k + 6) && words[q]!.sentence === sentence && !words[q]!.punct; q++)
        if (lex.context.get(words[q]!.text.toLowerCase())?.groupModifier) group = true;
      break;
    }
    if (lex.context.get(lower)?.groupModifier) group = true;
    last = lower;
  }
  const head = last ? lex.context.get(last)?.appositive : undefined;
  if (!head) return;
  vote(v, group && head !== 'PERSON' && head !== 'GPE' ? 'GROUP' : head, 6);
}

/** Fallback votes so every name gets a type: several words → person, one word → organisation. */
export function defaultVotes(c: Candidate, v: Votes): void {
  vote(v, c.words.length > 1 ? 'PERSON' : 'ORG', 0.5);
}
