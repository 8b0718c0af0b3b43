import type { Doc } from '../../model/doc.js';
import { isComma, isNounModifyingVerb, isNounish, isQuote, isRelative, low, pos, tok } from './tokens.js';

/** Token range [first, end). */
export type Range = readonly [number, number];

const INTRO_WORDS = new Set(['when', 'after', 'before', 'while', 'although', 'though', 'if', 'since', 'as', 'asked', 'in', 'on', 'at', 'during', 'separately', 'meanwhile', 'however', 'earlier', 'later', 'last', 'but', 'and', 'yet', 'still', 'instead', 'citing', 'speaking', 'responding', 'for', 'with', 'by', 'from', 'under', 'without', 'despite', 'over', 'within']);
const PAREN_ADVERBS = new Set(['meanwhile', 'however', 'too', 'though', 'also', 'instead', 'separately', 'for', 'in']);
const CLAUSE_SCONJ = new Set(['that', 'after', 'because', 'when', 'if', 'while', 'although', 'though', 'since', 'before', 'until', 'whether', 'where', 'once', 'unless', 'despite', 'amid', 'following', 'during']);
const MAX_SUBJECT = 40;
const SUBORDINATE_OPENERS = new Set(['as', 'while', 'whereas', 'because', 'although', 'though']);
const CLAUSE_SUBORDINATORS = new Set(['after', 'before', 'when', 'since', 'until', 'once', 'because', 'although', 'though']);

/** The comma segments of [first, end), ignoring commas inside quotations. */
export function commaSegments(doc: Doc, first: number, end: number): Range[] {
  const segs: Range[] = [];
  let start = first;
  let inQuote = false;
  for (let i = first; i < end; i++) {
    if (isQuote(doc, i)) inQuote = !inQuote;
    else if (!inQuote && isComma(doc, i)) {
      if (i > start) segs.push([start, i]);
      start = i + 1;
    }
  }
  if (end > start) segs.push([start, end]);
  return segs;
}

/** A parenthetical between commas: "who …", "which …", "reached by telephone", "meanwhile". */
export function isParenthetical(doc: Doc, [a, b]: Range): boolean {
  const t = low(doc, a);
  if (isRelative(doc, a)) return true;
  if (b - a === 1 && (pos(doc, a) === 'ADV' || PAREN_ADVERBS.has(t))) return true;
  if (pos(doc, a) === 'VERB' && (isNounModifyingVerb(doc, a, b) || t.endsWith('ing') || t.endsWith('ed'))) return true;
  if (pos(doc, a) === 'ADP' && b - a <= 4 && !isNounish(doc, b - 1)) return true;
  return t === 'not' || t === 'like' || t === 'including';
}

/** A finite verb or clause word inside a would-be subject: where the subject must start after. */
function isClauseBoundary(doc: Doc, i: number, end: number): boolean {
  const t = low(doc, i);
  const p = pos(doc, i);
  if (CLAUSE_SCONJ.has(t) && (p === 'SCONJ' || p === 'ADV' || t === 'that' || (p === 'ADP' && t !== 'that'))) return true;
  if (isRelative(doc, i)) return true;
  if (tok(doc, i) === ';' || tok(doc, i) === ':' || tok(doc, i) === '\u2014') return true;
  if (p === 'AUX') return true;
  if (p === 'VERB' && !isNounModifyingVerb(doc, i, end) && !tok(doc, i - 1).endsWith('-') && tok(doc, i - 1) !== '-') {
    // Capitalised "verbs" inside names ("Aurelia Holding") are tagging noise.
    if (i > 0 && (tok(doc, i)[0] ?? '').toUpperCase() === tok(doc, i)[0] && /[A-Z]/.test(tok(doc, i)[0] ?? '')) return false;
    return !(t.endsWith('ing') && i + 1 < end && pos(doc, i + 1) !== 'DET');
  }
  return false;
}

/** Where the clause holding token `end - 1` starts: after ";", ":", a dash, or ", and"/", but". */
export function clauseStart(doc: Doc, first: number, end: number): number {
  let commaSince = false;
  for (let i = end - 1; i >= first && end - i < 200; i--) {
    const t = tok(doc, i);
    if (t === ';' || t === ':' || t === '\u2014' || isQuote(doc, i)) return i + 1;
    if ((low(doc, i) === 'while' || low(doc, i) === 'whereas') && i > first && isComma(doc, i - 1)) return i + 1;
    // "…, after the wire reported that …": a subordinator after a comma opens the cue's own clause, when
    // no comma comes between them ("…, since the 2021 coup, said" is a phrase, not a clause).
    if (!commaSince && CLAUSE_SUBORDINATORS.has(low(doc, i)) && i > first && isComma(doc, i - 1)) return i + 1;
    if (isComma(doc, i)) commaSince = true;
    if ((low(doc, i) === 'and' || low(doc, i) === 'but') && i > first && (isComma(doc, i - 1) || (isQuote(doc, i - 1) && isComma(doc, i - 2))) && pos(doc, i + 1) !== 'VERB') return i + 1;
  }
  return first;
}

/**
 * The subject before a cue at token `cue`: intro phrases dropped ("In a statement, X said"), trailing
 * parentheticals dropped ("Haddad, who is …, did not respond"), appositives kept ("Kamala Tamang, a farmer,
 * said"), and a clause before it cut off ("Shares fell after a leaked report showed …"). Null when none.
 */
