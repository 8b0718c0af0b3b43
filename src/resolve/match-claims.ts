import { loadLexicon } from '../lexicons.js';
import type { StatementRecord } from '../model/record.js';
import type { Citation } from './find-citations.js';
import { actorOf, outletKey, ownOutletActor, type ResolvedArticle, type StatementRef } from './story-input.js';
import { contentWords, fold } from './text-features.js';

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
  const base = irregularBase();
  for (const w of contentWords(text)) out.add(base.get(w) ?? (w.length > 5 ? w.replace(/(?:ing|ed|es)$/, '') : w));
  return out;
}

let irregular: Map<string, string> | undefined;
/** "paid" → "pay", "sold" → "sell" (lexicons/en/irregular-verbs.tsv), cut the way claimWords cuts them. */
function irregularBase(): Map<string, string> {
  const cut = (w: string) => (w.length > 5 ? w.replace(/(?:ing|ed|es)$/, '') : w);
  irregular ??= new Map(loadLexicon('irregular-verbs', [{ name: 'form' }, { name: 'base' }]).map((r) => [r['form']!, cut(r['base']!)]));
  return irregular;
}

// Two statements say the same thing when most of the shorter one's weight is shared; words common in
// the story's statements ("mine", "contractors") weigh less than the ones that set a claim apart.
const SAME_CLAIM = 0.5;
const MIN_SHARED = 2;
// ...and the statement must share something with the group's first statement, so groups cannot chain.
const SAME_AS_SEED = 0.3;
// An assertion joins a group of denials (or the reverse) only when nearly the same words.
const ACROSS_STANCE = 0.8;
// "denied the report": a short denial of the reporting itself answers the story's main claim.
const BLANKET_DENIAL_WORDS = 2;
const BLANKET_OBJECT = /\b(?:reports?|allegations?|accusations?|claims?|articles?|stor(?:y|ies)|accounts?)\b/i;
// A source phrase that says it spoke apart from the others is its own chain ("speaking separately").
const SEPARATE_SOURCE = /\b(?:separately|independently|another|second|third|fourth)\b/i;

interface Node {
  ref: StatementRef;
  words: Set<string>;
  /** Weekdays and months the statement names: two that name different ones report different events. */
  days: Set<string>;
  /** Sum of the words' weights, set once the story's word weights are known. */
  total: number;
}

const DAY_WORDS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
const daysOf = (text: string) => new Set((text.match(DAY_WORDS) ?? []).map((d) => d.toLowerCase()));
const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

type Weigh = (w: string) => number;

function similarity(a: Node, b: Node, weigh: Weigh): number {
  if (disjoint(a.days, b.days)) return 0;
  let shared = 0;
  let sharedWeight = 0;
  for (const w of a.words) if (b.words.has(w)) [shared, sharedWeight] = [shared + 1, sharedWeight + weigh(w)];
  if (shared < MIN_SHARED) return 0;
  return sharedWeight / Math.min(a.total, b.total);
}

const isDenial = (s: StatementRecord) => s.stance === 'deny';

/**
 * Claims of one story: statements of different articles grouped when they say the same thing (greedy,
 * in article order: each joins the group it is most like, if like enough), kept when two or more
 * articles make them. `citations` are find-citations.ts's, per article id.
 */
