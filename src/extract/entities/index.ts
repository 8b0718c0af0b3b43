import type { Entity, Mention } from '../../model/entity.js';
import type { Extractor } from '../extractor.js';
import { findRuns } from './find-runs.js';
import { foldKey, slugOf } from './fold.js';
import { groupCandidates, rootOf, type NameGroup, type Occurrence } from './group-names.js';
import { loadEntityLexicons } from './lexicon-index.js';
import { linkGroups } from './link-groups.js';
import { extendToKnownAlias, segmentRun, type Candidate } from './segment-runs.js';
import { dropHeadlineGuesses, dropTickers } from './filter-candidates.js';
import { buildWords, type Word } from './words.js';

/** "BAMAKO, May 16 (Wire) -": the upper-case place opening the article (after any headline), as a folded key. */
function datelineKeyOf(words: readonly Word[], cands: readonly Candidate[]): string | null {
  for (const c of cands) {
    const first = words[c.first]!;
    if (first.sentence > 1) return null;
    if (!first.initial) continue;
    for (let k = c.first; k < c.endWord; k++) if (!words[k]!.allCaps) return null;
    const next = words[c.endWord]?.text ?? '';
    return next === ',' || next === '-' || next === '\u2013' || next === '\u2014' || next === '(' ? c.key : null;
  }
  return null;
}

function firstStart(occs: readonly Occurrence[]): number {
  let m = Infinity;
  for (const o of occs) m = Math.min(m, o.start);
  return m;
}

/**
 * The article's own outlet as a name short forms may link to ("the Herald" → The Highveld Herald),
 * unless the text already writes the full name.
 */
function outletTarget(outlet: string | null, groups: ReadonlyMap<string, NameGroup>): NameGroup | null {
  if (!outlet) return null;
  const bare = outlet.replace(/^the\s+/i, '');
  const words = bare.split(/\s+/).filter(Boolean);
  if (words.length < 2 || groups.has(`u:${foldKey(bare)}`)) return null;
  return { key: `o:${foldKey(bare)}`, known: true, canonical: outlet, type: 'ORG', votes: new Map(), words, occurrences: [], dropped: false, parent: null };
}

/**
 * The entity name of a group: the lexicon's name (the gold convention, and the scorer counts the name
 * as a mention: "Greece" for a text that only writes "Athens"), else its longest form as written.
 */
function nameOf(g: NameGroup, occs: readonly Occurrence[]): string {
  if (g.known) return g.canonical;
  let best = g.occurrences[0] ?? occs[0]!;
  for (const o of g.occurrences) if (o.c.words.length > best.c.words.length) best = o;
  const text = best.c.text;
  // A dateline "CHIANG MAI" reads better as "Chiang Mai" when the text also writes it so.
  if (/^[\p{Lu}\s]+$/u.test(text)) for (const o of occs) if (o.c.text !== text && foldKey(o.c.text) === foldKey(text)) return o.c.text;
  return text;
}

/**
 * Entities and their mentions. Passes, in order: words (hyphen and accent glue) → capitalised runs
 * (connectors, known names over lower-case words) → candidates (titles stripped, known aliases) →
 * filters (headline guesses, tickers) → groups by name with type votes (heads, role nouns, appositives,
 * lists; capitals read as place or government) → links (bracketed acronyms, surnames, short names,
 * initials, the outlet) → entities with slug ids.
 */
export const entitiesExtractor: Extractor<'entities'> = {
  layer: 'entities',
  version: 2,
  requires: [],
  create: () => {
    const lex = loadEntityLexicons();
    return (doc) => {
      const words = buildWords(doc);
      const cands: Candidate[] = [];
      for (const run of findRuns(words, lex)) for (const c of segmentRun(doc.text, words, run, lex)) cands.push(extendToKnownAlias(doc.text, words, c, lex));
      dropHeadlineGuesses(cands, words);
      dropTickers(cands, words, doc.text);
      const outlet = doc.article.outlet;
      const groups = groupCandidates(cands, {
        words,
        lex,
        outletKey: outlet ? foldKey(outlet.replace(/^the\s+/i, '')) : null,
        datelineKey: datelineKeyOf(words, cands),
      });
      const list = [...groups.values()];
      const byCandidate = new Map<Candidate, NameGroup>();
      for (const g of list) for (const o of g.occurrences) byCandidate.set(o.c, g);
      const outletGroup = outletTarget(outlet, groups);
      if (outletGroup) list.push(outletGroup);
      linkGroups(list, byCandidate, words, lex.heads);

      const byRoot = new Map<NameGroup, Occurrence[]>();
      for (const g of list) {
        if (g.occurrences.length === 0) continue;
        const root = rootOf(g);
        const occs = byRoot.get(root) ?? [];
        occs.push(...g.occurrences);
        byRoot.set(root, occs);
      }
      const roots = [...byRoot.keys()].filter((g) => !g.dropped);
      roots.sort((a, b) => firstStart(byRoot.get(a)!) - firstStart(byRoot.get(b)!));
      const entities: Entity[] = [];
      const mentions: Mention[] = [];
      const used = new Set<string>();
      for (const g of roots) {
        const occs = byRoot.get(g)!;
        const name = nameOf(g, occs);
        // A known entity's id comes from its lexicon name, whatever form the text writes.
        const base = slugOf(g.known ? g.canonical : name);
        let id = base;
        for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
        used.add(id);
        const type = g.type ?? 'ORG';
        entities.push({ id, type, name, rule: occs[0]!.rule });
        const place = type === 'GPE' || type === 'LOC';
        for (const o of occs) {
          const end = place && o.extendEnd ? o.extendEnd : o.end;
          mentions.push({ span: { start: o.start, end }, text: doc.text.slice(o.start, end), rule: o.rule, entityId: id, type, form: o.form });
        }
      }
      mentions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
      return { entities, mentions };
    };
  },
};