export function subjectBefore(doc: Doc, unitFirst: number, cue: number): Range | null {
  // "…, which reports on …": a relative clause's verb has no source of its own here.
  if (cue - 1 >= unitFirst && isRelative(doc, cue - 1)) return null;
  while (cue - 1 > unitFirst && pos(doc, cue - 1) === 'ADV' && !isNounish(doc, cue - 1)) cue--;
  const cs = clauseStart(doc, Math.max(unitFirst, cue - 200), cue);
  const segs = commaSegments(doc, cs, cue);
  if (!segs.length) return null;
  // "…, said internal polls had shown": a clause in the segment next to the cue ends the subject there.
  const [la, lb] = segs[segs.length - 1]!;
  let relative = false;
  for (let k = la; k < lb; k++) if (isRelative(doc, k) || low(doc, k) === 'that') relative = true;
  // "…, the operator said, as families accused …": a subordinate clause opens the subject after its conjunction.
  const opensWithSubordinator = segs.length > 1 && SUBORDINATE_OPENERS.has(low(doc, la)) && la + 1 < lb;
  // "officials, speaking anonymously because they were …, told": a participle parenthetical is dropped below, not cut into.
  const participleAside = pos(doc, la) === 'VERB' && (/ing$/.test(low(doc, la)) || isNounModifyingVerb(doc, la, lb));
  for (let k = lb - 1; k > la - (opensWithSubordinator ? 1 : 0) && segs.length > 1 && !relative && !participleAside; k--) {
    if (!(k === la && opensWithSubordinator) && !isClauseBoundary(doc, k, lb)) continue;
    for (let j = k + 1; j < lb; j++) if (isNounish(doc, j)) return [k + 1, lb];
    return null;
  }
  // "…, whose chairman, Anders Brekke, could not be reached": the subject opens with "whose".
  for (let k = segs.length - 1; k > 0 && segs.length - k <= 3; k--) {
    if (low(doc, segs[k]![0]) !== 'whose') continue;
    const [wa, wb] = segs[k]!;
    // "…, whose shares fell 4%, declined": a relative clause, not the subject.
    let verb = false;
    for (let j = wa; j < wb; j++) if (pos(doc, j) === 'VERB' || pos(doc, j) === 'AUX') verb = true;
    if (verb) break;
    return wa + 1 < cue ? [wa + 1, segs[segs.length - 1]![1]] : null;
  }
  let i = 0;
  while (i < segs.length - 1 && (INTRO_WORDS.has(low(doc, segs[i]![0])) || pos(doc, segs[i]![0]) === 'ADP')) i++;
  let last = segs.length - 1;
  while (last > i && isParenthetical(doc, segs[last]!)) last--;
  // A parenthetical in the middle breaks the span: keep what comes before it.
  for (let k = i + 1; k <= last; k++) if (isParenthetical(doc, segs[k]!)) last = k - 1;
  let [a] = segs[i]!;
  const headEnd = segs[i]![1];
  for (let k = headEnd - 1; k >= a; k--) {
    if (!isClauseBoundary(doc, k, headEnd)) continue;
    // "Two people who attended the hearing said": skip back over the relative clause.
    let r = k;
    let verbs = 0;
    while (r > a && !isRelative(doc, r) && k - r < 12) {
      r--;
      if (r < k && (pos(doc, r) === 'VERB' || pos(doc, r) === 'AUX')) verbs++;
    }
    // Skip back only over the relative clause's own verb ("people who attended the hearing said").
    if (r > a && isRelative(doc, r) && r !== k && isNounish(doc, r - 1) && verbs === 0) {
      k = r;
      continue;
    }
    if (isRelative(doc, k) && k > a && isNounish(doc, k - 1) && k !== headEnd - 1) continue;
    a = k + 1;
    break;
  }
  while (a < headEnd && (pos(doc, a) === 'CCONJ' || (pos(doc, a) === 'ADV' && !isNounish(doc, a)) || isQuote(doc, a))) a++;
  // A later segment in a multi-segment subject that itself holds a clause is not an appositive.
  for (let k = i + 1; k <= last; k++) {
    const [sa, sb] = segs[k]!;
    let clause = false;
    for (let j = sa; j < sb; j++) if (pos(doc, j) === 'AUX' || (pos(doc, j) === 'VERB' && !isNounModifyingVerb(doc, j, sb) && !isRelative(doc, j - 1) && !/ing$/.test(low(doc, j)))) clause = true;
    if (clause && !isAppositiveStart(doc, sa)) last = k - 1;
  }
  const b = segs[last]![1];
  // "Prices rose, the company declined": a clause that fills the first segment leaves the subject after its comma.
  while (a < b && (isComma(doc, a) || isQuote(doc, a))) a++;
  if (a >= b || b - a > MAX_SUBJECT) return null;
  let nounish = false;
  for (let k = a; k < b; k++) if (isNounish(doc, k)) nounish = true;
  return nounish ? [a, b] : null;
}

function isAppositiveStart(doc: Doc, i: number): boolean {
  const p = pos(doc, i);
  return p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'PROPN' || p === 'NUM';
}

/** A noun phrase after `first` up to a comma that opens a clause, a dash, or `end`: "said X, a researcher at Y". */
export function phraseAfter(doc: Doc, first: number, end: number, stopAtComma: boolean): Range | null {
  let b = first;
  for (; b < end; b++) {
    const t = tok(doc, b);
    if (t === '.' || t === ';' || t === ':' || t === '\u2014' || t === '(' || isQuote(doc, b)) break;
    if (isComma(doc, b)) {
      if (stopAtComma) break;
      const next = b + 1 < end ? b + 1 : -1;
      if (next < 0 || isRelative(doc, next) || pos(doc, next) === 'VERB' || pos(doc, next) === 'SCONJ' || low(doc, next) === 'according' || low(doc, next) === 'that') break;
    }
    if (low(doc, b) === 'that' && pos(doc, b) === 'SCONJ') break;
  }
  if (b <= first || b - first > MAX_SUBJECT) return null;
  return [first, b];
}
