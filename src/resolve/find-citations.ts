import { actorOf, evidenceOf, outletKey, ownOutletActor, type Evidence, type ResolvedArticle } from './story-input.js';

/**
 * How an article points at another outlet or body for what it reports:
 * - `credit`: a wire credit in the dateline or the outlet ("LONDON, May 2 (Northline Wire) -"),
 * - `via`: a statement relayed through it ("told Northline Wire", "citing …, the agency said"),
 * - `reported`: the outlet is the statement's source ("the Tidewater Press Agency reported"),
 * - `source`: a body that publishes in the story is the statement's source ("the Department of Health said"),
 * - `named`: the source phrase names it ("according to a report by …").
 */
export type CitationKind = 'credit' | 'via' | 'reported' | 'source' | 'named';

export interface Citation {
  /** outletKey of what is cited. */
  readonly key: string;
  readonly name: string;
  readonly kind: CitationKind;
  readonly evidence: Evidence;
  /** The statement that carries it, if any. */
  readonly statementSeq: number | null;
}

// A dateline's credit: "MAPUTO, March 15 (Tidewater Press Agency) -". Bounded: no runaway on long lines.
const DATELINE_CREDIT = /^[^\n()]{0,80}?\(([^()\n]{2,80})\)\s*[-–—]/;
// An outlet that names a wire it re-runs: "Taipei Times (Reuters)".
const OUTLET_CREDIT = /\(([^()]{2,80})\)\s*$/;

/**
 * Every citation of another outlet or body in one article. `storyOutlets` are the outletKeys of the
 * story's articles, so a body that publishes in the story (a ministry's own statement) counts when quoted.
 */
export function findCitations(a: ResolvedArticle, storyOutlets: ReadonlySet<string>): Citation[] {
  const own = outletKey(a.record.outlet);
  const ownActor = ownOutletActor(a);
  const out: Citation[] = [];
  const add = (key: string, name: string, kind: CitationKind, evidence: Evidence, statementSeq: number | null) => {
    if (!key || key === own || (ownActor && key === outletKey(ownActor.name))) return;
    out.push({ key, name, kind, evidence, statementSeq });
  };
  const credit = DATELINE_CREDIT.exec(a.record.text.slice(0, 200));
  if (credit) {
    const start = credit.index + credit[0].indexOf('(') + 1;
    add(outletKey(credit[1]), credit[1]!.trim(), 'credit', evidenceOf(a, start, start + credit[1]!.length), null);
  }
  const outletCredit = OUTLET_CREDIT.exec(a.record.outlet ?? '');
  if (outletCredit) add(outletKey(outletCredit[1]), outletCredit[1]!.trim(), 'credit', evidenceOf(a, 0, 0), null);

  a.record.statements.forEach((s, seq) => {
    const span = evidenceOf(a, s.span.start, s.span.end);
    const via = actorOf(a, s.via);
    if (via) add(outletKey(via.name), via.name, 'via', span, seq);
    const source = actorOf(a, s.source_entity);
    if (s.source_kind === 'media') {
      if (source) add(outletKey(source.name), source.name, 'reported', span, seq);
      else add(outletKey(s.source), s.source, 'reported', span, seq);
    } else if (source && storyOutlets.has(outletKey(source.name))) add(outletKey(source.name), source.name, 'source', span, seq);
    // "a report by the Tidewater Press Agency": an outlet named inside the source phrase.
    for (const e of a.record.entities) {
      const actor = a.actors.get(e.id);
      if (!actor || !storyOutlets.has(outletKey(actor.name)) || actor === source || actor === via) continue;
      if (e.mention_spans.some((m) => m.span.start >= s.source_span.start && m.span.end <= s.source_span.end))
        add(outletKey(actor.name), actor.name, 'named', span, seq);
    }
  });
  return out;
}
