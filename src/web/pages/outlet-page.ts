import { html } from 'hono/html';
import type { OutletProfile, OutletSummary } from '../../resolve/read-outlets.js';
import type { SearchHit } from '../../store/search-articles.js';
import type { Page } from '../../api/params.js';
import { day, href, page, pager, query, type Markup } from '../layout.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const labelList = (ls: Array<{ label: string; uses: number }>) => ls.map((l) => `${l.label}${l.uses > 1 ? ` (${l.uses})` : ''}`).join('; ');

/** A count with a bar of its share, for the profile tables. */
function countRows(counts: Record<string, number>, total: number): Markup {
  return html`${Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, n]) => html`<tr><th scope="row">${k.replace(/_/g, ' ')}</th><td class="num">${String(n)}</td>
<td class="bar-cell"><span class="bar" data-share="${pct(total ? n / total : 0)}"><meter min="0" max="${String(total || 1)}" value="${String(n)}"></meter></span> ${pct(total ? n / total : 0)}</td></tr>`)}`;
}

export function renderOutlets(d: { items: OutletSummary[] }): Markup {
  return page({
    title: 'Outlets',
    api: '/api/outlets',
    body: html`<h1>Outlets</h1><p class="lead">How each outlet sources what it reports: how much rests on anonymous sources, and how often it breaks a story, relays one or reports it with its own sources.</p>
<table class="list"><thead><tr><th scope="col">Outlet</th><th scope="col">Articles</th><th scope="col">Statements</th><th scope="col">Anonymous</th><th scope="col">Origin</th><th scope="col">Relay</th><th scope="col">Independent</th><th scope="col">Seen</th></tr></thead>
<tbody>${d.items.map((o) => html`<tr><td><a href="${href('/outlets', o.outlet)}">${o.outlet}</a></td><td class="num">${String(o.articles)}</td><td class="num">${String(o.statements)}</td>
<td class="num">${pct(o.anonymous_share)}</td><td class="num">${String(o.origin)}</td><td class="num">${String(o.relay)}</td><td class="num">${String(o.independent)}</td><td>${day(o.first_published)} – ${day(o.last_published)}</td></tr>`)}</tbody></table>`,
  });
}

export function renderOutlet(p: OutletProfile): Markup {
  const st = p.statements;
  const roleTotal = p.roles.origin + p.roles.relay + p.roles.independent;
  return page({
    title: p.outlet,
    api: href('/api/outlets', p.outlet),
    body: html`<h1>${p.outlet}</h1>
<p class="meta">${String(p.articles)} article${p.articles === 1 ? '' : 's'} · ${day(p.first_published)} – ${day(p.last_published)} · <a href="/articles${query({ outlet: p.outlet })}">all its articles</a> · <a href="/stories${query({ outlet: p.outlet })}">its stories</a></p>
<div class="profile">
<section><h2>Who it quotes</h2><p><strong>${pct(st.anonymous_share)}</strong> of its ${String(st.total)} statements rest on anonymous sources (${String(st.anonymous)}).</p>
<table class="list"><caption>Statements by kind of source</caption><tbody>${countRows(st.by_source_kind, st.total)}</tbody></table>
${st.anonymous ? html`<table class="list"><caption>How many anonymous sources each statement claims</caption><tbody>${countRows(st.anonymous_source_count, st.anonymous)}</tbody></table>` : ''}
<table class="list"><caption>Stance</caption><tbody>${countRows(st.by_stance, st.total)}</tbody></table></section>
<section><h2>Its part in stories</h2>
<table class="list"><caption>Its articles by role, in ${String(p.story_count)} stor${p.story_count === 1 ? 'y' : 'ies'}</caption><tbody>${countRows(p.roles, roleTotal)}</tbody></table>
<table class="list"><caption>The ${String(p.claims.total)} claims it carried, by what became of them</caption><tbody>${countRows(p.claims.by_status, p.claims.total)}</tbody></table>
${p.claims.contradicted ? html`<p class="meta">It contradicted ${String(p.claims.contradicted)} of them.</p>` : ''}
<ul>${p.stories.map((s) => html`<li><span class="role ${s.role}">${s.role}</span> <a href="${href('/stories', s.id)}">${s.title ?? s.id}</a> (${day(s.first_published)})</li>`)}</ul></section>
</div>
${p.labels.length ? html`<section><h2>The labels it uses, beside other outlets'</h2><div class="scroll"><table class="list labels"><thead><tr><th scope="col">Actor</th><th scope="col">${p.outlet}</th><th scope="col">Other outlets</th></tr></thead>
<tbody>${p.labels.map((l) => html`<tr><th scope="row">${l.actor_id ? html`<a href="${href('/actors', l.actor_id)}">${l.actor}</a>` : l.actor}</th><td>${labelList(l.labels)}</td>
<td>${l.others.length ? l.others.map((o) => html`<div><strong>${o.outlet}</strong>: ${labelList(o.labels)}</div>`) : html`<span class="empty">none</span>`}</td></tr>`)}</tbody></table></div></section>` : ''}
<section><h2>Recent articles</h2><ul>${p.recent.map((a) => html`<li>${day(a.published)} <a href="${href('/articles', a.id)}">${a.title ?? a.input_id}</a></li>`)}</ul></section>`,
  });
}

/** A snippet with its marks: the text is escaped, only the marks are markup. */
function snippet(s: SearchHit['snippet']): Markup {
  const parts: Markup[] = [];
  let at = 0;
  for (const [start, end] of [...s.marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    parts.push(html`${s.text.slice(at, start)}<mark class="hit">${s.text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(html`${s.text.slice(at)}`);
  return html`${parts}`;
}

export function renderSearch(d: Page<SearchHit> & { filters: Record<string, string | undefined> }): Markup {
  const q = d.filters['q'] ?? '';
  return page({
    title: `Search: ${q}`,
    q,
    api: `/api/search${query(d.filters)}`,
    body: html`<h1>Search</h1><p class="meta">${String(d.total)} article${d.total === 1 ? '' : 's'} with every word of “${q}”</p>
<ol class="hits">${d.items.map((h) => html`<li><h3><a href="${href('/articles', h.id)}">${h.title ?? h.input_id}</a></h3>
<p class="meta">${h.outlet ?? ''} · ${day(h.published)}</p><p class="snippet">${snippet(h.snippet)}</p></li>`)}</ol>
${pager({ ...d, limit: d.limit }, '/search', d.filters)}`,
  });
}