export function matchClaims(articles: readonly ResolvedArticle[], citations: ReadonlyMap<string, readonly Citation[]>): Claim[] {
  const nodes: Node[] = [];
  const blanket: Node[] = [];
  for (const a of articles)
    a.record.statements.forEach((statement, seq) => {
      if (statement.stance === 'no_comment') return;
      const node: Node = { ref: { article: a, seq, statement }, words: claimWords(statement.content), days: daysOf(statement.content), total: 0 };
      if (node.words.size <= BLANKET_DENIAL_WORDS) {
        if (isDenial(statement) && BLANKET_OBJECT.test(statement.content)) blanket.push(node);
        return;
      }
      nodes.push(node);
    });
  const df = new Map<string, number>();
  for (const n of nodes) for (const w of n.words) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = new Map([...df].map(([w, n]) => [w, Math.log(1 + nodes.length / n)]));
  const weigh: Weigh = (w) => weight.get(w) ?? Math.log(1 + nodes.length);
  for (const n of nodes) for (const w of n.words) n.total += weigh(w);
  const groups: Node[][] = [];
  for (const node of nodes) {
    let best: Node[] | undefined;
    let bestScore = 0;
    for (const g of groups) {
      const seed = g[0]!;
      if (similarity(node, seed, weigh) < SAME_AS_SEED && seed.ref.article !== node.ref.article) continue;
      const score = Math.max(...g.filter((n) => n.ref.article !== node.ref.article).map((n) => similarity(node, n, weigh)), 0);
      const need = isDenial(seed.ref.statement) === isDenial(node.ref.statement) ? SAME_CLAIM : ACROSS_STANCE;
      if (score >= need && score > bestScore) [best, bestScore] = [g, score];
    }
    if (best) best.push(node);
    else groups.push([node]);
  }
  leadsJoinTheCore(groups, weigh);
  const kept = groups.filter((g) => new Set(g.map((n) => n.ref.article)).size >= 2);
  // A blanket denial answers the main claim: the asserted claim the most articles make, first on ties.
  const main = kept.filter((g) => !isDenial(g[0]!.ref.statement)).sort((x, y) => articleCount(y) - articleCount(x))[0];
  if (main) for (const d of blanket) main.push(d);
  const parents = parentBodies(articles);
  return kept.map((g) => toClaim(g, citations, parents));
}

// An article's first statement, in its lead, tells the story's core event in that outlet's words: one left
// alone is put with the core claim (the group of the earliest article's lead statement) when it shares
// what a claim's statements share with its first one.
const LEAD_CHARS = 400;

function leadsJoinTheCore(groups: Node[][], weigh: Weigh): void {
  // The article's first statement (comment refusals aside), starting in its lead.
  const isLead = (n: Node) => n.ref.statement.span.start < LEAD_CHARS && !n.ref.article.record.statements.slice(0, n.ref.seq).some((x) => x.stance !== 'no_comment');
  const leads = groups.flat().filter(isLead);
  const coreSeed = leads.filter((n) => !isDenial(n.ref.statement)).sort((x, y) => x.ref.article.record.published.localeCompare(y.ref.article.record.published))[0];
  const core = coreSeed && groups.find((g) => g.includes(coreSeed));
  if (!core) return;
  for (const g of [...groups]) {
    if (g === core || g.length !== 1) continue;
    const n = g[0]!;
    if (!isLead(n) || isDenial(n.ref.statement) || core.some((m) => m.ref.article === n.ref.article)) continue;
    if (Math.max(...core.map((m) => similarity(n, m, weigh))) < SAME_AS_SEED) continue;
    core.push(n);
    groups.splice(groups.indexOf(g), 1);
  }
}

const articleCount = (g: readonly Node[]) => new Set(g.map((n) => n.ref.article)).size;

