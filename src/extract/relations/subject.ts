// Subjects read leftwards from a verb: auxiliaries, appositives, relative clauses, coordination, pronouns.
import type { EntityType, Mention } from '../../model/entity.js';
import { isLowerWord, isPossessive, pos, sameSentence, type Context } from './context.js';
import { QUOTES, type Phrase } from './noun-phrase.js';

// Negations, and adverbs that put the relation in the past ("previously worked for X"): no relation now.
// Hypothetical modals too: "would back", "could send" state no relation.
const NEGATIONS = new Set(['not', "n't", 'never', 'neither', 'nor', 'no', 'previously', 'formerly', 'would', 'could', 'might', 'may', 'should']);
// Verbs of intent or failure before an infinitive: "applied to join NATO" is not membership yet.
const IRREALIS = new Set(['apply', 'seek', 'want', 'plan', 'hope', 'try', 'attempt', 'aim', 'intend', 'threaten', 'refuse', 'decline', 'fail', 'consider', 'propose', 'wish', 'offer', 'ask', 'prepare',
  'bid', 'application', 'intention', 'ambition', 'desire', 'threat', 'refusal', 'proposal', 'push', 'quest', 'request', 'failure']);
// Tokens a subject may be separated from its verb by: auxiliaries are caught by POS; these are the
// raising and reporting verbs of "X is believed to be based in", "X is said to have sent".
const CHAIN_VERBS = new Set(['believed', 'thought', 'said', 'reported', 'alleged', 'understood', 'known', 'expected', 'likely', 'also', 'still', 'now']);
const RELATIVES = new Set(['who', 'which', 'that']);
const RELATIVES_CLAUSE = new Set(['who', 'which', 'whose']);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
// Words the tagger calls prepositions that also open a clause: "after Paredes won the backing of X".
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'although', 'though', 'when', 'once', 'if', 'unless', 'that']);
// Verbs whose object, not subject, does what the infinitive says: "urged the court to sanction X".
const OBJECT_CONTROL = new Set(['ask', 'urge', 'tell', 'order', 'force', 'call', 'persuade', 'allow', 'encourage', 'invite', 'want', 'press', 'pressure', 'help', 'enable', 'authorise', 'authorize', 'permit', 'require', 'expect', 'need']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const THING_PRONOUNS = new Set(['it', 'they']);
const ACTOR_TYPES: readonly EntityType[] = ['ORG', 'GROUP', 'GPE'];
// How far back a pronoun or a coordinated clause looks for its antecedent, so long sentences stay linear.
const MAX_LOOKBACK = 60;

/** The nearest mention of one of `types` before token i in its sentence. */
function nearestBefore(ctx: Context, i: number, types: readonly EntityType[]): number {
  for (let k = i - 1; k >= 0 && k > i - MAX_LOOKBACK && sameSentence(ctx, k, i); k--) {
    const mi = ctx.endsAt[k]!;
    // Not a modifier: "Port Arlen" in "the Port Arlen-based company", "Valdorian" in "Valdorian troops".
    if (mi < 0 || ctx.lower[k + 1] === '-' || ctx.mentions[mi]!.form === 'adjectival') continue;
    if (types.includes(ctx.mentions[mi]!.type)) return mi;
  }
  return -1;
}

/** Where the subject of a clause ending at token j (a mention's last token) starts, across coordination. */
function subjectsEndingAt(ctx: Context, j: number, ref: number): Mention[] {
  const out: Mention[] = [];
  let k = j;
  for (let guard = 0; guard < 5 && k >= 0 && ctx.endsAt[k]! >= 0; guard++) {
    const m = ctx.mentions[ctx.endsAt[k]!]!;
    // Actors of any kind may act together ("the RSF and the Sudanese army"); places and peoples may not.
    if (out.length && (m.type === 'LOC' || m.type === 'NORP' || out[0]!.type === 'LOC' || out[0]!.type === 'NORP')) break;
    out.push(m);
    let b = ctx.firstTok[k]! - 1;
    if (b >= 0 && pos(ctx, b) === 'DET') b--;
    if (b < 1 || !sameSentence(ctx, b, ref) || !(ctx.lower[b] === 'and' || ctx.lower[b] === ',')) break;
    let c = b - 1;
    const commaAnd = ctx.lower[b] === 'and' && ctx.lower[c] === ',';
    if (commaAnd) c--;
    if (c < 0 || ctx.endsAt[c]! < 0) break;
    // ", and" joins clauses ("from Valdoria, and the Brigade received"), unless it closes a longer list.
    if (commaAnd) {
      let d = ctx.firstTok[c]! - 1;
      if (d >= 0 && pos(ctx, d) === 'DET') d--;
      if (ctx.lower[d] !== ',') break;
    }
    k = c;
  }
  return out.reverse();
}

/**
 * For a comma at token j that closes ", who/which ...,": the last token of the name before ", who".
 * -1 when the comma closes no relative clause.
 */
function relativeClauseStart(ctx: Context, j: number): number {
  for (let k = j - 1; k > j - 16 && k > 1 && sameSentence(ctx, k, j); k--) {
    if (ctx.lower[k] === ',' || ctx.lower[k] === '.') {
      return RELATIVES_CLAUSE.has(ctx.lower[k + 1]!) && ctx.endsAt[k - 1]! >= 0 ? k - 1 : -1;
    }
  }
  return -1;
}

/** True when a preposition, perhaps with a determiner, comes right before token `first`. */
function afterPreposition(ctx: Context, first: number): boolean {
  let k = first - 1;
  if (k >= 0 && pos(ctx, k) === 'DET') k--;
  return k >= 0 && pos(ctx, k) === 'ADP' && !SUBORDINATORS.has(ctx.lower[k]!);
}

/** True when the name at token `first` ends a "by" phrase ("a group led by former trafficker X"): not a subject. */
function insideByPhrase(ctx: Context, first: number): boolean {
  for (let k = first - 1; k >= 0 && k > first - 6 && sameSentence(ctx, k, first); k--) {
    if (ctx.lower[k] === 'by') return true;
    const p = pos(ctx, k);
    if (!(p === 'ADJ' || p === 'DET' || (p === 'NOUN' && isLowerWord(ctx, k)) || ctx.lex.roleWords.has(ctx.lower[k]!))) return false;
  }
  return false;
}

/** An all-capitals place name before a comma opening a wire story: "BAMAKO, May 16 (Wire) -". */
function isDateline(ctx: Context, k: number): boolean {
  const m = ctx.mentions[ctx.startsAt[k]!]!;
  return m.text === m.text.toUpperCase() && m.text.length > 4 && ctx.lower[ctx.lastTok[k]! + 1] === ',';
}

/** The subject of a relative or coordinated clause: the mention before ", which/who" earlier in the sentence. */
function relativeAntecedent(ctx: Context, i: number): number {
  for (let k = i - 1; k > 0 && k > i - MAX_LOOKBACK && sameSentence(ctx, k, i); k--) {
    if (RELATIVES.has(ctx.lower[k]!) && ctx.lower[k - 1] === ',' && k >= 2 && ctx.endsAt[k - 2]! >= 0) return k - 2;
  }
  const first = ctx.doc.sentences[ctx.sentenceOf[i]!]!.firstToken;
  for (let k = first; k < Math.min(i, first + 3); k++) if (ctx.startsAt[k]! >= 0 && !isDateline(ctx, k)) return ctx.lastTok[k]!;
  return -1;
}

/**
 * The subject of the verb at token v, read leftwards: over auxiliaries and adverbs ("has also lent"),
 * a time phrase ("on Tuesday"), an appositive (", a former official,"), a relative pronoun
 * (", which is based"), a bracketed acronym, or a pronoun resolved to the nearest fitting mention.
 */
export function subjectBefore(ctx: Context, v: number, depth = 0): Phrase | null {
  let j = v - 1;
  let negated = false;
  let infinitive = false;
  for (let steps = 0; steps < 8 && sameSentence(ctx, j, v); steps++) {
    const w = ctx.lower[j]!;
    const p = pos(ctx, j);
    if (w === 'to') infinitive = true;
    if (NEGATIONS.has(w)) negated = true;
    else if (!(p === 'AUX' || p === 'ADV' || p === 'PART' || w === 'to' || CHAIN_VERBS.has(w)) || ctx.endsAt[j]! >= 0) break;
    j--;
  }
  if (!sameSentence(ctx, j, v)) return null;
  // A name right before the verb that ends a "by" phrase is not its subject ("a group led by X has
  // recruited"); through a relative pronoun or an appositive it may be ("approached by Y, which is based").
  const done = (end: number, direct = false): Phrase | null => {
    // "the Caspian Crossing Consortium (CCC), a venture led by": past the bracketed acronym.
    if (end > 2 && ctx.lower[end] === ')' && ctx.lower[end - 2] === '(') end -= 3;
    if (end < 0 || ctx.endsAt[end]! < 0) return null;
    // Nor is a name inside a prepositional phrase: "a court in Brno sanctioned".
    if (direct && (insideByPhrase(ctx, ctx.firstTok[end]!) || afterPreposition(ctx, ctx.firstTok[end]!))) return null;
    const mentions = subjectsEndingAt(ctx, end, v);
    // "If Warsaw sends troops", "whether Russia supports X": a condition or a question, not a statement.
    let before = ctx.firstTok[end]! - 1;
    if (before >= 0 && pos(ctx, before) === 'DET') before--;
    const hypothetical = before >= 0 && CONDITIONALS.has(ctx.lower[before]!);
    return { mentions, first: ctx.firstTok[end]!, last: end, negated: negated || hypothetical };
  };
  // A time phrase between subject and verb: "The Commission on Tuesday fined".
  if (ctx.endsAt[j]! < 0 && ['PROPN', 'NOUN', 'NUM'].includes(pos(ctx, j)) && !isLowerWord(ctx, j)) {
    for (let k = j - 1; k >= j - 2 && k > 0; k--) {
      if (ctx.inside[k]! >= 0) break;
      if (pos(ctx, k) === 'ADP' && ctx.endsAt[k - 1]! >= 0) {
        j = k - 1;
        break;
      }
    }
  }
  if (ctx.endsAt[j]! >= 0) return done(j, true);
  const w = ctx.lower[j]!;
  if (PERSON_PRONOUNS.has(w) || THING_PRONOUNS.has(w)) {
    const types = PERSON_PRONOUNS.has(w) ? (['PERSON'] as const) : ACTOR_TYPES;
    const mi = nearestBefore(ctx, j, types);
    const m = mi >= 0 ? ctx.mentions[mi]! : previousSubject(ctx, j, types);
    return m ? { mentions: [m], first: j, last: j, negated } : null;
  }
  if (w === 'and') return done(relativeAntecedent(ctx, j));
  let relative = '';
  if (RELATIVES.has(w)) {
    relative = w;
    j--;
    if (ctx.lower[j] === ',') j--;
    // "who" wants a person: "Musa Garba, an economist at Lagos Business School, who worked for X".
    if (relative === 'who' && (ctx.endsAt[j]! < 0 || ctx.mentions[ctx.endsAt[j]!]!.type !== 'PERSON')) {
      for (let k = j - 1; k > j - 16 && k > 0 && sameSentence(ctx, k, v); k--) {
        const mi = ctx.endsAt[k - 1]!;
        if (ctx.lower[k] === ',' && mi >= 0 && ctx.mentions[mi]!.type === 'PERSON') return done(k - 1);
      }
      return null;
    }
  }
  if (ctx.lower[j] === ')') {
    let k = j - 1;
    while (k > j - 8 && k > 0 && ctx.lower[k] !== '(') k--;
    if (ctx.lower[k] !== '(') return null;
    j = k - 1;
  }
  if (ctx.lower[j] === ',') {
    // "X, who heads Y, pledged": the subject is X, before the relative clause.
    const antecedent = relative ? -1 : relativeClauseStart(ctx, j);
    if (antecedent >= 0) return done(antecedent);
    // "X, backed by Y": X heads its own noun phrase, not "a programme in X, run by Y".
    if (ctx.endsAt[j - 1]! >= 0) return relative || !afterPreposition(ctx, ctx.firstTok[j - 1]!) ? done(j - 1) : null;
    // An appositive between subject and verb: "Kiprotich, a former county official, had been endorsed".
    for (let k = j - 1; k > j - 14 && k > 0 && sameSentence(ctx, k, v); k--) {
      const p = pos(ctx, k);
      if (p === 'VERB' || p === 'AUX') return null;
      if (ctx.lower[k] === ',') return done(k - 1);
    }
    return null;
  }
  if (ctx.endsAt[j]! >= 0) return done(j);
  // A possessive or adjectival mention before the head noun: "Lucero's campaign hired", "a Russian drive to recruit".
  let k = j;
  for (let n = 0; n < 2 && k > 0 && isLowerWord(ctx, k) && pos(ctx, k) === 'NOUN'; n++) k--;
  if (k === j) return infinitive && depth === 0 ? controllerOf(ctx, v) : null;
  // "Georgia's bid to join the EU": an aim, not yet a relation ("a Russian drive to recruit" is one).
  if (infinitive && IRREALIS.has(ctx.doc.tokenLemma[j]!)) return null;
  if (ctx.endsAt[k]! >= 0) return done(k);
  if (isPossessive(ctx, k)) return done(k - 1);
  // An appositive noun phrase: "the Indian Ocean Conflict Monitor, a research group based in Lisbon".
  while (k > j - 4 && k > 0 && isLowerWord(ctx, k) && pos(ctx, k) === 'ADJ') k--;
  if (pos(ctx, k) === 'DET') k--;
  if (ctx.lower[k] === ',' && k > 0) return done(k - 1);
  return infinitive && depth === 0 ? controllerOf(ctx, v) : null;
}

/**
 * The subject of an infinitive is the subject of the verb it completes: "The EU pledged 1.5 million
 * euros to help Zambia" → the EU; not after verbs whose object acts ("urged the court to sanction X").
 */
function controllerOf(ctx: Context, v: number): Phrase | null {
  for (let k = v - 2; k > v - 14 && k >= 0 && sameSentence(ctx, k, v); k--) {
    if (pos(ctx, k) !== 'VERB' || ctx.inside[k]! >= 0) continue;
    const lemma = ctx.doc.tokenLemma[k]!;
    if (OBJECT_CONTROL.has(lemma) || IRREALIS.has(lemma) || IRREALIS.has(ctx.lower[k]!.replace(/(ied|ed|s)$/, ''))) return null;
    return subjectBefore(ctx, k, 1);
  }
  return null;
}

/** The subject of the clause around token i: the subject of the nearest verb before it that has one. */
export function clauseSubject(ctx: Context, i: number): Mention[] {
  for (let k = i - 1; k > i - 20 && k >= 0 && sameSentence(ctx, k, i); k--) {
    if (pos(ctx, k) !== 'VERB' || ctx.inside[k]! >= 0) continue;
    const s = subjectBefore(ctx, k, 1);
    if (s && !s.negated) return [...s.mentions];
  }
  return [];
}

/**
 * A pronoun that opens a sentence ("It hired ...") refers to the subject of the sentence before,
 * when that sentence opens with a fitting name.
 */
export function previousSubject(ctx: Context, j: number, types: readonly EntityType[]): Mention | null {
  const si = ctx.sentenceOf[j]!;
  const sentence = ctx.doc.sentences[si]!;
  let first = sentence.firstToken;
  while (first < j && QUOTES.has(ctx.lower[first]!)) first++;
  if (first !== j || si === 0) return null;
  const prev = ctx.doc.sentences[si - 1]!;
  for (let k = prev.firstToken; k < Math.min(prev.endToken, prev.firstToken + 3); k++) {
    const mi = ctx.startsAt[k]!;
    if (mi < 0) continue;
    if (isDateline(ctx, k)) continue;
    const m = ctx.mentions[mi]!;
    return types.includes(m.type) ? m : null;
  }
  return null;
}

const BODY_TYPES = new Set(['ORG', 'GROUP', 'GPE']);

/** The nearest organisation, group or state named before token i in its sentence. */
function nearestBodyBefore(ctx: Context, i: number): number {
  for (let k = i - 1; k >= 0 && k > i - 40 && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k--) {
    const mi = ctx.endsAt[k]!;
    if (mi >= 0 && BODY_TYPES.has(ctx.mentions[mi]!.type)) return mi;
  }
  return -1;
}

/**
 * What "its"/"their" at token b refers to: the body that opens its sentence ("The company did not answer
 * calls from the Herald, and nobody came to its offices"), else the nearest body before it, else the
 * subject opening the sentence before.
 */
export function bodyOfPronoun(ctx: Context, b: number): number {
  const first = ctx.doc.sentences[ctx.sentenceOf[b]!]!.firstToken;
  for (let k = first; k < Math.min(b, first + 3); k++) {
    const mi = ctx.startsAt[k]!;
    if (mi >= 0 && !isDateline(ctx, k) && BODY_TYPES.has(ctx.mentions[mi]!.type)) return mi;
  }
  const near = nearestBodyBefore(ctx, b);
  if (near >= 0) return near;
  const prev = previousSubject(ctx, b, ['ORG', 'GROUP', 'GPE']);
  return prev ? ctx.mentions.indexOf(prev) : -1;
}
