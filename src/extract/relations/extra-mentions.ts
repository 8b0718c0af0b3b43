import type { Doc } from '../../model/doc.js';
import type { Entity, Mention } from '../../model/entity.js';
import type { RelationLexicon } from './lexicon.js';

const MAX_NAME_TOKENS = 6;

/** The lower-cased text of token i, or '' outside the Doc. */
function low(doc: Doc, i: number): string {
  return i >= 0 && i < doc.tokenCount ? doc.text.slice(doc.tokenStart[i]!, doc.tokenEnd[i]!).toLowerCase() : '';
}

/**
 * Repeats of a known name that the entity layer left unmarked ("Belo Horizonte" inside
 * "Belo Horizonte-based"): the same surface names the same entity, so relations can use it.
 */
export function addRepeats(doc: Doc, mentions: readonly Mention[], covered: Uint8Array): Mention[] {
  const bySurface = new Map<string, Mention | null>();
  for (const m of mentions) {
    if (m.text.length < 2) continue;
    const key = m.text.toLowerCase();
    const seen = bySurface.get(key);
    if (seen === undefined) bySurface.set(key, m);
    else if (seen && seen.entityId !== m.entityId) bySurface.set(key, null);
  }
  // Only tokens that can open a known name are tried.
  const firstWords = new Set<string>();
  for (const key of bySurface.keys()) firstWords.add(key.split(/[\s\-'\u2019]/)[0]!);
  const out: Mention[] = [];
  for (let i = 0; i < doc.tokenCount; i++) {
    if (covered[i]) continue;
    const c = doc.text.charCodeAt(doc.tokenStart[i]!);
    if (!(c >= 65 && c <= 90) || !firstWords.has(low(doc, i))) continue;
    for (let j = Math.min(doc.tokenCount - 1, i + MAX_NAME_TOKENS - 1); j >= i; j--) {
      let free = true;
      for (let k = i; k <= j && free; k++) if (covered[k]) free = false;
      if (!free) continue;
      const start = doc.tokenStart[i]!;
      const end = doc.tokenEnd[j]!;
      const hit = bySurface.get(doc.text.slice(start, end).toLowerCase());
      if (!hit) continue;
      out.push({ ...hit, span: { start, end }, text: doc.text.slice(start, end), rule: 'relations/repeated-name' });
      for (let k = i; k <= j; k++) covered[k] = 1;
      i = j;
      break;
    }
  }
  return out;
}

const INITIALS_SKIP = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/** "Harbour Safety Commission" → "HSC": the capitals of a name's words, small words left out. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()))
    .map((w) => w[0]!)
    .join('');
}

/**
 * An all-capitals word that spells the initials of one named organisation or group ("HSC commissioner X"
 * after "the Harbour Safety Commission"), when the entity layer left it unmarked.
 */
export function addInitials(doc: Doc, lex: RelationLexicon, entities: readonly Entity[], mentions: readonly Mention[], covered: Uint8Array): Mention[] {
  const byInitials = new Map<string, Entity | null>();
  for (const e of entities) {
    if (e.type !== 'ORG' && e.type !== 'GROUP') continue;
    const key = initialsOf(e.name);
    if (key.length < 2 || key.length > 6 || key !== key.toUpperCase()) continue;
    const seen = byInitials.get(key);
    byInitials.set(key, seen === undefined || seen?.id === e.id ? e : null);
  }
  if (!byInitials.size) return [];
  const firstSeen = firstSeenByEntity(mentions);
  const out: Mention[] = [];
  for (let i = 0; i < doc.tokenCount; i++) {
    if (covered[i]) continue;
    const start = doc.tokenStart[i]!;
    const end = doc.tokenEnd[i]!;
    if (end - start < 2 || end - start > 6) continue;
    const word = doc.text.slice(start, end);
    // "CEO", "MP": a title, not a body's initials.
    const e = /^[A-Z]+$/.test(word) && !lex.roleWords.has(word.toLowerCase()) ? byInitials.get(word) : undefined;
    // Only after the full name has been given, as a reader would need.
    if (!e || (firstSeen.get(e.id) ?? Infinity) >= start) continue;
    out.push({ span: { start, end }, text: word, rule: 'relations/initials', entityId: e.id, type: e.type, form: 'acronym' });
    covered[i] = 1;
  }
  return out;
}

/** True when a body's name holds a word for a part of a state ("Department of Health", "Transport Ministry"). */
export function isStateBodyName(lex: RelationLexicon, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (lex.stateBodies.has(words[i]!)) return true;
    if (i + 1 < words.length && lex.stateBodies.has(`${words[i]} ${words[i + 1]}`)) return true;
  }
  return false;
}

/** "the Port Arlen-based company": a "the" a few modifiers back, with no punctuation but hyphens between. */
function definiteBefore(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= 0 && k > i - 6; k--) {
    const w = low(doc, k);
    if (w === 'the') return true;
    if (w !== '-' && !/^[\p{L}\p{N}]/u.test(w)) return false;
  }
  return false;
}

const KNOWN_AS_FILLERS = new Set(['also', 'locally', 'widely', 'commonly', 'officially', 'the']);

/** The name a noun at token i is given by ", known as NAME" right after it. */
function knownAs(doc: Doc, i: number, byStart: ReadonlyMap<number, Mention>): Mention | null {
  if (low(doc, i + 1) !== ',') return null;
  let k = i + 2;
  while (KNOWN_AS_FILLERS.has(low(doc, k)) && k < i + 5) k++;
  if (low(doc, k) !== 'known') return null;
  k++;
  while (KNOWN_AS_FILLERS.has(low(doc, k)) && k < i + 8) k++;
  if (low(doc, k) !== 'as') return null;
  k++;
  if (low(doc, k) === 'the') k++;
  const m = k < doc.tokenCount ? byStart.get(doc.tokenStart[k]!) : undefined;
  return m && (m.type === 'ORG' || m.type === 'GROUP' || m.type === 'GPE') ? m : null;
}

/** A function giving, for an offset, the entity of `keep` mentions named most often before it (one sweep over the text). */
function leaderSoFar(mentions: readonly Mention[], keep: (m: Mention) => boolean): (before: number) => Mention | null {
  const sorted = mentions.filter(keep).sort((a, b) => a.span.start - b.span.start);
  const counts = new Map<string, { n: number; m: Mention }>();
  let swept = 0;
  let best: { n: number; m: Mention } | null = null;
  return (before) => {
    for (; swept < sorted.length && sorted[swept]!.span.start < before; swept++) {
      const m = sorted[swept]!;
      const c = counts.get(m.entityId) ?? { n: 0, m };
      c.n++;
      counts.set(m.entityId, c);
      if (!best || c.n > best.n) best = c;
    }
    return best?.m ?? null;
  };
}

/** A function giving, for an offset, the start of each entity's last mention before it (one sweep; offsets only grow). */
function lastSeenSoFar(mentions: readonly Mention[]): (before: number) => ReadonlyMap<string, number> {
  const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start);
  const seen = new Map<string, number>();
  let swept = 0;
  return (before) => {
    for (; swept < sorted.length && sorted[swept]!.span.start < before; swept++) seen.set(sorted[swept]!.entityId, sorted[swept]!.span.start);
    return seen;
  };
}

