import { html } from 'hono/html';
import type { ClaimView } from '../../resolve/read-claims.js';
import type { ActorItem, ArticleItem, StoryItem } from '../../api/lists.js';
import type { Page } from '../../api/params.js';
import { day, href, page, pager, query, type Markup } from '../layout.js';

type Listed<T> = Page<T> & { filters: Record<string, string | undefined> };

/** Counts of a story's claims by status, as small badges. */
export function claimBadges(c: StoryItem['claims']): Markup {
  return html`<span class="badges"><span class="badge corroborated" title="claims confirmed by independent sources">${c.corroborated} corroborated</span>
<span class="badge single-source" title="claims resting on one source chain">${c['single-source']} single-source</span>
<span class="badge contested" title="claims another source contradicts">${c.contested} contested</span></span>`;
}

export function storyRows(items: StoryItem[]): Markup {
  if (!items.length) return html`<p class="empty">No stories yet. Ingest articles with <code>attest ingest</code> or POST /api/articles.</p>`;
  return html`<ol class="stories">${items.map((s) => html`<li>
<h3><a href="${href('/stories', s.id)}">${s.title ?? s.id}</a></h3>
<p class="meta">${day(s.first_published)}${s.last_published !== s.first_published ? html` – ${day(s.last_published)}` : ''} · ${s.article_count} article${s.article_count === 1 ? '' : 's'}
 · origin <strong>${s.origin ?? 'unknown'}</strong></p>
<p class="outlets">${s.outlets.map((o) => html`<a class="outlet" href="${href('/outlets', o)}">${o}</a> `)}</p>
${claimBadges(s.claims)}
</li>`)}</ol>`;
}

export function renderHome(data: Listed<StoryItem>): Markup {
  return page({
    title: 'Recent stories',
    api: '/api/stories',
    body: html`<h1>Recent stories</h1>
<p class="lead">Who says what, on whose word: each story below is one event as several outlets told it, with where it started and which claims independent sources confirm.</p>
${storyRows(data.items)}
${pager(data, '/', data.filters)}`,
  });
}

export function renderStories(data: Listed<StoryItem>): Markup {
  return page({ title: 'Stories', api: `/api/stories${query(data.filters)}`, body: html`<h1>Stories</h1>${filterNote(data.filters)}${storyRows(data.items)}${pager(data, '/stories', data.filters)}` });
}

function filterNote(filters: Record<string, string | undefined>): Markup {
  const set = Object.entries(filters).filter(([, v]) => v != null);
  return set.length ? html`<p class="filters">Filtered by ${set.map(([k, v]) => html`<code>${k}=${v}</code> `)}</p>` : html``;
}

export function renderArticles(data: Listed<ArticleItem>): Markup {
  return page({
    title: 'Articles',
    api: `/api/articles${query(data.filters)}`,
    body: html`<h1>Articles</h1>${filterNote(data.filters)}
<table class="list"><thead><tr><th scope="col">Published</th><th scope="col">Outlet</th><th scope="col">Title</th><th scope="col">Statements</th><th scope="col">Story</th></tr></thead>
<tbody>${data.items.map((a) => html`<tr><td>${day(a.published)}</td><td>${a.outlet ? html`<a href="${href('/outlets', a.outlet)}">${a.outlet}</a>` : '—'}</td>
<td><a href="${href('/articles', a.id)}">${a.title ?? a.input_id}</a></td><td class="num">${a.statements}</td><td>${a.story_id ? html`<a href="${href('/stories', a.story_id)}">story</a>` : ''}</td></tr>`)}</tbody></table>
${pager(data, '/articles', data.filters)}`,
  });
}

export function renderActors(data: Listed<ActorItem>): Markup {
  return page({
    title: 'Actors',
    api: `/api/actors${query(data.filters)}`,
    body: html`<h1>Actors</h1>${filterNote(data.filters)}
<form class="inline" action="/actors" method="get"><label>Name contains <input name="q" value="${data.filters['q'] ?? ''}" maxlength="200"></label> <button type="submit">Find</button></form>
<table class="list"><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Articles</th><th scope="col">Seen</th></tr></thead>
<tbody>${data.items.map((a) => html`<tr><td><a href="${href('/actors', a.id)}">${a.name}</a></td><td>${a.type}</td><td class="num">${a.article_count}</td><td>${day(a.first_seen)} – ${day(a.last_seen)}</td></tr>`)}</tbody></table>
${pager(data, '/actors', data.filters)}`,
  });
}

/** One claim with the statements that support and contradict it. */
export function claimBlock(c: ClaimView, opts: { storyLink?: boolean } = {}): Markup {
  const statement = (s: ClaimView['supporting'][number]) =>
    html`<li><span class="role ${s.role}">${s.role}</span> <strong>${s.source}</strong> <span class="stance ${s.stance}">${s.stance}</span> in
<a href="${href('/articles', s.article_id)}#st-${s.seq}">${s.outlet ?? s.article}</a>: “${s.content}”</li>`;
  return html`<article class="claim ${c.status}" id="claim-${c.id}">
<h3><span class="badge ${c.status}">${c.status}</span> ${c.summary}</h3>
<p class="meta">${c.chains} independent source chain${c.chains === 1 ? '' : 's'}${opts.storyLink ? html` · <a href="${href('/stories', c.story_id)}">${c.story_title ?? 'story'}</a>` : ''}</p>
<ul class="support">${c.supporting.map(statement)}</ul>
${c.contradicting.length ? html`<p class="contra-head">Contradicted by</p><ul class="contra">${c.contradicting.map(statement)}</ul>` : ''}
</article>`;
}

export function renderClaims(data: Listed<ClaimView>): Markup {
  const status = data.filters['status'];
  return page({
    title: 'Claims',
    api: `/api/claims${query(data.filters)}`,
    body: html`<h1>Claims</h1>
<nav class="tabs" aria-label="Claim status">${[undefined, 'corroborated', 'single-source', 'contested'].map((s) =>
      html`<a href="/claims${query({ ...data.filters, status: s, offset: undefined })}"${s === status ? html` aria-current="page"` : ''}>${s ?? 'all'}</a> `)}</nav>
${filterNote(data.filters)}
${data.items.length ? data.items.map((c) => claimBlock(c, { storyLink: true })) : html`<p class="empty">No claims.</p>`}
${pager(data, '/claims', data.filters)}`,
  });
}
