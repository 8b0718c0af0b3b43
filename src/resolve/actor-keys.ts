import type { EntityRecord } from '../model/record.js';
import { fold } from './text-features.js';

/** Keys are per family, so a person and a place with one name stay apart. */
export function family(type: string): string {
  if (type === 'PERSON') return 'p';
  if (type === 'GPE' || type === 'LOC') return 'g';
  if (type === 'NORP') return 'n';
  return 'o';
}

const nameKey = (type: string, text: string) => {
  const f = fold(text).replace(/^the /, '');
  return f ? `${family(type)}:${f}` : undefined;
};

export interface EntityKeys {
  /** Names that link on sight: the canonical name, full forms, acronyms ("o:department of health", "o:doh"). */
  readonly strong: string[];
  /** Forms shared by many: a person's surname, an organisation's short form ("p~venter", "o~corvane"). */
  readonly weak: string[];
  /** True when the entity is known only by one word ("Holloway"): then a weak key may link it. */
  readonly bare: boolean;
}

/**
 * The key ladder of one article entity (DESIGN.md 3.1). The per-article extractor has already mapped
 * capitals, demonyms and seats to their country ("Moscow" → Russia, but the Kremlin stays itself), so
 * a folded canonical name is the first rung; acronym ↔ expansion comes from the mentions the article
 * itself ties together ("Department of Health (DOH)").
 */
export function entityKeys(e: Pick<EntityRecord, 'type' | 'name' | 'mention_spans'>): EntityKeys {
  const strong = new Set<string>();
  const weak = new Set<string>();
  const add = (set: Set<string>, key: string | undefined) => key && set.add(key);
  add(strong, nameKey(e.type, e.name));
  for (const m of e.mention_spans) {
    if (m.form === 'full' || m.form === 'acronym') add(strong, nameKey(e.type, m.text));
    else if (m.form === 'short' && e.type !== 'PERSON') add(weak, nameKey(e.type, m.text)?.replace(':', '~'));
  }
  const words = fold(e.name).split(' ').filter(Boolean);
  if (e.type === 'PERSON' && words.length >= 2) weak.add(`p~${words[words.length - 1]}`);
  return { strong: [...strong], weak: [...weak].filter((k) => !strong.has(k.replace('~', ':'))), bare: words.length === 1 };
}

/** A stable actor id from its name: "Corvane Tactical Services" → "corvane-tactical-services". */
export function actorSlug(name: string): string {
  return fold(name).replace(/ /g, '-').slice(0, 60) || 'actor';
}
