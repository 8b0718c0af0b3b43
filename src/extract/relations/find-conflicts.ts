import type { Mention } from '../../model/entity.js';
import { candidate, isLowerWord, pos, sameSentence, tokenAtOrAfter, type Candidate, type Context } from './context.js';
import { phraseAfter, type Phrase } from './noun-phrase.js';

// Words between an attack noun and its "by": "an attack carried out by", "a raid claimed by".
const BY_FILLERS = new Set(['carried', 'out', 'launched', 'mounted', 'staged', 'conducted', 'claimed', 'allegedly', 'reportedly', 'apparently', 'led']);
const TARGET_PREPS = new Set(['on', 'against']);
const MAX_FILLERS = 4;

/** True when token k ends a hyphenated compound ("cease-fire"). */
function compound(ctx: Context, k: number): boolean {
  return k >= 2 && ctx.lower[k - 1] === '-' && ctx.doc.tokenStart[k] === ctx.doc.tokenEnd[k - 1] && ctx.doc.tokenStart[k - 1] === ctx.doc.tokenEnd[k - 2];
}

/** The noun ending at token k, hyphenated compounds joined ("cease-fire"), lower-cased. */
function nounEndingAt(ctx: Context, k: number): string {
  if (k < 0 || ctx.inside[k]! >= 0) return '';
  return compound(ctx, k) ? `${ctx.lower[k - 2]}-${ctx.lower[k]}` : ctx.lower[k]!;
}

/** The phrase after token k once lower-case words of the phrase are passed: "[Valdorian forces] and": the token after. */
function pastHeadNouns(ctx: Context, k: number): number {
  let j = k;
  for (let n = 0; n < 3 && j < ctx.doc.tokenCount && ctx.startsAt[j]! < 0 && isLowerWord(ctx, j) && (pos(ctx, j) === 'NOUN' || pos(ctx, j) === 'ADJ'); n++) j++;
  return j;
}

/** True when the mention is followed by a noun for armed forces ("Valdorian troops"). */
function forcesOf(ctx: Context, m: Mention): boolean {
  const k = tokenAtOrAfter(ctx.doc, m.span.end - 1) + 1;
  return k < ctx.doc.tokenCount && ctx.lex.forceNouns.has(ctx.lower[k]!);
}

/** "between A and B": the two sides, or null when there are not exactly two. */
function sidesAfter(ctx: Context, between: number): [Mention, Mention] | null {
  const a = phraseAfter(ctx, between + 1);
  if (!a) return null;
  if (a.mentions.length === 2) return [a.mentions[0]!, a.mentions[1]!];
  if (a.mentions.length !== 1) return null;
  const and = pastHeadNouns(ctx, a.last + 1);
  if (ctx.lower[and] !== 'and' || !sameSentence(ctx, and, between)) return null;
  const b = phraseAfter(ctx, and + 1);
  return b && b.mentions.length === 1 ? [a.mentions[0]!, b.mentions[0]!] : null;
}

/** The agent after "by" (past fillers) from token k: "carried out by A". */
function agentFrom(ctx: Context, k: number): { by: number; phrase: Phrase } | null {
  let j = k;
  for (let n = 0; n < MAX_FILLERS && BY_FILLERS.has(ctx.lower[j] ?? ''); n++) j++;
  if (ctx.lower[j] !== 'by' || !sameSentence(ctx, j, k)) return null;
  const phrase = phraseAfter(ctx, j + 1);
  return phrase ? { by: j, phrase } : null;
}

/** The target after "on"/"against" at token k: "on B". */
function targetFrom(ctx: Context, k: number): Phrase | null {
  return TARGET_PREPS.has(ctx.lower[k] ?? '') && sameSentence(ctx, k, k - 1) ? phraseAfter(ctx, k + 1) : null;
}

/**
 * Nouns of fighting: "heavy fighting between the Free Hills Front and Valdorian forces" and "a ceasefire
 * between A and B" (each opposes the other); "an attack carried out by A on B", "a raid on B by A"
 * (A opposes B). A target must be a body, a person or a country (an attack on a town is no side).
 */
export function findConflictRelations(ctx: Context, isCountry: (entityId: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  // A state is a side by name or by its forces ("Valdorian forces"), a town is not.
  const isSide = (m: Mention) => m.type === 'ORG' || m.type === 'GROUP' || m.type === 'PERSON' || (m.type === 'GPE' && (isCountry(m.entityId) || forcesOf(ctx, m)));
  for (let i = 1; i < ctx.doc.tokenCount; i++) {
    if (ctx.lower[i] === 'between' && ctx.lex.conflictNouns.get(nounEndingAt(ctx, i - 1)) === 'between') {
      const sides = sidesAfter(ctx, i);
      if (!sides || !isSide(sides[0]) || !isSide(sides[1])) continue;
      const from = compound(ctx, i - 1) ? i - 3 : i - 1;
      out.push(candidate(ctx, 'opposes', sides[0], sides[1], from, i, 'relations/fighting-between'));
      out.push(candidate(ctx, 'opposes', sides[1], sides[0], from, i, 'relations/fighting-between'));
      continue;
    }
    if (ctx.lex.conflictNouns.get(nounEndingAt(ctx, i)) !== 'by' || pos(ctx, i) === 'VERB') continue;
    // "an attack by A on B" or "an attack on B by A"; "the attack, carried out by A".
    const next = ctx.lower[i + 1] === ',' ? i + 2 : i + 1;
    let agent = agentFrom(ctx, next);
    let target = agent ? targetFrom(ctx, agent.phrase.last + 1) : null;
    if (!agent) {
      target = targetFrom(ctx, i + 1);
      agent = target ? agentFrom(ctx, pastHeadNouns(ctx, target.last + 1)) : null;
    }
    if (!agent || !target) continue;
    for (const a of agent.phrase.mentions)
      for (const t of target.mentions) if (isSide(t)) out.push(candidate(ctx, 'opposes', a, t, compound(ctx, i) ? i - 2 : i, i, 'relations/attack-by-on'));
  }
  return out;
}
