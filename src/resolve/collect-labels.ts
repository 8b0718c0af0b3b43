import { loadLexicon } from '../lexicons.js';
import { rangeOf } from './compare-figures.js';
import type { Claim } from './match-claims.js';
import type { ActorRef, ResolvedArticle } from './story-input.js';
import { contentWords, fold } from './text-features.js';

export interface Label {
  /** The global actor, or null for an unnamed group (then `actorName` names it). */
  readonly actor: ActorRef | null;
  readonly actorName: string;
  readonly article: ResolvedArticle;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

let nouns: Set<string> | undefined;
const labelNouns = () => (nouns ??= new Set(loadLexicon('label-nouns', [{ name: 'word' }]).map((r) => r['word']!)));
// Nouns that label only with a modifier: "the company" alone is no label, "a security company" is.
const NEEDS_MODIFIER = new Set(['company', 'firm', 'group', 'members']);

const WORD = String.raw`[\p{L}][\p{L}\p{N}'’-]*`;
const LOWER = String.raw`[\p{Ll}][\p{L}\p{N}'’-]*`;
// ", a London-listed company," / ", an armed group that …": an appositive after the name.
const APPOSITIVE = new RegExp(String.raw`^,\s+(?:a|an)\s+((?:${WORD}\s+){0,4}?${LOWER})(?=\s*(?:[,.;]|\s+(?:that|which|who|whose|based|with|in|from|of|and)\b))`, 'u');
// "The insurgents, known locally as Northern Dawn": the label before the name it introduces.
const KNOWN_AS = new RegExp(String.raw`\b(?:the|a|an)\s+((?:${LOWER}\s+){0,3}${LOWER}),\s+(?:(?:also|locally|widely)\s+)?(?:known|called|named)\s+(?:locally\s+)?as\s+(?:the\s+)?$`, 'iu');
// "the mining company Ostara", "the rebel group Northern Dawn": a descriptor right before the name.
const BEFORE_NAME = new RegExp(String.raw`\b(?:the|a|an)\s+((?:${LOWER}\s+){0,3}(${LOWER}))\s+(?:the\s+)?$`, 'u');
// "rebels from the Ashfall Brigade", "members of the Eagle Squad".
const OF_NAME = new RegExp(String.raw`\b((?:${LOWER}\s+){0,2}(${LOWER}))\s+(?:from|of)\s+(?:the\s+)?["“]?$`, 'u');
// "Northern Dawn militants attacked": a group noun right after the name.
const AFTER_NAME = new RegExp(String.raw`^["”]?\s+(${LOWER})\b`, 'u');

const isLabelNoun = (w: string) => labelNouns().has(w.toLowerCase());
let counts: Set<string> | undefined;
// Count and number words ("dozen", "several", "hundreds") are not descriptions.
const isCount = (w: string) =>
  (counts ??= new Set([
    ...loadLexicon('number-words', [{ name: 'word' }, { name: 'value', numeric: true }, { name: 'kind', values: ['unit', 'teen', 'tens', 'hundred', 'scale', 'abbrev', 'money-abbrev', 'dozen', 'article', 'half'] }]).map((r) => r['word']!.toLowerCase()),
    ...loadLexicon('vague-amounts', [{ name: 'phrase' }, { name: 'low', numeric: true }, { name: 'high', numeric: true }]).flatMap((r) => r['phrase']!.toLowerCase().split(/\s+/)),
  ])).has(w.toLowerCase());

/**
 * The descriptive phrases each outlet attaches to the story's main actors (organisations and groups
 * that two or more of its articles name), and to unnamed groups that the story counts ("some 300
 * mercenaries", "about 300 private security personnel": one group, each outlet's word for it).
 */
export function collectLabels(articles: readonly ResolvedArticle[], claims: readonly Claim[] = []): Label[] {
  const seenIn = new Map<string, Set<ResolvedArticle>>();
  for (const a of articles)
    for (const actor of a.actors.values()) {
      const set = seenIn.get(actor.id) ?? new Set();
      set.add(a);
      seenIn.set(actor.id, set);
    }
  const outletKeys = new Set(articles.map((a) => fold(a.record.outlet ?? '')));
  const out: Label[] = [];
  for (const a of articles) {
    const text = a.record.text;
    for (const e of a.record.entities) {
      const actor = a.actors.get(e.id);
      if (!actor || (e.type !== 'ORG' && e.type !== 'GROUP')) continue;
      if ((seenIn.get(actor.id)?.size ?? 0) < 2 || outletKeys.has(fold(actor.name))) continue;
      const add = (phrase: string, at: number, rule: string) => {
        // Leading function words are not part of the label ("after rebels from …" → "rebels").
        let cut = 0;
        for (const m of phrase.matchAll(/(\S+)(\s+)/g)) {
          if (contentWords(m[1]!).length > 0 || m.index !== cut) break;
          cut = m.index + m[0].length;
        }
        const label = phrase.slice(cut);
        const start = at + cut;
        const words = label.trim().split(/\s+/);
        if (words.length === 1 && NEEDS_MODIFIER.has(words[0]!.toLowerCase())) return;
        if (fold(label) === fold(actor.name) || contentWords(label).length === 0) return;
        out.push({ actor, actorName: actor.name, article: a, label: label.trim(), start, end: start + label.trim().length, rule });
      };
      for (const m of e.mention_spans) {
        const beforeStart = Math.max(0, m.span.start - 120);
        const before = text.slice(beforeStart, m.span.start);
        const after = text.slice(m.span.end, m.span.end + 120);
        const app = APPOSITIVE.exec(after);
        if (app) add(app[1]!, m.span.end + after.indexOf(app[1]!), 'label.appositive');
        const known = KNOWN_AS.exec(before);
        if (known) add(known[1]!, beforeStart + known.index + known[0].indexOf(known[1]!), 'label.known-as');
        else {
          const pre = BEFORE_NAME.exec(before);
          if (pre && isLabelNoun(pre[2]!)) add(pre[1]!, beforeStart + pre.index + pre[0].indexOf(pre[1]!), 'label.descriptor');
          const of = OF_NAME.exec(before);
          if (of && isLabelNoun(of[2]!) && !NEEDS_MODIFIER.has(of[2]!)) add(of[1]!, beforeStart + of.index + of[0].indexOf(of[1]!), 'label.group-of');
        }
        const post = AFTER_NAME.exec(after);
        if (post && isLabelNoun(post[1]!) && !NEEDS_MODIFIER.has(post[1]!)) add(post[1]!, m.span.end + post.index + post[0].indexOf(post[1]!), 'label.group-noun');
      }
    }
  }
  out.push(...countedGroups(articles));
  const counted = new Set(out.filter((l) => !l.actor).map((l) => `${l.article.record.id}|${fold(l.label)}`));
  out.push(...describedGroups(articles, claims).filter((l) => !counted.has(`${l.article.record.id}|${fold(l.label)}`)));
  return out;
}

const TOKEN = /[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu;
const MODIFIER = /^[\p{Ll}][\p{Ll}-]*$/u;
const isPluralGroupNoun = (w: string) => isLabelNoun(w) && (/(?:s|men)$/.test(w) || w === 'personnel');
// "gunmen" and "masked men" are both men; other heads key by their stem.
const COMMERCIAL = new Set(['firm', 'companie', 'company']);
const headKey = (w: string) => (w.endsWith('men') ? 'men' : w.replace(/s$/, ''));

interface GroupMention {
  article: ResolvedArticle;
  text: string;
  start: number;
  head: string;
  modifiers: string[];
}

/** Plural group nouns with their modifiers ("masked men", "backyard smelters"), not next to a name. */
function groupMentions(a: ResolvedArticle): GroupMention[] {
  const text = a.record.text;
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ w: m[0], start: m.index! }));
  const named = new Set<number>();
  for (const e of a.record.entities) for (const m of e.mention_spans) for (let i = m.span.start; i < m.span.end; i++) named.add(i);
  const out: GroupMention[] = [];
  tokens.forEach((t, i) => {
    if (!isPluralGroupNoun(t.w) || named.has(t.start)) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && named.has(prev.start)) return; // "Northern Dawn militants": the named actor's label
    if (next && /^(?:from|of)$/.test(next.w) && tokens[i + 2] && /^[\p{Lu}]/u.test(tokens[i + 2]!.w === 'the' ? tokens[i + 3]?.w ?? '' : tokens[i + 2]!.w)) return;
    let j = i;
    while (j > 0 && i - j < 3) {
      const tok = tokens[j - 1]!;
      const before = tokens[j - 2];
      // A capital only at a sentence start ("Masked men stormed …"); never a verb, count or other plural.
      const sentenceStart = !before || /^[.!?"“:—–-]$/.test(before.w) || text.slice(before.start, tok.start).includes('\n');
      const w = sentenceStart ? tok.w.toLowerCase() : tok.w;
      if (!MODIFIER.test(w) || contentWords(w).length === 0 || /(?:ing|ly)$/.test(w) || isCount(w) || named.has(tok.start)) break;
      if (/[^s]s$/.test(w) && w.length > 3) break; // "officials accused masked men": another noun's clause
      // A participle modifies only after a determiner or at a phrase start ("the masked men", not "accused masked men").
      if (/ed$/.test(w) && before && contentWords(before.w).length > 0 && !sentenceStart) break;
      j--;
      if (sentenceStart) break;
    }
    const start = tokens[j]!.start;
    const phrase = text.slice(start, t.start + t.w.length);
    out.push({ article: a, text: phrase, start, head: headKey(t.w.toLowerCase()), modifiers: tokens.slice(j, i).map((x) => x.w.toLowerCase()) });
  });
  return out;
}

