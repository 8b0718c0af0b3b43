import { loadLexicon } from '../../lexicons.js';
import { STANCES, type Stance } from '../../model/statement.js';

export const CUE_CLASSES = ['say', 'clause', 'tell', 'doc', 'according', 'citing', 'quoted', 'object', 'passive', 'belief'] as const;
/** How a cue finds its source and content (see lexicons/en/cues.tsv). */
export type CueClass = (typeof CUE_CLASSES)[number];

/** One cue row: its lemmas, stance and class. Example: {lemmas: ['decline','to','comment'], stance: 'no_comment', cls: 'object'}. */
export interface CueEntry {
  readonly lemmas: readonly string[];
  readonly stance: Stance;
  readonly cls: CueClass;
}

export const NOUN_KINDS = ['anonymous', 'unnamed_official', 'document', 'media', 'body'] as const;
/** What an unnamed source noun makes of its phrase; `body` is an organisation referred back to. */
export type NounKind = (typeof NOUN_KINDS)[number];

/** A source noun: "spokesman" → unnamed_official, one person. */
export interface SourceNoun {
  readonly kind: NounKind;
  readonly person: boolean;
}

/** The statements layer's vocabulary, compiled once. */
export interface StatementLexicon {
  /** Cues indexed by their first lemma, longest first. */
  readonly cuesByTrigger: ReadonlyMap<string, readonly CueEntry[]>;
  readonly sourceNouns: ReadonlyMap<string, SourceNoun>;
  readonly countWords: ReadonlyMap<string, number>;
  readonly mediaNameWords: ReadonlySet<string>;
  readonly orgNameWords: ReadonlySet<string>;
  /** Social platforms a statement is posted on ("wrote on X"): the channel that relayed it. */
  readonly platforms: ReadonlySet<string>;
  /** Lower-cased time words ("tuesday", "week"): an adjunct at the end of a source phrase. */
  readonly timeWords: ReadonlySet<string>;
  /** Nouns naming a claim ("charge", "allegation"): the first words of the passive cues. */
  readonly claimNouns: ReadonlySet<string>;
}

/** Loads and indexes the lexicons (runs once, in create()). */
export function compileLexicon(): StatementLexicon {
  const cuesByTrigger = new Map<string, CueEntry[]>();
  const stanceValues = [...STANCES];
  for (const row of loadLexicon('cues', [{ name: 'cue' }, { name: 'stance', values: stanceValues }, { name: 'class', values: [...CUE_CLASSES] }])) {
    const lemmas = row['cue']!.toLowerCase().split(/\s+/);
    const entry: CueEntry = { lemmas, stance: row['stance'] as Stance, cls: row['class'] as CueClass };
    const list = cuesByTrigger.get(lemmas[0]!) ?? [];
    list.push(entry);
    cuesByTrigger.set(lemmas[0]!, list);
  }
  const claimNouns = new Set<string>();
  for (const list of cuesByTrigger.values()) for (const e of list) if (e.cls === 'passive') claimNouns.add(e.lemmas[0]!);
  for (const list of cuesByTrigger.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  const sourceNouns = new Map<string, SourceNoun>();
  for (const row of loadLexicon('source-nouns', [{ name: 'noun' }, { name: 'kind', values: [...NOUN_KINDS] }, { name: 'person', values: ['yes', 'no'] }]))
    sourceNouns.set(row['noun']!.toLowerCase(), { kind: row['kind'] as NounKind, person: row['person'] === 'yes' });
  const countWords = new Map<string, number>();
  for (const row of loadLexicon('count-words', [{ name: 'word' }, { name: 'value', numeric: true }])) countWords.set(row['word']!.toLowerCase(), Number(row['value']));
  const mediaNameWords = new Set(loadLexicon('media-name-words', [{ name: 'word' }]).map((r) => r['word']!));
  const orgNameWords = new Set(loadLexicon('org-name-words', [{ name: 'word' }]).map((r) => r['word']!));
  const platforms = new Set(loadLexicon('platforms', [{ name: 'name' }]).map((r) => r['name']!));
  const timeWords = new Set(loadLexicon('time-words', [{ name: 'word' }]).map((r) => r['word']!.toLowerCase()));
  return { cuesByTrigger, sourceNouns, countWords, mediaNameWords, orgNameWords, platforms, timeWords, claimNouns };
}
