import type { Mention } from '../../model/entity.js';
import { candidate, isPossessive, sameSentence, type Candidate, type Context } from './context.js';
import { isCompanyLike } from './extra-mentions.js';
import { HOLDER_WORDS, roleEnding, titleWordsBefore, titleWordsFrom, type RoleMatch } from './role-words.js';

// Before a title, these name its body in a form the title pass reads ("its chief executive X", "whose chairman X").
const OWNER_WORDS = new Set(['its', 'their', 'his', 'her', 'whose']);
const EVENT_PREPS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'outside', 'around']);
// Words that make a body someone else's or a past one: "previously ran X", "rival X", "a former X executive".
const NOT_OWN = new Set(['former', 'formerly', 'previously', 'ex', 'left', 'quit', 'rival', 'rivals', 'competitor', 'not', "n't", 'never', 'against', 'versus']);
const ENDS_APPOSITIVE = new Set([',', '.', ';']);

/** The role a title ends with, when it may find its body in context, and the words before it that name no holder. */
function contextRole(ctx: Context, words: readonly string[]): { role: RoleMatch; owner: string[] } | null {
  const role = roleEnding(ctx, words, 'person');
  if (!role || !role.context || role.predicate === 'supports') return null;
  const before = words.slice(0, words.length - role.role.split(' ').length);
  return { role, owner: before.filter((w) => !HOLDER_WORDS.has(w) && !ctx.lex.roles.has(`${w}|rank`)) };
}

/** True when words just before a mention set it apart from the title holder's body: "previously ran X", "rival X". */
function otherBody(ctx: Context, mi: number): boolean {
  const first = ctx.mentionFirst[mi]!;
  for (let k = first - 1; k >= 0 && k >= first - 4 && sameSentence(ctx, k, first); k--) if (NOT_OWN.has(ctx.lower[k]!)) return true;
  return false;
}

/** True when a mention names a news outlet ("the Coastal Herald"): an outlet in the sentence is mostly a source, not an employer. */
function isOutlet(ctx: Context, m: Mention): boolean {
  const outlet = ctx.doc.article.outlet?.toLowerCase();
  return m.text.toLowerCase() === outlet || m.text.toLowerCase().split(/\s+/).some((w) => ctx.lex.mediaWords.has(w));
}

// How far from the title a sentence is searched, so that a run-on "sentence" of a whole article stays linear.
const MAX_REACH = 80;

/** The distinct entities of sentence `si` that fit, near token `near` (a few are enough to see ambiguity). */
function fitting(ctx: Context, si: number, fits: (m: Mention, mi: number) => boolean, near: number): Mention[] {
  const s = ctx.doc.sentences[si]!;
  const out: Mention[] = [];
  const end = Math.min(s.endToken, Math.max(near, s.firstToken) + MAX_REACH);
  for (let k = Math.max(s.firstToken, near - MAX_REACH); k < end && out.length < 2; k++) {
    const mi = ctx.startsAt[k]!;
    if (mi < 0) continue;
    const m = ctx.mentions[mi]!;
    if (fits(m, mi) && !out.some((o) => o.entityId === m.entityId)) out.push(m);
  }
  return out;
}

/** The one entity of sentence `si` that fits, or null when there is none or more than one. */
function onlyFit(ctx: Context, si: number, fits: (m: Mention, mi: number) => boolean, near: number): Mention | null {
  const list = fitting(ctx, si, fits, near);
  return list.length === 1 ? list[0]! : null;
}

/**
 * A place where something happened ("told a conference in Kesh", "flew to Kesh"), not one the title
 * holder governs; a place that opens the sentence ("In Kesh, Mayor X ...") sets the scene for it.
 */
function eventPlace(ctx: Context, mi: number): boolean {
  let k = ctx.mentionFirst[mi]! - 1;
  if (k >= 0 && ctx.lower[k] === 'the') k--;
  // "from Kesh and Port Arlen": back over a list to its preposition.
  for (let guard = 0; guard < 6 && k > 0 && (ctx.lower[k] === 'and' || ctx.lower[k] === ',') && ctx.endsAt[k - 1]! >= 0; guard++) {
    k = ctx.firstTok[k - 1]! - 1;
    if (k >= 0 && ctx.lower[k] === 'the') k--;
  }
  if (k < 0 || !EVENT_PREPS.has(ctx.lower[k]!)) return false;
  return ctx.doc.sentences[ctx.sentenceOf[k]!]!.firstToken !== k;
}

/**
 * A function giving, for an offset (asked in increasing order), the company named most often before it,
 * or null when two share the lead: one sweep over the mentions.
 */
