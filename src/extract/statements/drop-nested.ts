import type { Doc } from '../../model/doc.js';
import { byUnit } from './by-unit.js';
import type { Draft } from './draft.js';
import { low } from './tokens.js';

/**
 * Pass 5b: "US officials said they believed X" is one statement: a cue inside another statement's
 * content whose source is a pronoun for that same speaker adds nothing.
 */
export function dropNested(doc: Doc, drafts: readonly Draft[]): Draft[] {
  const units = byUnit(drafts);
  return drafts.filter((d) => {
    if (!d.cue) return true;
    // "X said internal polls had shown …": the document inside a quoted claim is part of that claim.
    if (d.rule.startsWith('statements/document-')) return !units.get(d.unit)!.some((o) => o !== d && o.content[0] <= d.cue![0] && d.cue![1] <= o.content[1]);
    if (d.anaphor !== 'pronoun') return true;
    const p = low(doc, d.source[0]);
    return !units.get(d.unit)!.some((o) => o !== d && o.unit === d.unit && o.content[0] <= d.cue![0] && d.cue![1] <= o.content[1] && o.content[0] <= doc.tokenStart[d.source[0]]! && (p === 'they' ? o.count !== 1 : true));
  });
}
