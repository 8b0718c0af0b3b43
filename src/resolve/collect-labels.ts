import { loadLexicon } from '../lexicons.js';
import { rangeOf } from './compare-figures.js';
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

/**
 * The descriptive phrases each outlet attaches to the story's main actors (organisations and groups
 * that two or more of its articles name), and to unnamed groups that the story counts ("some 300
 * mercenaries", "about 300 private security personnel": one group, each outlet's word for it).
 */
export function collectLabels(articles: readonly ResolvedArticle[]): Label[] {
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
      const add = (label: string, start: number, rule: string) => {
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
