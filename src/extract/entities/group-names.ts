import type { EntityType, MentionForm } from '../../model/entity.js';
import { readKnown } from './classify-known.js';
import { slugOf } from './fold.js';
import type { EntityLexicons, KnownSense } from './lexicon-index.js';
import { isCommonPlural, nameEvidenceWords } from './common-plurals.js';
import { hasProductCue } from './product-cues.js';
import type { Candidate } from './segment-runs.js';
import { bestType, contextVotes, defaultVotes, nameVotes, vote, type Votes } from './type-evidence.js';
import type { Word } from './words.js';

/** One occurrence of a group's name in the text. */
export interface Occurrence {
  readonly c: Candidate;
  start: number;
  end: number;
  form: MentionForm;
  rule: string;
  /** End of "Oru region" when the lower-case place head after the name belongs to it (places only). */
  extendEnd?: number;
}

/**
 * The names in one article that refer to one actor, before ids are given.
 * Example: {key: 'u:idris haddad', words: ['Idris','Haddad'], occurrences: ["Idris Haddad", "Haddad"]}.
 */
export interface NameGroup {
  readonly key: string;
  readonly known: boolean;
  canonical: string;
  type: EntityType | null;
  readonly votes: Votes;
  words: readonly string[];
  readonly occurrences: Occurrence[];
  /** Not an actor ("Digital Markets Act"): it and everything linked to it is left out. */
  dropped: boolean;
  parent: NameGroup | null;
}

const OUTLET_STYLE = /^\p{Lu}\p{Ll}{3,}\d{1,4}$/u;
const COMPASS = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'north', 'south', 'east', 'west']);

export interface GroupingContext {
  readonly words: readonly Word[];
  readonly lex: EntityLexicons;
  readonly outletKey: string | null;
  readonly datelineKey: string | null;
}

/** True when a one-word name opening a sentence has no evidence of being a name at all. */
function isSentenceCase(c: Candidate, ctx: GroupingContext, lowerWords: ReadonlySet<string>, midCaps: ReadonlySet<string>, nameWords: ReadonlySet<string>): boolean {
  if (!ctx.words[c.first]!.initial || c.words.length > 1) return false;
  const w = c.words[0]!;
  if (/^\p{Lu}{2,}$/u.test(w) || /\d/.test(w) || ctx.lex.heads.get(w)?.institution) return false;
  if (lowerWords.has(w.toLowerCase())) return true;
  // A word of a longer name ("Haddad" of "Idris Haddad"), unless it is a generic head ("Farmers' Union").
  if (midCaps.has(c.key) || (nameWords.has(w) && !ctx.lex.heads.has(w))) return false;
  const next = ctx.words[c.endWord]?.text;
  return !(next === "'s" || next === '’s' || next === '-');
}

/** Senses reordered so one whose entity the article names in full comes first. */
function preferPresent(senses: readonly KnownSense[], present: ReadonlySet<string>): readonly KnownSense[] {
  if (senses.length < 2 || present.has(senses[0]!.canonical)) return senses;
  const hit = senses.find((s) => s.form === senses[0]!.form && present.has(s.canonical));
  return hit ? [hit, ...senses.filter((s) => s !== hit)] : senses;
}

