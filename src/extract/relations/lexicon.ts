import { loadLexicon } from '../../lexicons.js';
import { PREDICATES, type Predicate } from '../../model/relation.js';

/** One verb or verb phrase from relation-verbs.tsv. Example: "lend support to" → supports, agent, actor. */
export interface RelationVerb {
  /** Base forms of the phrase's words: ['lend', 'support', 'to']. */
  readonly words: readonly string[];
  /** Every form each word may take in text ("be" → is, was, been...). */
  readonly forms: readonly ReadonlySet<string>[];
  readonly predicate: Predicate;
  readonly subjectRole: 'agent' | 'patient' | 'mutual';
  readonly objectRole: 'actor' | 'place' | 'to-place' | 'from-actor';
}

/** A hyphenated modifier from relation-modifiers.tsv. Example: "backed" → supports, modifier-head. */
export interface RelationModifier {
  readonly predicate: Predicate;
  readonly direction: 'modifier-head' | 'head-modifier';
}

/** A role noun from relation-roles.tsv. Example: "chief executive" → leads (person). */
export interface RoleNoun {
  readonly predicate: Predicate;
  readonly kind: 'person' | 'part' | 'rank';
  /** A field of expertise: a bare place name before it is a topic ("Libya analyst"), not an employer. */
  readonly expert: boolean;
  /** With no body named next to it, the role may tie a name to the sentence's one body or one place ("Mayor X"). */
  readonly context: 'body' | 'company' | 'place' | null;
}

/** A prepositional phrase from relation-phrases.tsv. Example: "with support from" → supports, after = subject, other = clause. */
export interface RelationPhrase {
  readonly words: readonly string[];
  readonly predicate: Predicate;
  readonly after: 'subject' | 'object';
  readonly other: 'clause' | 'noun-before';
}

const ANAPHOR_REFERS = ['name', 'leading-org', 'name-or-country', 'name-or-group'] as const;
/** What a referring noun points back to (relation-anaphor-nouns.tsv). */
export type AnaphorRefers = (typeof ANAPHOR_REFERS)[number];

/** Everything the relations layer reads, compiled once. */
export interface RelationLexicon {
  /** Verbs indexed by every form of their first word ("back", "backs", "backed", "backing"). */
  readonly verbsByFirst: ReadonlyMap<string, readonly RelationVerb[]>;
  readonly modifiers: ReadonlyMap<string, RelationModifier>;
  /** Role nouns by phrase and kind ("chief executive|person"). */
  readonly roles: ReadonlyMap<string, RoleNoun>;
  /** Longest role phrase, in words. */
  readonly maxRoleWords: number;
  /** Every word of every role, so a capitalised title ("President", "Mayor") is known as one. */
  readonly roleWords: ReadonlySet<string>;
  readonly stateBodies: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  /** Nouns that refer back to a body: by its name ("the alliance") or as the article's leading organisation ("the company"). */
  readonly forceNouns: ReadonlySet<string>;
  readonly anaphorNouns: ReadonlyMap<string, AnaphorRefers>;
  /** Phrases indexed by their first word. */
  readonly phrasesByFirst: ReadonlyMap<string, readonly RelationPhrase[]>;
  /** Words that mark a name as a news outlet ("Herald", "Radio"), lower-cased: no outlet is "the company". */
  readonly mediaWords: ReadonlySet<string>;
  /** Names and acronyms of international bodies, lower-cased: no such body is "the company". */
  readonly internationalBodies: ReadonlySet<string>;
  /** Nouns of fighting (relation-conflict-nouns.tsv): "fighting between A and B", "an attack by A on B". */
  readonly conflictNouns: ReadonlyMap<string, 'between' | 'by'>;
}

const ROLE_KINDS = ['person', 'expert', 'part', 'rank', 'title'] as const;
const BE_FORMS = ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '\u2019s'];

/** Regular inflections of a base form, so "fined", "waged" and "funds" match even where the lemmatiser slips. */
export function inflections(base: string): string[] {
  const out = new Set([base, `${base}s`, `${base}es`, `${base}ed`, `${base}d`, `${base}ing`]);
  if (base.endsWith('e')) out.add(`${base.slice(0, -1)}ing`);
  if (/[^aeiou]y$/.test(base)) {
    out.add(`${base.slice(0, -1)}ies`);
    out.add(`${base.slice(0, -1)}ied`);
  }
  // Doubled final consonant: "ambushed" no, "planned"/"chaired" style: "sign" no; "ship" → "shipped".
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) {
    const last = base[base.length - 1]!;
    out.add(`${base}${last}ed`);
    out.add(`${base}${last}ing`);
  }
  return [...out];
}

