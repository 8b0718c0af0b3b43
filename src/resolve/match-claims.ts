import type { StatementRecord } from '../model/record.js';
import type { Citation } from './find-citations.js';
import { actorOf, outletKey, ownOutletActor, type ResolvedArticle, type StatementRef } from './story-input.js';
import { contentWords } from './text-features.js';

export type SupportRole = 'origin' | 'echo' | 'independent' | 'contradicts';
export type ClaimStatus = 'corroborated' | 'single-source' | 'contested';

export interface ClaimMember extends StatementRef {
  readonly role: SupportRole;
  /** The original source behind the statement: one key however many outlets relay it. */
  readonly chain: string;
  readonly rule: string;
}

export interface Claim {
  readonly text: string;
  readonly status: ClaimStatus;
  readonly members: readonly ClaimMember[];
  /** Distinct supporting chains. */
  readonly chains: number;
}

/** Words for matching claims: content words, with -ing/-ed/-es cut so "hired" meets "hiring". */
export function claimWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of contentWords(text)) out.add(w.length > 5 ? w.replace(/(?:ing|ed|es)$/, '') : w);
  return out;
}

// Two statements say the same thing when most of the shorter one's words are in the longer one.
const SAME_CLAIM = 0.5;
const MIN_SHARED = 2;
// A denial this short ("denied the report") answers the story's main claim, whatever its words.
const BLANKET_DENIAL_WORDS = 2;
// A source phrase that says it spoke apart from the others is its own chain ("speaking separately").
const SEPARATE_SOURCE = /\b(?:separately|independently|another|second|third|fourth)\b/i;

interface Node {
  ref: StatementRef;
  words: Set<string>;
}

function similarity(a: Node, b: Node): number {
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  if (shared < MIN_SHARED) return 0;
  return shared / Math.min(a.words.size, b.words.size);
}

const isDenial = (s: StatementRecord) => s.stance === 'deny';

/**
 * Claims of one story: statements of different articles grouped when they say the same thing (greedy,
 * in article order: each joins the group it is most like, if like enough), kept when two or more
 * articles make them. `citations` are find-citations.ts's, per article id.
 */
export function matchClaims(articles: readonly ResolvedArticle[], citations: ReadonlyMap<string, readonly Citation[]>): Claim[] {
  const groups: Node[][] = [];
  const blanket: Node[] = [];
  for (const a of articles)
    a.record.statements.forEach((statement, seq) => {
      if (statement.stance === 'no_comment') return;
      const node: Node = { ref: { article: a, seq, statement }, words: claimWords(statement.content) };
      if (node.words.size <= BLANKET_DENIAL_WORDS) {
        if (isDenial(statement)) blanket.push(node);
        return;
      }
      let best: Node[] | undefined;
      let bestScore = SAME_CLAIM;
      for (const g of groups) {
        const score = Math.max(...g.filter((n) => n.ref.article !== a).map((n) => similarity(node, n)), 0);
        if (score >= bestScore) [best, bestScore] = [g, score];
      }
      if (best) best.push(node);
      else groups.push([node]);
    });
  const kept = groups.filter((g) => new Set(g.map((n) => n.ref.article)).size >= 2);
  // A blanket denial answers the main claim: the first claim the story's first article makes.
  if (kept.length > 0) for (const d of blanket) kept[0]!.push(d);
  return kept.map((g) => toClaim(g, citations));
}

/** The chain of a statement: who originally said it, whichever outlet carries it. */
function chainOf(ref: StatementRef, group: readonly Node[], citations: ReadonlyMap<string, readonly Citation[]>): { chain: string; rule: string } {
  const { article: a, statement: s } = ref;
  const source = actorOf(a, s.source_entity);
  if (s.source_kind === 'named_person' || s.source_kind === 'named_org') {
    // A spokesman speaks for the body his title names ("DOH spokesperson Dr. Ramon Lacson").
    const body = a.record.entities.find(
      (e) => e.id !== s.source_entity && (e.type === 'ORG' || e.type === 'GROUP') &&
        e.mention_spans.some((m) => m.span.start >= s.source_span.start && m.span.end <= s.source_span.end),
    );
    const actor = body ? a.actors.get(body.id) : source;
    if (actor) return { chain: `actor:${actor.id}`, rule: body ? 'chain.speaks-for' : 'chain.named-source' };
    return { chain: `name:${outletKey(s.source)}`, rule: 'chain.named-source' };
  }
  if (s.source_kind === 'media') return { chain: `report:${outletKey(source?.name ?? s.source)}`, rule: 'chain.outlet-report' };
  const own = outletKey(a.record.outlet);
  const via = actorOf(a, s.via);
  const ownActor = ownOutletActor(a);
  if (via && via !== ownActor && outletKey(via.name) !== own) return { chain: `report:${outletKey(via.name)}`, rule: 'chain.via' };
  if (via || SEPARATE_SOURCE.test(s.source)) return { chain: `report:${own}`, rule: 'chain.own-source' };
  // A relay's unnamed source, on a claim the outlet it cites also carries, is that outlet's source.
  const cited = new Set((citations.get(a.record.id) ?? []).map((c) => c.key));
  for (const n of group) {
    const other = outletKey(n.ref.article.record.outlet);
    if (n.ref.article !== a && cited.has(other) && !['named_person', 'named_org'].includes(n.ref.statement.source_kind))
      return { chain: `report:${other}`, rule: 'chain.relayed-source' };
  }
  return { chain: `report:${own}`, rule: 'chain.own-source' };
}

function toClaim(group: readonly Node[], citations: ReadonlyMap<string, readonly Citation[]>): Claim {
  const seen = new Set<string>();
  const members: ClaimMember[] = [];
  for (const n of group) {
    const { chain, rule } = chainOf(n.ref, group, citations);
    let role: SupportRole;
    if (isDenial(n.ref.statement)) role = 'contradicts';
    else if (members.length === 0 || (!seen.has(chain) && members.every((m) => m.role === 'contradicts'))) role = 'origin';
    else role = seen.has(chain) ? 'echo' : 'independent';
    if (role !== 'contradicts') seen.add(chain);
    members.push({ ...n.ref, role, chain, rule });
  }
  const contested = members.some((m) => m.role === 'contradicts');
  const status: ClaimStatus = contested ? 'contested' : seen.size >= 2 ? 'corroborated' : 'single-source';
  const lead = members.find((m) => m.role !== 'contradicts') ?? members[0]!;
  return { text: lead.statement.content, status, members, chains: seen.size };
}