/** Groups candidates by known canonical name or by their own folded text, collecting type votes. */
export function groupCandidates(cands: readonly Candidate[], ctx: GroupingContext): Map<string, NameGroup> {
  const { words, lex } = ctx;
  const lowerWords = new Set<string>();
  for (const w of words) if (w.wordy && !w.cap) lowerWords.add(w.text);
  const midCaps = new Set<string>();
  // Words of longer names: "Haddad" opening a sentence is the surname of "Idris Haddad".
  const nameWords = new Set<string>();
  for (const c of cands) {
    if (!words[c.first]!.initial) midCaps.add(c.key);
    if (c.words.length > 1) for (const w of c.words) nameWords.add(w);
  }

  // States named in full in this article: an ambiguous demonym ("Congolese") reads as one of them.
  const present = new Set<string>();
  // Only unambiguous names count: "Congo" alone may be either Congo, "DR Congo" or "Kinshasa" is one of them.
  for (const c of cands) {
    const s = c.senses;
    if (!s || !s.every((x) => x.canonical === s[0]!.canonical)) continue;
    const f = s[0]!.form;
    if (f === 'full' || f === 'acronym' || (f === 'capital' && s[0]!.type === 'GPE')) present.add(s[0]!.canonical);
  }
  const groups = new Map<string, NameGroup>();
  const groupFor = (key: string, known: boolean, canonical: string, type: EntityType | null, ws: readonly string[]): NameGroup => {
    let g = groups.get(key);
    if (!g) {
      g = { key, known, canonical, type, votes: new Map(), words: ws, occurrences: [], dropped: false, parent: null };
      groups.set(key, g);
    }
    return g;
  };

  const productCues = new Map<NameGroup, number>();
  const evidence = nameEvidenceWords(cands, words);
  for (const c of cands) {
    const next = words[c.endWord];
    const nextText = next && !next.cap && next.sentence === words[c.first]!.sentence ? next.text : '';
    if (c.senses) {
      if (c.senses[0]!.form === 'adjectival' && lex.fieldAfter.has(nextText)) continue;
      const r = readKnown(c, preferPresent(c.senses, present), words, ctx.datelineKey);
      const g = groupFor(`k:${slugOf(r.canonical)}`, true, r.canonical, r.type, r.canonical.split(' '));
      const occ: Occurrence = { c, start: c.start, end: c.end, form: r.form, rule: r.rule };
      const prev = words[c.first - 1];
      if (r.type === 'LOC' && prev && !prev.cap && COMPASS.has(prev.text) && prev.sentence === words[c.first]!.sentence) occ.start = prev.start;
      g.occurrences.push(occ);
      continue;
    }
    if (c.words.length === 1 && lex.aloneWords.has(c.words[0]!)) continue;
    if (lex.thingAfter.has(nextText) && words[c.first - 1]?.text.toLowerCase() === 'the') continue;
    // "Article 5", "Resolution 2334": a word numbering a thing.
    if (c.words.length === 1 && next && next.start === c.end + 1 && /^\d/.test(next.text)) continue;
    if (isSentenceCase(c, ctx, lowerWords, midCaps, nameWords) || isCommonPlural(c, words, lex, lowerWords, evidence)) continue;
    const g = groupFor(`u:${c.key}`, false, c.text, null, c.words);
    if (c.words.length > g.words.length) g.words = c.words;
    if (c.words.length > 1 && lex.notActorLast.has(c.words[c.words.length - 1]!)) g.dropped = true;
    const occ: Occurrence = { c, start: c.start, end: c.end, form: 'full', rule: c.titled ? 'entities/titled-person' : 'entities/capitalised-name' };
    if (g.occurrences.length === 0) nameVotes(c, lex, g.votes);
    contextVotes(c, words, lex, g.votes);
    if (c.key === ctx.datelineKey && words[c.first]!.initial && words[c.first]!.allCaps) {
      vote(g.votes, 'GPE', 20);
      occ.rule = 'entities/dateline';
    }
    if (ctx.outletKey && c.key === ctx.outletKey) vote(g.votes, 'ORG', 20);
    // "the Oru region": the lower-case place head belongs to the mention.
    const after = next && !next.cap && next.sentence === words[c.first]!.sentence ? lex.context.get(next.text)?.after : undefined;
    if ((after === 'GPE' || after === 'LOC') && !next!.text.endsWith('s')) {
      occ.extendEnd = next!.end;
    }
    g.occurrences.push(occ);
    if (hasProductCue(c, words, lex)) productCues.set(g, (productCues.get(g) ?? 0) + 1);
  }
  for (const g of groups.values()) {
    if (g.known) continue;
    // A product ("the drug Cardivel") is no actor unless its own words or context say organisation or person.
    if (productCues.has(g) && Math.max(0, ...g.votes.values()) < 5) g.dropped = true;
    defaultVotes(g.occurrences[0]!.c, g.votes);
    g.type = bestType(g.votes);
    // "MiG-29", "F-16": a model number names a thing, unless the context says group ("M23 rebels").
    // "Zielonka24" (a word of four letters or more, then digits) is an outlet-style name, not a model.
    if (g.words.length === 1 && /\d/.test(g.words[0]!) && !OUTLET_STYLE.test(g.words[0]!) && Math.max(...g.votes.values()) < 4) g.dropped = true;
  }
  shareListTypes(cands, groups, words);
  return groups;
}

const LIST_GLUE = new Set([',', 'and', 'or']);

/**
 * "the districts of Oru, Tano and Bel": names coordinated with a place (or a people) are places too,
 * unless their own evidence says otherwise.
 */
function shareListTypes(cands: readonly Candidate[], groups: ReadonlyMap<string, NameGroup>, words: readonly Word[]): void {
  const groupOf = (c: Candidate): NameGroup | undefined => groups.get(c.senses ? '' : `u:${c.key}`);
  // The type a list member lends to its neighbours: a place or a people, when sure.
  const lendable = (c: Candidate): EntityType | null => {
    if (c.senses) {
      const s = c.senses[0]!;
      return s.type === 'GPE' && s.form !== 'adjectival' ? 'GPE' : s.form === 'people' ? 'NORP' : null;
    }
    const g = groupOf(c);
    if (!g || !g.type || g.type === 'PERSON' || g.type === 'LOC') return null;
    // A place or a people lends its type on fair evidence; an organisation only on a head word.
    return (g.votes.get(g.type) ?? 0) >= (g.type === 'GPE' || g.type === 'NORP' ? 2 : 9) ? g.type : null;
  };
  // How sure a lender is: a weak lender ("from Oru and Tano") only fills a name with no evidence at all.
  const sure = (c: Candidate, t: EntityType): boolean => !!c.senses || (groupOf(c)?.votes.get(t) ?? 0) >= 4;
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    let glued = b.first > a.endWord && b.first - a.endWord <= 2;
    for (let k = a.endWord; glued && k < b.first; k++) glued = LIST_GLUE.has(words[k]!.text) && words[k]!.sentence === words[a.first]!.sentence;
    // "Sinopec and Japan's Eneos": a possessive place is not a list member.
    if (/^['’]/.test(words[b.endWord]?.text ?? '')) glued = false;
    if (!glued) continue;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const gy = groupOf(y);
      const t = lendable(x);
      if (!t || !gy || gy.known) continue;
      let strongest = 0;
      for (const [u, n] of gy.votes) if (u !== t) strongest = Math.max(strongest, n);
      if (strongest < (sure(x, t) ? 3 : 1)) {
        gy.type = t;
        vote(gy.votes, t, 4);
      }
    }
  }
}

/** The root of a merged group. */
export function rootOf(g: NameGroup): NameGroup {
  let r = g;
  while (r.parent) r = r.parent;
  return r;
}