/** Loads and compiles the relation lexicons (call once, in `create()`). */
export function loadRelationLexicon(): RelationLexicon {
  const verbsByFirst = new Map<string, RelationVerb[]>();
  const verbRows = loadLexicon('relation-verbs', [
    { name: 'verb' },
    { name: 'predicate', values: PREDICATES },
    { name: 'subject_role', values: ['agent', 'patient', 'mutual'] },
    { name: 'object_role', values: ['actor', 'place', 'to-place', 'from-actor'] },
  ]);
  for (const row of verbRows) {
    const words = row['verb']!.toLowerCase().split(/\s+/);
    const verb: RelationVerb = {
      words,
      forms: words.map((w) => new Set(w === 'be' ? BE_FORMS : inflections(w))),
      predicate: row['predicate'] as Predicate,
      subjectRole: row['subject_role'] as RelationVerb['subjectRole'],
      objectRole: row['object_role'] as RelationVerb['objectRole'],
    };
    for (const form of verb.forms[0]!) {
      const list = verbsByFirst.get(form) ?? [];
      list.push(verb);
      verbsByFirst.set(form, list);
    }
  }
  // Longest phrase first, so "lend support to" wins over "lend".
  for (const list of verbsByFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  const modifiers = new Map<string, RelationModifier>();
  for (const row of loadLexicon('relation-modifiers', [
    { name: 'suffix' },
    { name: 'predicate', values: PREDICATES },
    { name: 'direction', values: ['modifier-head', 'head-modifier'] },
  ]))
    modifiers.set(row['suffix']!.toLowerCase(), { predicate: row['predicate'] as Predicate, direction: row['direction'] as RelationModifier['direction'] });

  const roles = new Map<string, RoleNoun>();
  let maxRoleWords = 1;
  const roleWords = new Set<string>();
  for (const row of loadLexicon('relation-roles', [
    { name: 'role' },
    { name: 'predicate', values: ['leads', 'member_of', 'supports', 'none'] },
    { name: 'kind', values: ROLE_KINDS },
    { name: 'context', values: ['body', 'company', 'place'], optional: true },
  ])) {
    const role = row['role']!.toLowerCase();
    for (const w of role.split(/\s+/)) roleWords.add(w);
    if (row['kind'] === 'title') continue;
    const expert = row['kind'] === 'expert';
    const kind = (expert ? 'person' : row['kind']) as RoleNoun['kind'];
    const context = (row['context'] || null) as RoleNoun['context'];
    roles.set(`${role}|${kind}`, { predicate: row['predicate'] as Predicate, kind, expert, context });
    maxRoleWords = Math.max(maxRoleWords, role.split(/\s+/).length);
  }
  const stateBodies = new Set(loadLexicon('relation-state-bodies', [{ name: 'word' }]).map((r) => r['word']!.toLowerCase()));
  const placeNouns = new Set(loadLexicon('relation-place-nouns', [{ name: 'noun' }]).map((r) => r['noun']!.toLowerCase()));
  const anaphorNouns = new Map<string, AnaphorRefers>();
  for (const r of loadLexicon('relation-anaphor-nouns', [{ name: 'noun' }, { name: 'refers', values: ANAPHOR_REFERS }]))
    anaphorNouns.set(r['noun']!.toLowerCase(), r['refers'] as AnaphorRefers);
  const phrasesByFirst = new Map<string, RelationPhrase[]>();
  for (const row of loadLexicon('relation-phrases', [
    { name: 'phrase' },
    { name: 'predicate', values: PREDICATES },
    { name: 'after', values: ['subject', 'object'] },
    { name: 'other', values: ['clause', 'noun-before'] },
  ])) {
    const words = row['phrase']!.toLowerCase().split(/\s+/);
    const list = phrasesByFirst.get(words[0]!) ?? [];
    list.push({ words, predicate: row['predicate'] as Predicate, after: row['after'] as RelationPhrase['after'], other: row['other'] as RelationPhrase['other'] });
    list.sort((a, b) => b.words.length - a.words.length);
    phrasesByFirst.set(words[0]!, list);
  }
  const forceNouns = new Set(loadLexicon('relation-force-nouns', [{ name: 'noun' }]).map((r) => r['noun']!.toLowerCase()));
  const mediaWords = new Set(loadLexicon('media-name-words', [{ name: 'word' }]).map((r) => r['word']!.toLowerCase()));
  const internationalBodies = new Set<string>();
  for (const r of loadLexicon('international-bodies', [
    { name: 'name' },
    { name: 'type', optional: true },
    { name: 'acronym', optional: true },
    { name: 'aliases', optional: true },
    { name: 'seat', optional: true },
  ]))
    for (const n of [r['name'], r['acronym'], ...(r['aliases'] ?? '').split('|')]) if (n && n.trim()) internationalBodies.add(n.trim().toLowerCase());
  const conflictNouns = new Map<string, 'between' | 'by'>();
  for (const r of loadLexicon('relation-conflict-nouns', [{ name: 'noun' }, { name: 'pattern', values: ['between', 'by'] }]))
    conflictNouns.set(r['noun']!.toLowerCase(), r['pattern'] as 'between' | 'by');
  return { verbsByFirst, modifiers, roles, maxRoleWords, roleWords, stateBodies, placeNouns, forceNouns, anaphorNouns, phrasesByFirst, mediaWords, internationalBodies, conflictNouns };
}
