import { candidate, isLowerWord, pos, sameSentence, type Candidate, type Context } from './context.js';

const DETERMINERS = new Set(['a', 'an', 'the']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains']);
const MAX_HEAD_WORDS = 4;
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who']);
const NAMING_VERBS = new Set(['named', 'called', 'dubbed']);
const SELF_NAMING = new Set(['calling', 'calls', 'call', 'called', 'styling', 'styles', 'naming', 'names']);
const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself']);

/** A short all-capitals word that names no entity: "IT" in "a Lublin-based IT firm". */
function isAcronymWord(ctx: Context, k: number): boolean {
  const t = ctx.doc.text.slice(ctx.doc.tokenStart[k]!, ctx.doc.tokenEnd[k]!);
  return t.length >= 2 && t.length <= 4 && /^[A-Z]+$/.test(t);
}

/** Past a naming phrase at token k ("named", "known as the", "which calls itself"), or k when there is none. */
function afterNaming(ctx: Context, k: number): number {
  let j = k;
  if (RELATIVE_PRONOUNS.has(ctx.lower[j]!) || ctx.lower[j] === 'also') j++;
  const w = ctx.lower[j]!;
  if (NAMING_VERBS.has(w)) j++;
  else if (w === 'known' && ctx.lower[j + 1] === 'as') j += 2;
  else if (SELF_NAMING.has(w) && REFLEXIVES.has(ctx.lower[j + 1]!)) j += 2;
  else return k;
  return ctx.lower[j] === 'the' ? j + 1 : j;
}

/** The mention a modifier at tokens [hyphen-1 .. hyphen+1] qualifies: the name it precedes, or the name the phrase describes. */
function headOf(ctx: Context, hyphen: number, modFirst: number): number {
  let k = hyphen + 2;
  for (let skipped = 0; skipped < MAX_HEAD_WORDS && k < ctx.doc.tokenCount && ctx.startsAt[k]! < 0; skipped++) {
    // "a Valdoria-backed hacking group calling itself X": the name the phrase gives itself.
    if (skipped && afterNaming(ctx, k) !== k) {
      k = afterNaming(ctx, k);
      break;
    }
    if (!sameSentence(ctx, k, hyphen)) break;
    if (!isAcronymWord(ctx, k) && (!isLowerWord(ctx, k) || !['NOUN', 'ADJ', 'VERB', 'PROPN', 'ADV'].includes(pos(ctx, k)))) break;
    // "the firm sued X": a verb with its object ends the phrase ("hacking group", and "firm" mistagged as a verb, do not).
    if (pos(ctx, k) === 'VERB' && !ctx.lower[k]!.endsWith('ing') && (ctx.startsAt[k + 1]! >= 0 || pos(ctx, k + 1) === 'DET')) break;
    k++;
  }
  if (k < ctx.doc.tokenCount && ctx.startsAt[k]! >= 0 && sameSentence(ctx, k, hyphen)) return ctx.startsAt[k]!;
  // "a Dubai-based company, Orvex Shipping" / "a Turkish-backed militia in northern Syria, the Free Highlands Brigade".
  if (k > hyphen + 2) {
    for (let c = k; c < k + 6 && c < ctx.doc.tokenCount && sameSentence(ctx, c, hyphen); c++) {
      const w = ctx.lower[c]!;
      if (w === ',') {
        // ", known as the X", ", which calls itself X".
        let d = afterNaming(ctx, c + 1);
        if (DETERMINERS.has(ctx.lower[d]!)) d++;
        if (d < ctx.doc.tokenCount && ctx.startsAt[d]! >= 0 && sameSentence(ctx, d, hyphen)) return ctx.startsAt[d]!;
        break;
      }
      if (c === k ? !['in', 'from', 'of'].includes(w) : pos(ctx, c) === 'VERB' || pos(ctx, c) === 'PUNCT') break;
    }
  }
  // "Mountain Relief Network, a Pokhara-based charity" / "X is a Tripoli-based group".
  let b = modFirst - 1;
  // "Kodex, a small Lublin-based firm": adjectives before the modifier.
  for (let n = 0; n < 3 && b > 0 && isLowerWord(ctx, b) && pos(ctx, b) === 'ADJ' && ctx.endsAt[b]! < 0; n++) b--;
  if (b >= 0 && DETERMINERS.has(ctx.lower[b]!)) b--;
  if (b >= 1 && (ctx.lower[b] === ',' || COPULAS.has(ctx.lower[b]!)) && sameSentence(ctx, b - 1, hyphen)) return ctx.endsAt[b - 1]!;
  return -1;
}

/** Hyphenated modifiers: "Turkey-backed Syrian National Army" → Turkey supports SNA; "Dakar-based institute" → based_in Dakar. */
export function findModifierRelations(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i + 1 < ctx.doc.tokenCount; i++) {
    if (ctx.lower[i] !== '-' || ctx.endsAt[i - 1]! < 0) continue;
    // "Turkey-backed" with no space either side; "Turkey - backed" is not a compound.
    if (ctx.doc.tokenStart[i] !== ctx.doc.tokenEnd[i - 1] || ctx.doc.tokenEnd[i] !== ctx.doc.tokenStart[i + 1]) continue;
    const mod = ctx.lex.modifiers.get(ctx.lower[i + 1]!);
    if (!mod) continue;
    const modifier = ctx.mentions[ctx.endsAt[i - 1]!]!;
    const headIdx = headOf(ctx, i, ctx.firstTok[i - 1]!);
    if (headIdx < 0) continue;
    const head = ctx.mentions[headIdx]!;
    const [subject, object] = mod.direction === 'modifier-head' ? [modifier, head] : [head, modifier];
    out.push(candidate(ctx, mod.predicate, subject, object, i, i + 1, `relations/${ctx.lower[i + 1]}-modifier`));
  }
  return out;
}