/** A function giving, for an offset (asked in increasing order), the last `keep` mention before it. */
function latestSoFar(mentions: readonly Mention[], keep: (m: Mention) => boolean): (before: number) => Mention | null {
  const sorted = mentions.filter(keep).sort((a, b) => a.span.start - b.span.start);
  let swept = 0;
  return (before) => {
    while (swept < sorted.length && sorted[swept]!.span.start < before) swept++;
    return swept ? sorted[swept - 1]! : null;
  };
}

/** Of `candidates`, the one named last before `start`, or null when none has been named yet. */
function mostRecent(candidates: readonly Entity[], recent: (before: number) => ReadonlyMap<string, number>, start: number): Entity | null {
  if (!candidates.length) return null;
  const seen = recent(start);
  let best: Entity | null = null;
  let at = -1;
  for (const e of candidates) {
    const s = seen.get(e.id);
    if (s !== undefined && s > at) {
      best = e;
      at = s;
    }
  }
  return best;
}

/** An organisation "the company" may point back to: not a part of a state, a news outlet or an international body. */
export function isCompanyLike(lex: RelationLexicon, name: string, outlet: string): boolean {
  const lowered = name.toLowerCase();
  if (isStateBodyName(lex, name) || lowered === outlet || lex.internationalBodies.has(lowered)) return false;
  return !lowered.split(/\s+/).some((w) => lex.mediaWords.has(w));
}

/**
 * "the alliance", "alliance spokesman X", "the front's commander": a head noun that refers back to the
 * one organisation or armed group of the article whose name holds it, once that body has been named.
 */