/** The chain of a statement: who originally said it, whichever outlet carries it. */
function chainOf(ref: StatementRef, done: readonly ClaimMember[], citations: ReadonlyMap<string, readonly Citation[]>): { chain: string; rule: string } {
  const { article: a, statement: s } = ref;
  const source = actorOf(a, s.source_entity);
  if (s.source_kind === 'named_person' || s.source_kind === 'named_org') {
    // A spokesman speaks for the body his title names ("DOH spokesperson Dr. Ramon Lacson").
    // ...and a named office speaks for the body it is part of ("the UN humanitarian office, OCHA").
    const body = a.record.entities.find(
      (e) => e.id !== s.source_entity && (e.type === 'ORG' || e.type === 'GROUP') &&
        e.mention_spans.some((m) => m.span.start >= s.source_span.start && m.span.end <= s.source_span.end),
    );
    // A member or leader of a body speaks for it ("ministry spokesman Armando Cuamba", member_of the ministry).
    const isBody = (id: string) => ['ORG', 'GROUP'].includes(a.record.entities.find((e) => e.id === id)?.type ?? '');
    const person = s.source_kind === 'named_person';
    const member = person && s.source_entity
      ? a.record.relations.find((x) => x.subject === s.source_entity && (x.predicate === 'member_of' || x.predicate === 'leads') && isBody(x.object))
      : undefined;
    const actor = body ? a.actors.get(body.id) : member ? a.actors.get(member.object) ?? source : source;
    if (actor) return { chain: `actor:${actor.id}`, rule: actor !== source ? 'chain.speaks-for' : 'chain.named-source' };
    return { chain: `name:${outletKey(s.source)}`, rule: 'chain.named-source' };
  }
  const own = outletKey(a.record.outlet);
  const cites = citations.get(a.record.id) ?? [];
  if (s.source_kind === 'media') {
    // "the station", "the agency": an outlet the article has already named for its reporting.
    const name = source?.name ?? cites.find((c) => c.kind !== 'credit')?.name ?? cites[0]?.name ?? s.source;
    return { chain: `report:${outletKey(name)}`, rule: 'chain.outlet-report' };
  }
  const via = actorOf(a, s.via);
  const ownActor = ownOutletActor(a);
  if (via && via !== ownActor && outletKey(via.name) !== own) return { chain: `report:${outletKey(via.name)}`, rule: 'chain.via' };
  if (via || SEPARATE_SOURCE.test(s.source)) return { chain: `report:${own}`, rule: 'chain.own-source' };
  // A relay's unnamed source ("the statement", "two former employees"), on a claim the outlet or body it
  // cites also carries, is that one's source: the chain of its statement there.
  const cited = new Set(cites.map((c) => c.key));
  for (const m of done) {
    if (m.article !== a && m.role !== 'contradicts' && cited.has(outletKey(m.article.record.outlet))) return { chain: m.chain, rule: 'chain.relayed-source' };
  }
  return { chain: `report:${own}`, rule: 'chain.own-source' };
}

// An office of a body named with the body's name at its head ("UN Office for the Coordination of
// Humanitarian Affairs", "EU Commission") speaks for that body, when the story knows the body by that name.
const SUBUNIT = /^(\S+(?:\s\S+)?)\s+(?:office|agency|mission|commission|department|programme|program|fund|council|committee|secretariat|high commissioner)\b/i;

/** actor id → the actor of the body it is an office of, from the names the story's articles use. */
export function parentBodies(articles: readonly ResolvedArticle[]): Map<string, string> {
  const byName = new Map<string, string>();
  const offices = new Map<string, string>();
  for (const a of articles)
    for (const e of a.record.entities) {
      const actor = a.actors.get(e.id);
      if (!actor || (e.type !== 'ORG' && e.type !== 'GROUP')) continue;
      for (const m of e.mentions) if (!byName.has(fold(m))) byName.set(fold(m), actor.id);
      const head = SUBUNIT.exec(actor.name)?.[1];
      if (head) offices.set(actor.id, fold(head));
    }
  const out = new Map<string, string>();
  for (const [id, head] of offices) {
    const parent = byName.get(head);
    if (parent && parent !== id) out.set(id, parent);
  }
  return out;
}

function toClaim(group: readonly Node[], citations: ReadonlyMap<string, readonly Citation[]>, parents: ReadonlyMap<string, string>): Claim {
  const seen = new Set<string>();
  const members: ClaimMember[] = [];
  for (const n of group) {
    const found = chainOf(n.ref, members, citations);
    const parent = found.chain.startsWith('actor:') ? parents.get(found.chain.slice('actor:'.length)) : undefined;
    const { chain, rule } = parent ? { chain: `actor:${parent}`, rule: 'chain.office-of' } : found;
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
