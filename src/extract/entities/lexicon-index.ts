import type { EntityType } from '../../model/entity.js';
import { ENTITY_TYPES } from '../../model/entity.js';
import { loadLexicon } from '../../lexicons.js';
import { foldKey } from './fold.js';

/** How a known surface form names its entity. */
export type KnownForm = 'full' | 'acronym' | 'adjectival' | 'people' | 'capital' | 'seat';

/**
 * One sense of a known surface form. Example: "Moscow" → {canonical: 'Russia', type: 'GPE', form: 'capital'};
 * "Syrians" → {canonical: 'Syrians', type: 'NORP', form: 'people'}.
 */
export interface KnownSense {
  readonly canonical: string;
  readonly type: EntityType;
  readonly form: KnownForm;
  /** For a capital: the city itself, used when the text means the place rather than the state. */
  readonly city?: string;
}

/** Where a head word sits in a name. */
export interface HeadInfo {
  /** How sure the head is, 1..12 (default 10). */
  weight: number;
  last?: EntityType;
  first?: EntityType;
  any?: EntityType;
  possessive?: boolean;
  /** Names a body alone ("Parliament"). */
  institution?: boolean;
  /** Opens "X and Y Party"-style names ("Justice"). */
  conjunct?: boolean;
}

/** What a lower-case context noun says about a neighbouring name. */
export interface ContextInfo {
  before?: EntityType;
  after?: EntityType;
  appositive?: EntityType;
  groupModifier?: boolean;
}

/** Everything the entities layer looks up, compiled once in create(). */
export interface EntityLexicons {
  /** folded word sequence ("united arab emirates") → senses, best first. */
  readonly known: ReadonlyMap<string, readonly KnownSense[]>;
  /** The longest known name in words, to bound the longest-match scan. */
  readonly maxKnownWords: number;
  readonly heads: ReadonlyMap<string, HeadInfo>;
  readonly context: ReadonlyMap<string, ContextInfo>;
  readonly titles: ReadonlyMap<string, 'head' | 'modifier'>;
  readonly givenNames: ReadonlySet<string>;
  /** Words never starting a name ("The", "Monday"). */
  readonly stopwords: ReadonlySet<string>;
  /** Words naming nothing alone though they start names ("Western"). */
  readonly aloneWords: ReadonlySet<string>;
  /** Last words of names that are not actors ("Act", "Treaty"). */
  readonly notActorLast: ReadonlySet<string>;
  /** "the X pipeline": X names a thing. */
  readonly thingAfter: ReadonlySet<string>;
  /** "African studies": the demonym names a field. */
  readonly fieldAfter: ReadonlySet<string>;
  /** "the drug X", "X, a new drug": a product kind before the name or heading its appositive. */
  readonly productNouns: ReadonlySet<string>;
  /** "X tablets": a dose form after the name. */
  readonly productAfter: ReadonlySet<string>;
}

const TYPE_COL = { name: 'type', values: ENTITY_TYPES };
const pipeList = (s: string | undefined): string[] => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);