export function addAnaphors(
  doc: Doc,
  lex: RelationLexicon,
  entities: readonly Entity[],
  mentions: readonly Mention[],
  covered: Uint8Array,
  countryIds: ReadonlySet<string>,
): Mention[] {
  // Every body whose name holds the noun ("party" → each party named); the most recently named one is meant.
  const byNoun = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== 'ORG' && e.type !== 'GROUP') continue;
    for (const w of e.name.toLowerCase().split(/[\s-]+/)) {
      const refers = lex.anaphorNouns.get(w);
      if (refers === undefined || refers === 'leading-org') continue;
      const list = byNoun.get(w) ?? [];
      if (!list.includes(e)) list.push(e);
      byNoun.set(w, list);
    }
  }
  const aliases = new Map<string, Entity>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const latestGroupMention = latestSoFar(mentions, (m) => m.type === 'GROUP');
  const latestGroup = (before: number): Entity | null => {
    const m = latestGroupMention(before);
    return m ? (byId.get(m.entityId) ?? null) : null;
  };
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const byStart = new Map<number, Mention>();
  for (const m of mentions) byStart.set(m.span.start, m);
  const recent = lastSeenSoFar(mentions);
  const outlet = doc.article.outlet?.toLowerCase() ?? '';
  // "the company": the organisation named most often so far; no body of a state (ministry, court), no news outlet, no international body.
  const leadingOrg = leaderSoFar(mentions, (m) => m.type === 'ORG' && isCompanyLike(lex, names.get(m.entityId) ?? m.text, outlet));
  // "the government": the country named most often so far.
  const leadingCountry = leaderSoFar(mentions, (m) => m.type === 'GPE' && countryIds.has(m.entityId));
  // "the insurgents": the armed group named most often so far.
  const leadingGroup = leaderSoFar(mentions, (m) => m.type === 'GROUP');
  const firstSeen = firstSeenByEntity(mentions);
  const out: Mention[] = [];
  for (let i = 0; i < doc.tokenCount; i++) {
    if (covered[i]) continue;
    const start = doc.tokenStart[i]!;
    const end = doc.tokenEnd[i]!;
    const word = doc.text.slice(start, end);
    if (!/^[a-z]/.test(word)) continue;
    // "the military, known as the Tatmadaw": from here on, "the military" is the Tatmadaw.
    const alias = knownAs(doc, i, byStart);
    if (alias) {
      aliases.set(word.toLowerCase(), { id: alias.entityId, type: alias.type, name: alias.text, rule: alias.rule });
      out.push({ span: { start, end }, text: word, rule: 'relations/known-as', entityId: alias.entityId, type: alias.type, form: 'short' });
      continue;
    }
    const noun = word.toLowerCase();
    const refers = lex.anaphorNouns.get(noun);
    // "the group": a named group or armed group, whichever was named last ("Group of Experts" only if it was).
    const named = byNoun.get(noun) ?? [];
    const lastGroup = refers === 'name-or-group' && named.length ? latestGroup(start) : null;
    let e = aliases.get(noun) ?? mostRecent(lastGroup ? [...named, lastGroup] : named, recent, start);
    const prevWord = low(doc, i - 1);
    const fallback = refers === 'leading-org' ? leadingOrg : prevWord !== 'the' ? null : refers === 'name-or-country' ? leadingCountry : refers === 'name-or-group' ? leadingGroup : null;
    const leader = !e && fallback ? fallback(start) : null;
    if (leader) e = { id: leader.entityId, type: leader.type, name: leader.text, rule: leader.rule };
    // Lower case only: "Alliance" is part of a name, "alliance" refers back to one.
    if (!e) continue;
    const seenAt = firstSeen.get(e.id);
    if (seenAt === undefined || seenAt >= start) continue;
    const prev = i > 0 ? doc.text.slice(doc.tokenStart[i - 1]!, doc.tokenEnd[i - 1]!).toLowerCase() : '';
    const next = i + 1 < doc.tokenCount ? doc.text.slice(doc.tokenStart[i + 1]!, doc.tokenEnd[i + 1]!).toLowerCase() : '';
    const definite = prev === 'the' || definiteBefore(doc, i);
    const titled = next === "'s" || next === '\u2019s' || lex.roleWords.has(next);
    // "the investment firm Straits Harbour Capital": the name that follows is the referent, not an earlier one.
    if (i + 1 < doc.tokenCount && byStart.has(doc.tokenStart[i + 1]!)) continue;
    if (!definite && !titled) continue;
    out.push({ span: { start, end }, text: word, rule: 'relations/definite-anaphor', entityId: e.id, type: e.type, form: 'short' });
  }
  return out;
}

/** Where each entity is first mentioned: a referring word may only point back to an entity named before it. */
function firstSeenByEntity(mentions: readonly Mention[]): Map<string, number> {
  const firstSeen = new Map<string, number>();
  for (const m of mentions) if (!firstSeen.has(m.entityId) || m.span.start < firstSeen.get(m.entityId)!) firstSeen.set(m.entityId, m.span.start);
  return firstSeen;
}
