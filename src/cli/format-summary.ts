import type { ArticleRecord, SpanRecord } from '../model/record.js';

const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const at = (s: SpanRecord | null) => (s ? `[${s.start},${s.end})` : '—');
// Article text is untrusted: drop terminal control characters so it cannot drive the terminal.
const safe = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');

/** The readable summary of one record that `attest analyze` prints without --json. */
export function formatSummary(r: ArticleRecord, opts: { explain: boolean }): string {
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const out: string[] = [];
  out.push(`# ${safe(r.id)}  ${safe(r.outlet ?? '(no outlet)')}  ${r.published}${r.title ? `  ${safe(clip(r.title, 80))}` : ''}`);
  out.push(`\nentities (${r.entities.length})`);
  for (const e of r.entities) out.push(`  ${e.type.padEnd(6)} ${safe(e.name)}${e.mentions.length > 1 ? `  [${e.mentions.map(safe).join(' / ')}]` : ''}`);
  out.push(`\nstatements (${r.statements.length})`);
  for (const s of r.statements) {
    const count = s.source_count != null ? ` ×${s.source_count}` : '';
    const via = s.via ? ` via ${safe(names.get(s.via) ?? s.via)}` : '';
    out.push(`  ${s.stance.padEnd(10)} ${safe(clip(s.source, 60))} (${s.source_kind}${count})${via} — ${s.cue ? safe(s.cue) : '(continues)'}: ${safe(clip(s.content))}`);
    if (opts.explain) {
      out.push(`      rule ${s.rule}; source ${at(s.source_span)}, cue ${at(s.cue_span)}, content ${at(s.content_span)}`);
      if (s.source_entity) out.push(`      source entity ${safe(names.get(s.source_entity) ?? s.source_entity)}`);
    }
  }
  out.push(`\nquantities (${r.quantities.length})`);
  for (const q of r.quantities) {
    const num = q.value != null ? `= ${q.value}` : `${q.low ?? '…'}–${q.high ?? '…'}`;
    out.push(`  ${safe(clip(q.text, 50)).padEnd(30)} ${num}${q.item ? `  (${safe(q.item)})` : ''}`);
  }
  out.push(`\ntimes (${r.times.length})`);
  for (const t of r.times) out.push(`  ${safe(clip(t.text, 40)).padEnd(30)} ${t.value} (${t.grain})`);
  out.push(`\nrelations (${r.relations.length})`);
  for (const x of r.relations)
    out.push(`  ${safe(names.get(x.subject) ?? x.subject)} ${x.predicate} ${safe(names.get(x.object) ?? x.object)}  «${safe(clip(x.text, 70))}»${opts.explain ? `  ${x.rule} ${at(x.span)}` : ''}`);
  return out.join('\n');
}
