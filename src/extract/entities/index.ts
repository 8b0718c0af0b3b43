import type { Entity, Mention } from '../../model/entity.js';
import type { Extractor } from '../extractor.js';
import { findRuns } from './find-runs.js';
import { foldKey, slugOf } from './fold.js';
import { groupCandidates, rootOf, type NameGroup } from './group-names.js';
import { loadEntityLexicons } from './lexicon-index.js';
import { linkGroups } from './link-groups.js';
import { extendToKnownAlias, segmentRun, type Candidate } from './segment-runs.js';
import { buildWords, type Word } from './words.js';

/** "BAMAKO, May 16 (Wire) -": the upper-case place opening the article, as a folded key. */
function datelineKeyOf(words: readonly Word[], cands: readonly Candidate[]): string | null {
  const c = cands[0];
  if (!c || c.first !== 0) return null;
  for (let k = c.first; k < c.endWord; k++) if (!words[k]!.allCaps) return null;
  const next = words[c.endWord]?.text ?? '';
  return next === ',' || next === '-' || next === '\u2013' || next === '\u2014' || next === '(' ? c.key : null;
}

/** The entity name of a group: the lexicon's name, else its longest form as written. */
function nameOf(g: NameGroup): string {
  if (g.known) return g.canonical;
  let best = g.occurrences[0]!;
  for (const o of g.occurrences) if (o.c.words.length > best.c.words.length) best = o;
  const text = best.c.text;
  // A dateline "CHIANG MAI" reads better as "Chiang Mai" when the text also writes it so.
  if (/^[\p{Lu}\s]+$/u.test(text)) for (const o of g.occurrences) if (o.c.text !== text && foldKey(o.c.text) === foldKey(text)) return o.c.text;
  return text;
}

/** Entities and their mentions: names found from capitalisation, lexicons and context, then linked. */
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
      const outlet = doc.article.outlet;
      const groups = groupCandidates(cands, {
        text: doc.text,
        words,
        lex,
        outletKey: outlet ? foldKey(outlet.replace(/^the\s+/i, '')) : null,
        datelineKey: datelineKeyOf(words, cands),
      });
      const list = [...groups.values()];
      const byCandidate = new Map<Candidate, NameGroup>();
      for (const g of list) for (const o of g.occurrences) byCandidate.set(o.c, g);
      linkGroups(list, byCandidate, words);

      const entities: Entity[] = [];
      const mentions: Mention[] = [];
      const idOf = new Map<NameGroup, string>();
      const used = new Set<string>();
      const roots = list.filter((g) => !g.parent && !g.dropped && g.occurrences.length > 0);
      roots.sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start);
      for (const g of roots) {
        const name = nameOf(g);
        let id = slugOf(name);
        for (let n = 2; used.has(id); n++) id = `${slugOf(name)}_${n}`;
        used.add(id);
        idOf.set(g, id);
        entities.push({ id, type: g.type ?? 'ORG', name, rule: g.occurrences[0]!.rule });
      }
      for (const g of list) {
        const root = rootOf(g);
        const id = idOf.get(root);
        if (!id) continue;
        for (const o of g.occurrences)
          mentions.push({ span: { start: o.start, end: o.end }, text: doc.text.slice(o.start, o.end), rule: o.rule, entityId: id, type: root.type ?? 'ORG', form: o.form });
      }
      mentions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
      return { entities, mentions };
    };
  },
};
