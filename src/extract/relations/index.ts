import type { Extractor } from '../extractor.js';
import { loadLexicon } from '../../lexicons.js';
import { buildContext } from './context.js';
import { loadRelationLexicon } from './lexicon.js';
import { findModifierRelations } from './find-modifiers.js';
import { findVerbRelations } from './find-verbs.js';
import { findTitleRelations } from './find-titles.js';
import { findBareTitleRelations } from './find-bare-titles.js';
import { findAppositiveRelations, findPersonOfRelations } from './find-appositives.js';
import { findPossessiveRelations } from './find-possessives.js';
import { findLocationRelations } from './find-locations.js';
import { findPhraseRelations } from './find-phrases.js';
import { findForceRelations } from './find-forces.js';
import { findConflictRelations } from './find-conflicts.js';
import { finalizeRelations } from './finalize.js';

/** Country names and aliases, to tell a city from a country ("X in Lisbon" vs "X in Portugal"). */
function loadCountryNames(): Set<string> {
  const names = new Set<string>();
  const cols = [{ name: 'name' }, { name: 'aliases', optional: true }, { name: 'adjective', optional: true }] as const;
  for (const row of loadLexicon('countries', cols)) {
    names.add(row['name']!.toLowerCase());
    for (const col of ['aliases', 'adjective'])
      for (const a of (row[col] ?? '').split('|')) if (a.trim()) names.add(a.trim().toLowerCase());
  }
  return names;
}

/**
 * Relations between the article's entities (FORMAT.md's seven predicates). The context adds repeats of
 * known names, unmarked initials ("HSC") and referring nouns ("the alliance", "the company", "known as");
 * then small ordered passes: hyphenated modifiers ("Turkey-backed"), verbs ("X backs Y", "X, backed by Y"),
 * prepositional phrases ("with support from"), forces placed ("troops stationed in"), nouns of fighting
 * ("fighting between A and B"), titles ("UHP chairman X"), titles whose body is only in context ("Chief
 * executive X said Harlow ..."), appositives ("X, a researcher at Y"), "X of Y", possessives ("Haftar's
 * LNA"), "body in city"; then type checks, denials and dedupe (finalize.ts).
 */
export const relationsExtractor: Extractor<'relations'> = {
  layer: 'relations',
  version: 3,
  requires: ['entities'],
  create: () => {
    const lex = loadRelationLexicon();
    const countries = loadCountryNames();
    return (doc, done) => {
      const mentions = done.entities?.mentions ?? [];
      if (!mentions.length) return [];
      // An entity is a country when any of its names is one ("Dutch" names the Netherlands too).
      const countryIds = new Set(mentions.filter((m) => countries.has(m.text.toLowerCase())).map((m) => m.entityId));
      const isCountry = (entityId: string) => countryIds.has(entityId);
      const ctx = buildContext(doc, lex, mentions, done.entities?.entities ?? [], countryIds);
      const candidates = [
        ...findModifierRelations(ctx),
        ...findVerbRelations(ctx),
        ...findPhraseRelations(ctx),
        ...findForceRelations(ctx),
        ...findConflictRelations(ctx, isCountry),
        ...findTitleRelations(ctx),
        ...findBareTitleRelations(ctx, isCountry),
        ...findAppositiveRelations(ctx),
        ...findPersonOfRelations(ctx),
        ...findPossessiveRelations(ctx),
        ...findLocationRelations(ctx, isCountry),
      ];
      return finalizeRelations(doc.text, candidates, done.statements ?? []);
    };
  },
};
