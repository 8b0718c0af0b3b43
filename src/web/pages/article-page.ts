import { html } from 'hono/html';
import type { ArticleView } from '../../api/details.js';
import { highlightText, type Wrap } from '../highlight.js';
import { day, href, page, type Markup } from '../layout.js';

/** What hover and focus show for a statement: source, kind, count, stance, via and rule. */
export function statementTitle(s: { source: string; source_kind: string; source_count: number | null; stance: string; via: string | null; rule: string }): string {
  const count = s.source_count != null ? `, ${s.source_count} source${s.source_count === 1 ? '' : 's'}` : '';
  return `${s.source} (${s.source_kind.replace(/_/g, ' ')}${count}) · ${s.stance}${s.via ? ` · via ${s.via}` : ''} · rule ${s.rule}`;
}

/** Only http(s) addresses become links: an article's url is data and may say javascript:. */
export const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

export function renderArticle(v: ArticleView): Markup {
  const r = v.record;
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const claimsOf = new Map<number, ArticleView['claims']>();
  for (const c of v.claims) claimsOf.set(c.seq, [...(claimsOf.get(c.seq) ?? []), c]);
  const outer: Wrap[] = r.statements.map((s, i) => ({
    start: s.span.start, end: s.span.end, kind: 'st', id: `st-${i}`, title: statementTitle(s),
    data: { st: String(i), stance: s.stance, kind: s.source_kind, claims: (claimsOf.get(i) ?? []).map((c) => c.claim_id).join(' ') },
  }));
  const inner: Wrap[] = [
    ...r.entities.flatMap((e) => e.mention_spans.map((m): Wrap => ({ start: m.span.start, end: m.span.end, kind: 'ent', title: `${e.name} (${e.type}) · ${m.form} · rule ${m.rule}`, data: { entity: e.id, type: e.type } }))),
    ...r.quantities.map((q): Wrap => ({ start: q.span.start, end: q.span.end, kind: 'qty', title: `${q.value ?? [q.low, q.high].join('–')}${q.unit ? ` ${q.unit}` : ''}${q.item ? ` ${q.item}` : ''} · rule ${q.rule}` })),
    ...r.times.map((t): Wrap => ({ start: t.span.start, end: t.span.end, kind: 'time', title: `${t.value} (${t.grain}) · rule ${t.rule}` })),
  ];
  const url = safeUrl(r.url);
  return page({
    title: r.title ?? v.input_id,
    api: href('/api/articles', v.id),
    body: html`<h1>${r.title ?? v.input_id}</h1>
<p class="meta">${r.outlet ? html`<a href="${href('/outlets', r.outlet)}">${r.outlet}</a>` : 'no outlet'} · ${day(r.published)} · id <code>${v.input_id}</code>${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">original</a>` : ''}</p>
${v.story ? html`<p class="story-link">In story <a href="${href('/stories', v.story.id)}">${v.story.title ?? v.story.id}</a> as <span class="role ${v.story.role}">${v.story.role}</span>${v.story.evidence ? html` (“${v.story.evidence}”)` : ''}</p>` : ''}
<p class="legend" aria-label="Legend"><span class="st">statement</span> <mark class="ent">entity</mark> <mark class="qty">quantity</mark> <mark class="time">time</mark></p>
<div class="article-layout">
<section aria-label="Article text">${highlightText(r.text, outer, inner)}</section>
<aside aria-label="Statements"><h2>Statements (${r.statements.length})</h2>
<div id="detail" class="detail" aria-live="polite">Hover or focus a statement to see who says it.</div>
<ol class="statements">${r.statements.map((s, i) => html`<li data-st="${String(i)}"><a href="#st-${String(i)}"><strong>${s.source}</strong></a>
<span class="kind">${s.source_kind.replace(/_/g, ' ')}${s.source_count != null ? ` ×${s.source_count}` : ''}</span> <span class="stance ${s.stance}">${s.stance}</span>${s.cue ? html` <em>${s.cue}</em>` : ''}${s.via ? html` <span class="via">via ${s.via}</span>` : ''}
<div class="content">${s.content}</div>
${(claimsOf.get(i) ?? []).map((c) => html`<a class="badge ${c.status}" href="${v.story ? `${href('/stories', v.story.id)}#claim-${c.claim_id}` : '#'}">${c.status}</a> `)}
<div class="rule">rule ${s.rule}</div></li>`)}</ol>
<h2>Entities (${r.entities.length})</h2>
<ul class="entities">${r.entities.map((e) => html`<li><strong>${e.name}</strong> <span class="kind">${e.type}</span>${e.mentions.length > 1 ? html` — ${e.mentions.filter((m) => m !== e.name).join(', ')}` : ''}</li>`)}</ul>
${r.relations.length ? html`<h2>Relations</h2><ul class="relations">${r.relations.map((x) => html`<li>${names.get(x.subject) ?? x.subject} <strong>${x.predicate}</strong> ${names.get(x.object) ?? x.object}</li>`)}</ul>` : ''}
</aside></div>`,
  });
}
