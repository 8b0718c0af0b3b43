import { loadLexicon } from '../../lexicons.js';
import { wink } from '../../nlp/wink.js';
import { PhraseTrie } from './phrase-trie.js';

export type NumberWordKind = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'abbrev' | 'money-abbrev' | 'dozen' | 'article' | 'half';
export type BoundSets = 'low' | 'high' | 'value';
export type UnitKind = 'percent' | 'points' | 'measure' | 'times' | 'duration' | 'size';
export type ContextReason = 'date' | 'clock' | 'label' | 'age' | 'source' | 'report' | 'address' | 'sentence' | 'rate';

export interface NumberWord {
  readonly value: number;
  readonly kind: NumberWordKind;
}
export interface VagueAmount {
  readonly low: number;
  readonly high: number;
}
export interface Unit {
  readonly kind: UnitKind;
  readonly unit: string;
}

/** Everything the quantities layer reads from lexicons/en, compiled once. */
export interface QuantityLexicons {
  readonly numberWords: ReadonlyMap<string, NumberWord>;
  readonly vague: PhraseTrie<VagueAmount>;
  readonly boundsBefore: PhraseTrie<BoundSets>;
  readonly boundsAfter: PhraseTrie<BoundSets>;
  /** Currency forms written before the number, as they appear in the text ("US$", "€"). */
  readonly currencyBefore: ReadonlyMap<string, string>;
  readonly currencyAfter: PhraseTrie<string>;
  readonly units: PhraseTrie<Unit>;
  readonly contextBefore: PhraseTrie<ContextReason>;
  readonly contextAfter: PhraseTrie<ContextReason>;
  /** Head-noun lemmas with a reason (source, address). */
  readonly itemReason: ReadonlyMap<string, ContextReason>;
  /** Lemmas of reporting verbs. */
  readonly reportVerbs: ReadonlySet<string>;
}

/** Splits a lexicon phrase the way the Doc's tokenizer splits article text, so phrases match token runs. */
function tokenize(phrase: string): string[] {
  return wink().readDoc(phrase).tokens().out();
}

export function loadQuantityLexicons(): QuantityLexicons {
  const numberWords = new Map<string, NumberWord>();
  for (const r of loadLexicon('number-words', [
    { name: 'word' },
    { name: 'value', numeric: true },
    { name: 'kind', values: ['unit', 'teen', 'tens', 'hundred', 'scale', 'abbrev', 'money-abbrev', 'dozen', 'article', 'half'] },
  ]))
    numberWords.set(r['word']!.toLowerCase(), { value: Number(r['value']), kind: r['kind'] as NumberWordKind });

  const vague = new PhraseTrie<VagueAmount>();
  for (const r of loadLexicon('vague-amounts', [{ name: 'phrase' }, { name: 'low', numeric: true }, { name: 'high', numeric: true }]))
    vague.add(tokenize(r['phrase']!), { low: Number(r['low']), high: Number(r['high']) }, false);

  const boundsBefore = new PhraseTrie<BoundSets>();
  const boundsAfter = new PhraseTrie<BoundSets>();
  for (const r of loadLexicon('quantity-bounds', [
    { name: 'phrase' },
    { name: 'side', values: ['before', 'after'] },
    { name: 'sets', values: ['low', 'high', 'value'] },
  ]))
    (r['side'] === 'before' ? boundsBefore : boundsAfter).add(tokenize(r['phrase']!), r['sets'] as BoundSets, false);

  const currencyBefore = new Map<string, string>();
  const currencyAfter = new PhraseTrie<string>();
  for (const r of loadLexicon('currencies', [{ name: 'form' }, { name: 'code' }, { name: 'position', values: ['before', 'after'] }])) {
    if (r['position'] === 'before') currencyBefore.set(r['form']!, r['code']!);
    else currencyAfter.add(tokenize(r['form']!), r['code']!, false);
  }

  const units = new PhraseTrie<Unit>();
  for (const r of loadLexicon('quantity-units', [
    { name: 'phrase' },
    { name: 'kind', values: ['percent', 'points', 'measure', 'times', 'duration', 'size'] },
    { name: 'unit' },
  ]))
    units.add(tokenize(r['phrase']!), { kind: r['kind'] as UnitKind, unit: r['unit']! }, false);

  const contextBefore = new PhraseTrie<ContextReason>();
  const contextAfter = new PhraseTrie<ContextReason>();
  const itemReason = new Map<string, ContextReason>();
  const reportVerbs = new Set<string>();
  for (const r of loadLexicon('quantity-contexts', [
    { name: 'phrase' },
    { name: 'side', values: ['before', 'after', 'item', 'verb'] },
    { name: 'reason', values: ['date', 'clock', 'label', 'age', 'source', 'report', 'address', 'sentence', 'rate'] },
    { name: 'match', values: ['cased', 'folded'] },
  ])) {
    const phrase = r['phrase']!;
    const reason = r['reason'] as ContextReason;
    const cased = r['match'] === 'cased';
    if (r['side'] === 'item') itemReason.set(phrase.toLowerCase(), reason);
    else if (r['side'] === 'verb') reportVerbs.add(phrase.toLowerCase());
    else (r['side'] === 'before' ? contextBefore : contextAfter).add(tokenize(phrase), reason, cased);
  }
  return { numberWords, vague, boundsBefore, boundsAfter, currencyBefore, currencyAfter, units, contextBefore, contextAfter, itemReason, reportVerbs };
}
