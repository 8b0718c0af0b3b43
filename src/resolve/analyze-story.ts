import { collectLabels, type Label } from './collect-labels.js';
import { compareFigures, type Figure } from './compare-figures.js';
import { findCitations, type Citation } from './find-citations.js';
import { matchClaims, type Claim } from './match-claims.js';
import { byDate, outletKey, type ResolvedArticle } from './story-input.js';
import { traceProvenance, type Provenance } from './trace-provenance.js';

/** Everything resolve/ says about one story, from its articles alone (so a rebuild gives the same). */
export interface StoryAnalysis {
  readonly articles: readonly ResolvedArticle[];
  readonly provenance: Provenance;
  readonly claims: readonly Claim[];
  readonly figures: readonly Figure[];
  readonly labels: readonly Label[];
}

// Claims, figures and labels compare statements across a story's articles (quadratic): in a story of
// more articles than this they are read from its earliest and latest ones, so one more article costs
// the same in a story of 100 or 5,000. Roles and the origin still come from every article.
export const MAX_COMPARED = 120;
const EARLIEST_COMPARED = 40;

/** The articles claims, figures and labels are read from: all, or the earliest and the latest of a long story. */
export function comparedArticles(articles: readonly ResolvedArticle[]): readonly ResolvedArticle[] {
  if (articles.length <= MAX_COMPARED) return articles;
  return [...articles.slice(0, EARLIEST_COMPARED), ...articles.slice(articles.length - (MAX_COMPARED - EARLIEST_COMPARED))];
}

/** Runs the story passes in order: citations, claims, provenance (which reads claims), figures, labels. */
export function analyzeStory(members: readonly ResolvedArticle[]): StoryAnalysis {
  const articles = byDate(members);
  const outlets = new Set(articles.map((a) => outletKey(a.record.outlet)));
  const citations = new Map<string, Citation[]>(articles.map((a) => [a.record.id, findCitations(a, outlets)]));
  const compared = comparedArticles(articles);
  const claims = compared.length > 1 ? matchClaims(compared, citations) : [];
  const provenance = traceProvenance(articles, citations, claims);
  const figures = compared.length > 1 ? compareFigures(compared) : [];
  const labels = compared.length > 1 ? collectLabels(compared, claims) : [];
  return { articles, provenance, claims, figures, labels };
}