/**
 * Unnamed groups the story's outlets describe in their own words: group nouns ("masked men", "gunmen",
 * "party militias") linked across articles by a shared head or modifier, kept when two outlets use them.
 * The group is named by its most used phrase.
 */
function describedGroups(articles: readonly ResolvedArticle[], claims: readonly Claim[]): Label[] {
  const mentions = articles.flatMap(groupMentions);
  // A main actor of the story takes part in what its articles claim: a mention inside a claim's statement.
  const inClaim = (m: GroupMention) => claims.some((c) => c.members.some((x) => x.role !== 'contradicts' && x.article === m.article && x.statement.content_span.start <= m.start && m.start < x.statement.content_span.end));
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    // Companies link only by a modifier ("partner firms"), never by the head alone (every company is
    // one), and a modifier links only heads of one kind ("foreign fighters" are no "foreign companies").
    const kind = COMMERCIAL.has(m.head) ? 'c' : 'p';
    for (const k of [...(kind === 'c' ? [] : [`h:${m.head}`]), ...m.modifiers.map((x) => `m:${kind}:${x}`)]) {
      const j = byKey.get(k);
      if (j == null) byKey.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, GroupMention[]>();
  mentions.forEach((m, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), m]));
  const out: Label[] = [];
  for (const g of groups.values()) {
    if (new Set(g.map((m) => fold(m.article.record.outlet ?? ''))).size < 2 || !g.some(inClaim)) continue;
    const counts = new Map<string, number>();
    for (const m of g) counts.set(fold(m.text), (counts.get(fold(m.text)) ?? 0) + 1);
    // Named by its most used phrase, a described one ("masked men") before a bare noun ("men").
    const rank = (m: GroupMention) => (counts.get(fold(m.text)) ?? 0) + (m.modifiers.length ? 100 : 0);
    const name = g.reduce((best, m) => (rank(m) > rank(best) ? m : best)).text.toLowerCase();
    const seen = new Set<string>();
    for (const m of g) {
      const key = `${m.article.record.id}|${fold(m.text)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ actor: null, actorName: name, article: m.article, label: m.text, start: m.start, end: m.start + m.text.length, rule: 'label.described-group' });
    }
  }
  return out;
}

/**
 * An unnamed group the story counts the same way in several outlets under different nouns: the same
 * figure ("some 300") over a group noun in two or more outlets. Each outlet's noun phrase is its label,
 * and so are its other counts of the same nouns ("more than 450 foreign private military contractors").
 */
function countedGroups(articles: readonly ResolvedArticle[]): Label[] {
  const out: Label[] = [];
  const byValue = new Map<number, Array<{ a: ResolvedArticle; item: string; start: number }>>();
  for (const a of articles)
    for (const q of a.record.quantities) {
      const head = q.item?.trim().split(/\s+/).pop();
      if (q.value == null || q.value < 10 || q.unit || !head || !isLabelNoun(head)) continue;
      const list = byValue.get(q.value) ?? [];
      list.push({ a, item: q.item!, start: q.span.start + q.text.lastIndexOf(q.item!) });
      byValue.set(q.value, list);
    }
  for (const list of byValue.values()) {
    const outlets = new Set(list.map((x) => fold(x.a.record.outlet ?? '')));
    const heads = new Set(list.map((x) => x.item.toLowerCase().split(/\s+/).pop()));
    if (outlets.size < 2 || heads.size < 2) continue;
    const name = list[0]!.item;
    const seen = new Set<string>();
    for (const a of articles)
      for (const q of a.record.quantities) {
        const head = q.item?.trim().split(/\s+/).pop()?.toLowerCase();
        if (!head || !heads.has(head) || !rangeOf(q)) continue;
        const key = `${a.record.id}|${fold(q.item!)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ actor: null, actorName: name, article: a, label: q.item!, start: q.span.start + q.text.lastIndexOf(q.item!), end: q.span.end, rule: 'label.counted-group' });
      }
  }
  return out;
}
