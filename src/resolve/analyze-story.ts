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

/** Runs the story passes in order: citations, claims, provenance (which reads claims), figures, labels. */
export function analyzeStory(members: readonly ResolvedArticle[]): StoryAnalysis {
  const articles = byDate(members);
  const outlets = new Set(articles.map((a) => outletKey(a.record.outlet)));
  const citations = new Map<string, Citation[]>(articles.map((a) => [a.record.id, findCitations(a, outlets)]));
  const claims = articles.length > 1 ? matchClaims(articles, citations) : [];
  const provenance = traceProvenance(articles, citations, claims);
  const figures = articles.length > 1 ? compareFigures(articles) : [];
  const labels = articles.length > 1 ? collectLabels(articles, claims) : [];
  return { articles, provenance, claims, figures, labels };
}