function leadingCompany(ctx: Context): (before: number) => Mention | null {
  const outlet = ctx.doc.article.outlet?.toLowerCase() ?? '';
  const counts = new Map<string, number>();
  // The latest mention of each, so the evidence runs from the nearest naming.
  const latest = new Map<string, Mention>();
  let swept = 0;
  let best: Mention | null = null;
  let bestCount = 0;
  let tied = false;
  return (before) => {
    for (; swept < ctx.mentions.length && ctx.mentions[swept]!.span.start < before; swept++) {
      const m = ctx.mentions[swept]!;
      if (m.type !== 'ORG' || !isCompanyLike(ctx.lex, m.text, outlet)) continue;
      const n = (counts.get(m.entityId) ?? 0) + 1;
      counts.set(m.entityId, n);
      latest.set(m.entityId, m);
      if (best && best.entityId === m.entityId) {
        bestCount = n;
        tied = false;
      } else if (n > bestCount) {
        best = m;
        bestCount = n;
        tied = false;
      } else if (n === bestCount) tied = true;
    }
    return tied || !best ? null : latest.get(best.entityId)!;
  };
}

/** True when sentence si follows sentence si-1 in the same paragraph (no line break between them). */
function sameParagraph(ctx: Context, si: number): boolean {
  const prev = ctx.doc.sentences[si - 1];
  const cur = ctx.doc.sentences[si]!;
  return !!prev && !ctx.doc.flowText.slice(prev.end, cur.start).includes('\n');
}

/**
 * A title with no body next to it: "Chief executive Ilse Varga said Harlow would ...", "Mayor Tomas
 * Ferrek of Kesh", "Danu Perl, chairwoman, said". The role ties the name to the one organisation or
 * group its sentence names (else the one named by the sentence before, in the same paragraph), and a
 * mayor or governor to the one city or region the sentence names. Nothing when that is ambiguous.
 */
export function findBareTitleRelations(ctx: Context, isCountry: (entityId: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const leading = leadingCompany(ctx);
  ctx.mentions.forEach((person, pi) => {
    if (person.type !== 'PERSON') return;
    const first = ctx.mentionFirst[pi]!;
    const last = ctx.mentionLast[pi]!;
    let found: { role: RoleMatch; owner: string[] } | null = null;
    let from = first;
    let to = last;
    const { words, before } = first > 0 ? titleWordsBefore(ctx, first - 1) : { words: [], before: -1 };
    if (words.length) {
      // A body or owner word before the title: the title-before-name pass reads it ("Harlow chairman X").
      if (before >= 0 && (ctx.endsAt[before]! >= 0 || isPossessive(ctx, before) || OWNER_WORDS.has(ctx.lower[before]!))) return;
      found = contextRole(ctx, words);
      from = before + 1;
    } else if (ctx.lower[last + 1] === ',') {
      // "Danu Perl, chairwoman, said": a bare appositive title, closed before any "of"/"at" names a body.
      let k = last + 2;
      if (ctx.lower[k] === 'the') k++;
      const after = titleWordsFrom(ctx, k);
      if (!after.words.length || !ENDS_APPOSITIVE.has(ctx.lower[after.next] ?? '') || !sameSentence(ctx, after.next, last)) return;
      found = contextRole(ctx, after.words);
      to = after.next - 1;
    }
    if (!found) return;
    const role = found.role;
    const si = ctx.sentenceOf[first]!;
    let body: Mention | null;
    if (role.context === 'place') {
      body = onlyFit(ctx, si, (m, mi) => m.type === 'GPE' && !isCountry(m.entityId) && !eventPlace(ctx, mi), first);
    } else {
      const fits = (m: Mention, mi: number) => (m.type === 'ORG' || m.type === 'GROUP') && !isOutlet(ctx, m) && !otherBody(ctx, mi);
      const here = fitting(ctx, si, fits, first);
      body = here.length === 1 ? here[0]! : null;
      // No body in the sentence: the one the sentence before names, in the same paragraph.
      const prev = !here.length && si > 0 && sameParagraph(ctx, si) ? fitting(ctx, si - 1, fits, ctx.doc.sentences[si - 1]!.endToken) : [];
      if (prev.length === 1) body = prev[0]!;
      // Nor there: a company's chief executive works for the company the article is about so far.
      if (!here.length && !prev.length && role.context === 'company') body = leading(person.span.start);
    }
    // "Ministry spokesman X" fits "the Defence Ministry"; "police spokesman X" does not fit the militia the sentence names.
    if (body && found.owner.some((w) => !body!.text.toLowerCase().split(/[\s-]+/).includes(w))) return;
    if (body) out.push(candidate(ctx, role.predicate, person, body, from, to, 'relations/title-from-context'));
  });
  return out;
}
