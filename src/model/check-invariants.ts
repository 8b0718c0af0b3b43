import type { ArticleRecord, SpanRecord } from './record.js';

/**
 * Checks a record against the contract: every span inside the text, non-empty, `text === slice(span)`,
 * every rule named, every entity reference resolving. Returns the list of violations (empty when sound).
 */
export function checkInvariants(r: ArticleRecord): string[] {
  const problems: string[] = [];
  const ids = new Set(r.entities.map((e) => e.id));
  const checkSpan = (where: string, span: SpanRecord | null, text: string | null) => {
    if (!span) return;
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end))) problems.push(`${where}: span is not integral`);
    else if (span.start < 0 || span.end > r.text.length) problems.push(`${where}: span [${span.start},${span.end}) outside the text`);
    else if (span.start >= span.end) problems.push(`${where}: empty span [${span.start},${span.end})`);
    else if (text != null && r.text.slice(span.start, span.end) !== text)
      problems.push(`${where}: text ${JSON.stringify(text)} !== slice ${JSON.stringify(r.text.slice(span.start, span.end))}`);
  };
  const checkRule = (where: string, rule: string) => {
    if (!/^[a-z-]+\/[a-z0-9-]+/.test(rule)) problems.push(`${where}: rule ${JSON.stringify(rule)} is not layer/what-it-matches`);
  };
  const checkRef = (where: string, id: string | null) => {
    if (id != null && !ids.has(id)) problems.push(`${where}: entity ${JSON.stringify(id)} does not resolve`);
  };
  if (ids.size !== r.entities.length) problems.push('entities: duplicate ids');
  r.entities.forEach((e, i) => {
    checkRule(`entities[${i}]`, e.rule);
    if (!e.mention_spans.length) problems.push(`entities[${i}]: no mentions`);
    e.mention_spans.forEach((m, k) => {
      checkSpan(`entities[${i}].mention_spans[${k}]`, m.span, m.text);
      checkRule(`entities[${i}].mention_spans[${k}]`, m.rule);
    });
  });
  r.statements.forEach((s, i) => {
    const w = `statements[${i}]`;
    checkSpan(w, s.span, null);
    checkSpan(`${w}.source`, s.source_span, s.source);
    checkSpan(`${w}.cue`, s.cue_span, s.cue);
    checkSpan(`${w}.content`, s.content_span, s.content);
    checkRule(w, s.rule);
    checkRef(`${w}.source_entity`, s.source_entity);
    checkRef(`${w}.via`, s.via);
    if ((s.cue == null) !== (s.cue_span == null)) problems.push(`${w}: cue and cue_span disagree`);
  });
  r.quantities.forEach((q, i) => {
    checkSpan(`quantities[${i}]`, q.span, q.text);
    checkRule(`quantities[${i}]`, q.rule);
    if (q.value == null && q.low == null && q.high == null) problems.push(`quantities[${i}]: no number`);
  });
  r.times.forEach((t, i) => {
    checkSpan(`times[${i}]`, t.span, t.text);
    checkRule(`times[${i}]`, t.rule);
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-W\d{2}$/.test(t.value)) problems.push(`times[${i}]: bad value ${t.value}`);
  });
  r.relations.forEach((x, i) => {
    checkSpan(`relations[${i}]`, x.span, x.text);
    checkRule(`relations[${i}]`, x.rule);
    checkRef(`relations[${i}].subject`, x.subject);
    checkRef(`relations[${i}].object`, x.object);
  });
  return problems;
}
