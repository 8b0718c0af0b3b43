import { flowText } from '../nlp/flow-text.js';
import type { Citation } from './find-citations.js';
import type { StatementRecord } from '../model/record.js';
import { claimWords, type Claim, type ClaimMember } from './match-claims.js';
import { evidenceOf, outletKey, ownOutletActor, type Evidence, type ResolvedArticle } from './story-input.js';

export type ArticleRole = 'origin' | 'relay' | 'independent';

export interface RoleDecision {
  readonly role: ArticleRole;
  readonly rule: string;
  readonly evidence: Evidence | null;
}

export interface Provenance {
  /** The outlet or body the story's articles cite, else the earliest article's outlet. */
  readonly origin: string | null;
  readonly originArticle: string | null;
  readonly originRule: string;
  readonly roles: ReadonlyMap<string, RoleDecision>;
}

// Unnamed people who spoke to this outlet ("two people familiar with the review told the Daily") about
// the core account, in words close enough to it though not the same claim (a revised figure, FORMAT.md
// roles: "confirms, revises or disputes it"): the article has a source chain of its own.
const OWN_SOURCE_KINDS = new Set(['anonymous', 'unnamed_official']);
const NEAR_CORE = 0.4;

/** The first statement of `a` by unnamed people who told its outlet something close to a core claim. */

export function ownSourcesOnCore(a: ResolvedArticle, core: readonly Claim[]): StatementRecord | undefined {
  const own = ownOutletActor(a);
  if (!own || !core.length) return undefined;
  const coreWords = core.map((c) => claimWords(c.text));
  return a.record.statements.find((s) => {
    if (!OWN_SOURCE_KINDS.has(s.source_kind) || s.stance !== 'assert' || !s.via || a.actors.get(s.via)?.id !== own.id) return false;
    const words = claimWords(s.content);
    return words.size >= 3 && coreWords.some((cw) => [...words].filter((w) => cw.has(w)).length / words.size >= NEAR_CORE);
  });
}

const dropArticle = (name: string) => name.replace(/^the\s+/i, '');

/**
 * Where the story started and how each article got it. The origin is what most of the story's articles
 * cite (a wire they credit or relay, a body whose statement they report), else the earliest article.
 * An article is `relay` when it cites the origin (or another outlet of the story), `independent` when
 * it brings a source chain of its own to a claim the origin makes, or cites nobody.
 * `articles` must be in byDate order.
 */
export function traceProvenance(
  articles: readonly ResolvedArticle[],
  citations: ReadonlyMap<string, readonly Citation[]>,
  claims: readonly Claim[],
): Provenance {
  const outletOf = new Map(articles.map((a) => [a.record.id, outletKey(a.record.outlet)]));
  const storyOutlets = new Set(outletOf.values());
  const citedBy = new Map<string, { name: string; articles: Set<string> }>();
  for (const a of articles)
    for (const c of citations.get(a.record.id) ?? []) {
      const entry = citedBy.get(c.key) ?? { name: c.name, articles: new Set<string>() };
      entry.articles.add(a.record.id);
      citedBy.set(c.key, entry);
    }
  let best: string | undefined;
  const firstIndex = new Map<string, number>();
  articles.forEach((a, i) => { const k = outletOf.get(a.record.id)!; if (!firstIndex.has(k)) firstIndex.set(k, i); });
  const firstArticleOf = (key: string) => firstIndex.get(key) ?? -1;
  for (const [key, entry] of citedBy) {
    if (!best) { best = key; continue; }
    const b = citedBy.get(best)!;
    const diff = entry.articles.size - b.articles.size;
    if (diff > 0 || (diff === 0 && storyOutlets.has(key) && !storyOutlets.has(best))) best = key;
    else if (diff === 0 && storyOutlets.has(key) === storyOutlets.has(best) && firstArticleOf(key) >= 0 && firstArticleOf(key) < firstArticleOf(best)) best = key;
  }

  let origin: string | null;
  let originKey: string;
  let originRule: string;
  if (best) {
    originKey = best;
    const own = articles.find((a) => outletOf.get(a.record.id) === best);
    origin = own?.record.outlet ?? dropArticle(citedBy.get(best)!.name);
    originRule = 'origin.most-cited';
  } else {
    const first = articles[0]!;
    originKey = outletOf.get(first.record.id) ?? '';
    origin = first.record.outlet;
    originRule = 'origin.earliest';
  }
  // With nothing cited, every article tells the story in its own voice: the earliest is named as the
  // origin of the story, but no article is the origin of the others' reporting (FORMAT.md roles).
  const originArticle = best ? articles.find((a) => outletOf.get(a.record.id) === originKey) : undefined;

  // The claims that carry the core account: those the origin's own article makes (all, when it has none).
  const roles = new Map<string, RoleDecision>();
  const core = originArticle ? claims.filter((c) => c.members.some((m) => m.article === originArticle)) : claims;
  // Each article's first statement that brings its own source chain to a core claim.
  const ownChain = new Map<ResolvedArticle, ClaimMember>();
  for (const c of core) for (const m of c.members) if (m.role === 'independent' && m.rule === 'chain.own-source' && !ownChain.has(m.article)) ownChain.set(m.article, m);
  if (!best)
    for (const a of articles) roles.set(a.record.id, { role: 'independent', rule: 'role.own-voice', evidence: null });
  for (const a of best ? articles : []) {
    if (a === originArticle) {
      const flowed = flowText(a.record.text.slice(0, 400));
      const dateline = a.record.text.slice(0, Math.max(0, flowed.indexOf('\n')) || Math.min(200, a.record.text.length));
      roles.set(a.record.id, { role: 'origin', rule: 'role.origin-outlet', evidence: evidenceOf(a, 0, dateline.length) });
      continue;
    }
    const own = ownChain.get(a);
    if (own) {
      roles.set(a.record.id, { role: 'independent', rule: 'role.own-chain', evidence: evidenceOf(a, own.statement.span.start, own.statement.span.end) });
      continue;
    }
    const revises = ownSourcesOnCore(a, core);
    if (revises) {
      roles.set(a.record.id, { role: 'independent', rule: 'role.own-sources-revise', evidence: evidenceOf(a, revises.span.start, revises.span.end) });
      continue;
    }
    const cites = citations.get(a.record.id) ?? [];
    const relay = cites.find((c) => c.key === originKey) ?? cites.find((c) => storyOutlets.has(c.key) || c.kind === 'credit');
    if (relay) roles.set(a.record.id, { role: 'relay', rule: `role.relay.${relay.kind}`, evidence: relay.evidence });
    else roles.set(a.record.id, { role: 'independent', rule: 'role.own-voice', evidence: null });
  }
  return { origin, originArticle: originArticle?.record.id ?? null, originRule, roles };
}