/** Loads and indexes the entity lexicons (countries, bodies, places, peoples, heads, titles, names). */
export function loadEntityLexicons(): EntityLexicons {
  const known = new Map<string, KnownSense[]>();
  let maxKnownWords = 1;
  const add = (surface: string, sense: KnownSense): void => {
    const key = foldKey(surface);
    if (!key) return;
    maxKnownWords = Math.max(maxKnownWords, key.split(' ').length);
    const list = known.get(key) ?? [];
    if (!list.some((s) => s.canonical === sense.canonical && s.form === sense.form)) list.push(sense);
    known.set(key, list);
  };

  // Bodies first: their seats ("Brussels" → EU) outrank a country's capital as a metonym.
  for (const r of loadLexicon('international-bodies', [{ name: 'name' }, TYPE_COL, { name: 'acronym', optional: true }, { name: 'aliases', optional: true }, { name: 'seat', optional: true }])) {
    const type = r['type'] as EntityType;
    add(r['name']!, { canonical: r['name']!, type, form: 'full' });
    if (r['acronym']) add(r['acronym'], { canonical: r['name']!, type, form: 'acronym' });
    for (const a of pipeList(r['aliases'])) add(a, { canonical: r['name']!, type, form: /^[A-Z.]+$/.test(a) ? 'acronym' : 'full' });
    for (const s of pipeList(r['seat'])) add(s, { canonical: r['name']!, type, form: 'seat', city: s });
  }
  const countryRows = loadLexicon('countries', [{ name: 'name' }, { name: 'kind', values: ['country', 'territory', 'union'] }, { name: 'capital', optional: true }, { name: 'adjective', optional: true }, { name: 'people', optional: true }, { name: 'aliases', optional: true }, { name: 'seat', optional: true }]);
  for (const r of countryRows) {
    const name = r['name']!;
    add(name, { canonical: name, type: 'GPE', form: 'full' });
    for (const a of pipeList(r['aliases'])) add(a, { canonical: name, type: 'GPE', form: /^[A-Z.]+$/.test(a) ? 'acronym' : 'full' });
  }
  for (const r of countryRows) {
    const name = r['name']!;
    for (const a of pipeList(r['adjective'])) add(a, { canonical: name, type: 'GPE', form: 'adjectival' });
    for (const p of pipeList(r['people'])) add(p, { canonical: p, type: 'NORP', form: 'people' });
    for (const s of pipeList(r['seat'])) add(s, { canonical: name, type: 'GPE', form: 'seat', city: s });
    if (r['capital'] && r['capital'] !== name) add(r['capital'], { canonical: name, type: 'GPE', form: 'capital', city: r['capital'] });
  }
  for (const r of loadLexicon('places', [{ name: 'name' }, { name: 'type', values: ['LOC', 'GPE'] }, { name: 'country', optional: true }, { name: 'adjective', optional: true }, { name: 'aliases', optional: true }])) {
    const type = r['type'] as EntityType;
    add(r['name']!, { canonical: r['name']!, type, form: 'full' });
    for (const a of pipeList(r['aliases'])) add(a, { canonical: r['name']!, type, form: 'full' });
    for (const a of pipeList(r['adjective'])) add(a, { canonical: r['name']!, type, form: 'adjectival' });
  }
  for (const r of loadLexicon('peoples', [{ name: 'name' }, { name: 'adjective', optional: true }])) {
    add(r['name']!, { canonical: r['name']!, type: 'NORP', form: 'people' });
    for (const a of pipeList(r['adjective'])) add(a, { canonical: r['name']!, type: 'NORP', form: 'adjectival' });
  }

  const heads = new Map<string, HeadInfo>();
  for (const r of loadLexicon('name-heads', [{ name: 'word' }, TYPE_COL, { name: 'position', values: ['last', 'first', 'any', 'possessive', 'institution', 'conjunct'] }, { name: 'weight', numeric: true, optional: true }])) {
    const h = heads.get(r['word']!) ?? { weight: 10 };
    if (r['weight'] && r['position'] === 'last') h.weight = Number(r['weight']);
    const pos = r['position'] as 'last' | 'first' | 'any' | 'possessive' | 'institution' | 'conjunct';
    if (pos === 'possessive') h.possessive = true;
    else if (pos === 'institution') h.institution = true;
    else if (pos === 'conjunct') h.conjunct = true;
    else h[pos] = r['type'] as EntityType;
    heads.set(r['word']!, h);
  }
  const context = new Map<string, ContextInfo>();
  for (const r of loadLexicon('context-nouns', [{ name: 'word' }, TYPE_COL, { name: 'where', values: ['before', 'after', 'appositive', 'modifier'] }])) {
    const c = context.get(r['word']!) ?? {};
    const where = r['where'] as 'before' | 'after' | 'appositive' | 'modifier';
    if (where === 'modifier') c.groupModifier = true;
    else c[where] = r['type'] as EntityType;
    context.set(r['word']!, c);
  }
  const titles = new Map<string, 'head' | 'modifier'>();
  for (const r of loadLexicon('titles', [{ name: 'word' }, { name: 'role', values: ['head', 'modifier'] }])) {
    if (titles.get(r['word']!) !== 'head') titles.set(r['word']!, r['role'] as 'head' | 'modifier');
  }
  const givenNames = new Set(loadLexicon('given-names', [{ name: 'name' }]).map((r) => r['name']!));
  const stopRows = loadLexicon('name-stopwords', [{ name: 'word' }, { name: 'role', values: ['lead', 'alone', 'last', 'thing-after', 'field-after', 'product', 'product-after'] }]);
  const stopwords = new Set(stopRows.filter((r) => r['role'] === 'lead').map((r) => r['word']!));
  const aloneWords = new Set(stopRows.filter((r) => r['role'] === 'alone').map((r) => r['word']!));
  const notActorLast = new Set(stopRows.filter((r) => r['role'] === 'last').map((r) => r['word']!));
  const thingAfter = new Set(stopRows.filter((r) => r['role'] === 'thing-after').map((r) => r['word']!));
  const fieldAfter = new Set(stopRows.filter((r) => r['role'] === 'field-after').map((r) => r['word']!));
  const productNouns = new Set(stopRows.filter((r) => r['role'] === 'product').map((r) => r['word']!));
  const productAfter = new Set(stopRows.filter((r) => r['role'] === 'product-after').map((r) => r['word']!));
  return { known, maxKnownWords, heads, context, titles, givenNames, stopwords, aloneWords, notActorLast, thingAfter, fieldAfter, productNouns, productAfter };
}
