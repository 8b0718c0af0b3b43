import type { EntityLexicons } from './lexicon-index.js';
import type { Word } from './words.js';

/**
 * A run of capitalised words that may name something, as word indexes [first, end).
 * Example: "Coalition for the Renewal of the North" is one run (connectors inside a name).
 */
export interface Run {
  readonly first: number;
  readonly end: number;
}

// Connectors that may sit inside a name between capitalised words.
const ENGLISH_CONNECTORS = new Set(['of', 'for']);
const FOREIGN_CONNECTORS = new Set(['de', 'del', 'da', 'das', 'do', 'dos', 'du', 'des', 'di', 'der', 'den', 'van', 'von', 'la', 'le', 'el', 'y', 'e', 'al', 'bin', 'ibn', 'bint', 'ben']);
const ARTICLES = new Set(['the']);
const APOSTROPHES = new Set(["'s", '’s', "'", '’']);

/** True when a run may continue over a connector: it already has a head word or a connector. */
function mayConnect(words: readonly Word[], first: number, upTo: number, lex: EntityLexicons, connector: string): boolean {
  if (FOREIGN_CONNECTORS.has(connector)) return true;
  // "Secretary of State", "Minister of Defence": a title goes on over "of".
  if (connector === 'of' && lex.titles.get(words[upTo - 1]!.text) === 'head') return true;
  for (let k = first; k < upTo; k++) {
    const t = words[k]!.text;
    if (lex.heads.has(t) || ENGLISH_CONNECTORS.has(t)) return true;
  }
  return false;
}

/** Finds capitalised runs, joining connectors, "&", and possessives of plural name nouns ("People's"). */
export function findRuns(words: readonly Word[], lex: EntityLexicons): Run[] {
  const runs: Run[] = [];
  const n = words.length;
  let i = 0;
  while (i < n) {
    const w = words[i]!;
    if (!w.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const nw = words[j];
      if (!nw || nw.sentence !== w.sentence) break;
      if (nw.cap) {
        j++;
        continue;
      }
      const lower = nw.text.toLowerCase();
      if (nw.text === '&' && words[j + 1]?.cap && words[j + 1]!.sentence === w.sentence) {
        j += 2;
        continue;
      }
      if (nw.text === 'and' && words[j + 1]?.cap && (hasConnector(words, i, j) || ((j - i >= 2 || !!lex.heads.get(words[j - 1]!.text)?.conjunct) && capsEndInHead(words, j + 1, lex)) || capsThenOrgNoun(words, j + 1, lex))) {
        j += 2;
        continue;
      }
      // "Radio 7", "Channel 4 News": a number after an organisation head is part of the name.
      if (/^\d{1,4}$/.test(nw.text) && nw.start === words[j - 1]!.end + 1 && isOrgHead(words[j - 1]!.text, lex)) {
        j++;
        continue;
      }
      if (nw.text === 'on' && joinsOn(words, j, lex)) {
        // "Commission on the Status of Women": the article goes with it.
        j += words[j + 1]?.text === 'the' ? 3 : 2;
        continue;
      }
      if ((ENGLISH_CONNECTORS.has(nw.text) || FOREIGN_CONNECTORS.has(nw.text)) && mayConnect(words, i, j, lex, nw.text)) {
        const after = words[j + 1];
        if (after?.cap && after.sentence === w.sentence) {
          j += 2;
          continue;
        }
        // "of the", "von der", "de la": a second connector before the next capitalised word.
        if (after && (ARTICLES.has(after.text) || FOREIGN_CONNECTORS.has(after.text)) && words[j + 2]?.cap && words[j + 2]!.sentence === w.sentence) {
          j += 3;
          continue;
        }
        break;
      }
      // "Salween People's Army"; "United Metalworkers' Federation" (a plural's apostrophe before a name that ends in a head).
      const plural = /s$/.test(words[j - 1]!.text) && (lower === "'" || lower === '’') && capsEndInHead(words, j + 1, lex);
      if (APOSTROPHES.has(lower) && nw.start === words[j - 1]!.end && (plural || lex.heads.get(words[j - 1]!.text)?.possessive) && words[j + 1]?.cap) {
        j += 2;
        continue;
      }
      break;
    }
    const lead = lex.stopwords.has(w.text) ? 1 : 0;
    const known = knownSpan(words, i + lead, lex);
    if (known) j = Math.max(j, i + lead + known);
    runs.push({ first: i, end: j });
    i = j;
  }
  return runs;
}

