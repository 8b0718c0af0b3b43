import type { Doc } from '../../model/doc.js';
import type { CharSpan } from './draft.js';
import type { Range } from './find-subject.js';
import type { StatementLexicon } from './lexicon.js';
import { isCap, isNounModifyingVerb, isRelative, low, pos, tok, tokenAtOrAfter } from './tokens.js';

/** Tests on candidate phrases: is it a noun phrase, a clause, something asked about. */

/** A noun or name to stand as a source ("more than", "later" do not). */
export function hasNoun(doc: Doc, [a, b]: Range): boolean {
  for (let k = a; k < b; k++) if (['NOUN', 'PROPN', 'PRON', 'NUM'].includes(pos(doc, k)) || isCap(doc, k)) return true;
  return false;
}

/** The phrase holds no finite verb or clause word: "said Mariam Touré, a researcher at X". */
export function isPlainPhrase(doc: Doc, [a, b]: Range): boolean {
  for (let k = a; k < b; k++) if (isRelative(doc, k) && k > a) return true;
  else if (pos(doc, k) === 'SCONJ' || low(doc, k) === 'as' || low(doc, k) === 'than') return false;
  else if (pos(doc, k) === 'VERB' && /ing$/.test(low(doc, k)) && k + 1 < b && pos(doc, k + 1) === 'NOUN') continue;
  else if ((pos(doc, k) === 'VERB' || pos(doc, k) === 'AUX') && !isNounModifyingVerb(doc, k, b) && !isCap(doc, k)) return false;
  return true;
}

/** "reported revenue of €9bn" is no report of a claim; "reported that sales fell" is. */
export function holdsClause(doc: Doc, [s, e]: CharSpan): boolean {
  if (doc.text[s - 1] === '"' || doc.text[s - 1] === '\u201C') return true;
  for (let k = tokenAtOrAfter(doc, s); k < doc.tokenCount; k++) {
    if (doc.tokenStart[k]! >= e) break;
    if ((pos(doc, k) === 'VERB' && !/ing$/.test(low(doc, k))) || pos(doc, k) === 'AUX') return true;
  }
  return false;
}

/** Something was asked about: not only adverbs ("would not comment further"). */
export function spanHasNoun(doc: Doc, [s, e]: CharSpan): boolean {
  for (let k = tokenAtOrAfter(doc, s); k < doc.tokenCount && doc.tokenStart[k]! < e; k++) if (!['ADV', 'PART', 'PUNCT', 'ADP', 'CCONJ', 'ADJ'].includes(pos(doc, k))) return true;
  return false;
}

/** "the Dunmore council", "the Interior Ministry": a body, not an outlet (no media word in it). */
export function namesBody(doc: Doc, a: number, b: number, lex: StatementLexicon): boolean {
  if (namesOutlet(doc, a, b, lex)) return false;
  for (let k = a; k < b; k++) if (lex.orgNameWords.has(tok(doc, k)) || lex.sourceNouns.get(low(doc, k))?.kind === 'body') return true;
  return false;
}

/** A media word in the phrase: "Harbour Post", "the newspaper". */
export function namesOutlet(doc: Doc, a: number, b: number, lex: StatementLexicon): boolean {
  for (let k = a; k < b; k++) if (lex.mediaNameWords.has(tok(doc, k)) || lex.sourceNouns.get(low(doc, k))?.kind === 'media') return true;
  return false;
}
