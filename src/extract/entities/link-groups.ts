import type { MentionForm } from '../../model/entity.js';
import { rootOf, type NameGroup } from './group-names.js';
import type { HeadInfo } from './lexicon-index.js';
import type { Candidate } from './segment-runs.js';
import type { Word } from './words.js';

const NAME_CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'del', 'da', 'das', 'do', 'dos', 'du', 'des', 'di', 'la', 'le', 'el', 'on', 'in']);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u;

function merge(child: NameGroup, parent: NameGroup, form: MentionForm, rule: string): void {
  const p = rootOf(parent);
  if (p === child) return;
  child.parent = p;
  for (const o of child.occurrences) {
    o.form = form;
    o.rule = rule;
  }
}

/** Initial-letter spellings of a name: content words only, with connectors, and hyphen parts split. */
export function initialsOf(words: readonly string[]): Set<string> {
  const content: string[] = [];
  const all: string[] = [];
  const parts: string[] = [];
  for (const w of words) {
    const first = w[0] ?? '';
    if (!/\p{L}/u.test(first)) continue;
    if (!NAME_CONNECTORS.has(w.toLowerCase())) {
      content.push(first.toUpperCase());
      for (const p of w.split('-')) if (p) parts.push(p[0]!.toUpperCase());
    }
    all.push(first.toUpperCase());
  }
  return new Set([content.join(''), all.join(''), parts.join('')].filter((s) => s.length >= 2));
}

/** "Government of National Accord (GNA)": the acronym in brackets names the name just before it. */
function linkBracketAcronyms(groups: readonly NameGroup[], byCandidate: ReadonlyMap<Candidate, NameGroup>, words: readonly Word[]): void {
  const byEndWord = new Map<number, NameGroup>();
  for (const [c, g] of byCandidate) byEndWord.set(c.endWord, g);
  for (const g of groups) {
    if (g.known || g.words.length !== 1 || !ACRONYM.test(g.words[0]!)) continue;
    for (const o of g.occurrences) {
      const c = o.c;
      if (words[c.first - 1]?.text !== '(' || words[c.endWord]?.text !== ')') continue;
      const before = byEndWord.get(c.first - 1);
      if (before && before !== g && before.words.length > 1) {
        merge(g, before, 'acronym', 'entities/acronym-in-parentheses');
        break;
      }
    }
  }
}

/** "UHP" for "United Heritage Party" when the letters match. */
function linkInitials(groups: readonly NameGroup[]): void {
  const byInitials = new Map<string, NameGroup[]>();
  for (const t of groups) {
    if (t.words.length < 2 || t.type === 'PERSON') continue;
    for (const i of initialsOf(t.words)) {
      const list = byInitials.get(i) ?? [];
      list.push(t);
      byInitials.set(i, list);
    }
  }
  for (const g of groups) {
    if (g.known || g.parent || g.words.length !== 1 || !ACRONYM.test(g.words[0]!)) continue;
    const hits = (byInitials.get(g.words[0]!.replace(/-/g, '')) ?? []).filter((t) => t !== g);
    const roots = new Set(hits.map(rootOf));
    if (roots.size === 1) merge(g, hits[0]!, 'acronym', 'entities/acronym-initials');
  }
}

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

/** True when `long` is `short` plus company words only ("Amber Ridge" + "Mining", "Talvik" + "Holdings Ltd"). */
function suffixOnly(long: readonly string[], short: readonly string[], heads: ReadonlyMap<string, HeadInfo>): boolean {
  for (let k = 0; k < short.length; k++) if (long[k] !== short[k]) return false;
  for (let k = short.length; k < long.length; k++) if (heads.get(long[k]!.replace(/\.$/, ''))?.last !== 'ORG') return false;
  return true;
}

/** "Haddad" → Idris Haddad (surname), "Vanguard" → Sahel Vanguard Brigade (part of an org's name). */
function linkShortForms(groups: readonly NameGroup[], heads: ReadonlyMap<string, HeadInfo>): void {
  // Longer names indexed by each of their words, so a short form only meets names sharing a word.
  const byWord = new Map<string, NameGroup[]>();
  for (const t of groups) {
    if (t.words.length < 2 || t.type === 'GPE' || t.type === 'LOC' || t.type === 'NORP') continue;
    for (const w of new Set(t.words)) {
      const list = byWord.get(w) ?? [];
      list.push(t);
      byWord.set(w, list);
    }
  }
  for (const g of groups) {
    if (g.known || g.parent) continue;
    const strongPlace = (g.votes.get('GPE') ?? 0) + (g.votes.get('LOC') ?? 0) >= 4;
    if (strongPlace) continue;
    const ws = g.words;
    const near = byWord.get(ws[ws.length - 1]!) ?? [];
    if (near.length > 50) continue; // a word in very many names links nothing
    const persons = near.filter((t) => t !== g && t.type === 'PERSON' && t.words.length > ws.length && ws.every((w, k) => t.words[t.words.length - ws.length + k] === w));
    // An organisation's short name follows its full name; "Glimmr" used before "Glimmr Europe" is another actor.
    // "Amber Ridge" for Amber Ridge Mining links in either order: only company words are dropped.
    const firstUse = g.occurrences[0]?.start ?? 0;
    const orgs = near.filter((t) => t !== g && t.type !== 'PERSON' && t.words.length > ws.length && containsRun(t.words, ws) && ((t.occurrences[0]?.start ?? -1) < firstUse || suffixOnly(t.words, ws, heads)));
    const personRoots = new Set(persons.map(rootOf));
    const orgRoots = new Set(orgs.map(rootOf));
    const suffixed = orgRoots.size === 1 && suffixOnly(orgs[0]!.words, ws, heads);
    if (personRoots.size >= 1 && orgRoots.size === 0) merge(g, nearestBefore(g, persons), 'short', 'entities/surname');
    else if (orgRoots.size === 1 && personRoots.size === 0 && ((g.votes.get('PERSON') ?? 0) < 5 || (suffixed && (g.votes.get('PERSON') ?? 0) < 8))) merge(g, orgs[0]!, 'short', 'entities/short-name');
  }
}

/** Of several people sharing a surname, the one named last before the short form's first use. */
function nearestBefore(g: NameGroup, cands: readonly NameGroup[]): NameGroup {
  const at = g.occurrences[0]!.start;
  let best = cands[0]!;
  let bestAt = -1;
  for (const t of cands) {
    for (const o of t.occurrences) if (o.start < at && o.start > bestAt) [best, bestAt] = [t, o.start];
  }
  return best;
}

/** Merges groups naming the same actor: bracketed acronyms, initials, surnames and short names. */
export function linkGroups(groups: readonly NameGroup[], byCandidate: ReadonlyMap<Candidate, NameGroup>, words: readonly Word[], heads: ReadonlyMap<string, HeadInfo>): void {
  linkBracketAcronyms(groups, byCandidate, words);
  linkShortForms(groups, heads);
  linkInitials(groups);
}