/**
 * "Commission on Elections", "Council on Foreign Relations": "on" joins when the word before it is an
 * institution head and a capitalised word that is neither a date word ("Council on Monday") nor a
 * known place ("a Commission on Oru" is about the place) follows.
 */
function joinsOn(words: readonly Word[], j: number, lex: EntityLexicons): boolean {
  const before = words[j - 1]!;
  const at = words[j + 1]?.text === 'the' ? j + 2 : j + 1;
  const after = words[at];
  if (!after?.cap || after.sentence !== before.sentence || lex.stopwords.has(after.text)) return false;
  const h = lex.heads.get(before.text);
  if (!h || !(h.institution || h.first === 'ORG')) return false;
  return !lex.known.has(after.key) && knownSpan(words, at, lex) === 0;
}

function isOrgHead(w: string, lex: EntityLexicons): boolean {
  const h = lex.heads.get(w);
  return !!h && (h.first === 'ORG' || h.last === 'ORG' || h.any === 'ORG');
}

function hasConnector(words: readonly Word[], first: number, upTo: number): boolean {
  for (let k = first; k < upTo; k++) if (ENGLISH_CONNECTORS.has(words[k]!.text)) return true;
  return false;
}

/** True when the capitalised words from `from` end in an organisation head ("Media Authority"). */
function capsEndInHead(words: readonly Word[], from: number, lex: EntityLexicons): boolean {
  if (from >= words.length) return false;
  let k = from;
  while (k < words.length && k - from < 4 && words[k]!.cap && words[k]!.sentence === words[from]!.sentence) k++;
  if (k < words.length && words[k]!.cap) return false;
  // "Aramco and Abu Dhabi National Oil Co" are two names: the second opens with a place.
  if (knownSpan(words, from, lex) > 0 || lex.known.has(words[from]!.key)) return false;
  return k > from && !!lex.heads.get(words[k - 1]!.text)?.last;
}

/**
 * Length in words of the longest known name starting at word i, over any words ("Organization for
 * Security and Co-operation in Europe" has a lower-case "in"), or 0.
 */
function knownSpan(words: readonly Word[], i: number, lex: EntityLexicons): number {
  // Callers probe past the end of the text ("The" as its last word); nothing is known there.
  if (i >= words.length) return 0;
  const sentence = words[i]!.sentence;
  let key = '';
  let best = 0;
  for (let k = i; k < words.length && k - i < lex.maxKnownWords + 2 && words[k]!.sentence === sentence; k++) {
    const w = words[k]!;
    if (w.key) key = key === '' || (w.start === words[k - 1]!.end && /^['’]/.test(w.text)) ? key + w.key : `${key} ${w.key}`;
    if (k > i && w.cap && lex.known.has(key)) best = k - i + 1;
  }
  return best;
}

/** "Unity and Prosperity party": capitalised words from `from`, then a lower-case organisation noun. */
function capsThenOrgNoun(words: readonly Word[], from: number, lex: EntityLexicons): boolean {
  if (from >= words.length) return false;
  let k = from;
  while (k < words.length && k - from < 3 && words[k]!.cap && words[k]!.sentence === words[from]!.sentence) k++;
  const next = words[k];
  return k > from && !!next && !next.cap && next.sentence === words[from]!.sentence && lex.context.get(next.text)?.after === 'ORG';
}
