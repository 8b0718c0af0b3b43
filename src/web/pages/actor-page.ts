import { html } from 'hono/html';
import type { ActorDetail, ActorStatement } from '../../api/details.js';
import type { GraphData, TimelineData } from '../../api/views.js';
import type { TimelineEntry } from '../../resolve/read-timeline.js';
import { day, href, jsonBlock, page, query, type Markup } from '../layout.js';

function statementList(list: ActorStatement[]): Markup {
  if (!list.length) return html`<p class="empty">None.</p>`;
  return html`<ul class="actor-statements">${list.map((s) => html`<li><span class="stance ${s.stance}">${s.stance}</span> <strong>${s.source}</strong> in
<a href="${href('/articles', s.article_id)}#st-${String(s.seq)}">${s.outlet ?? s.input_id}</a>, ${day(s.published)}: “${s.content}”</li>`)}</ul>`;
}

/** Timeline entries grouped by the day they are about. */
export function timelineList(entries: TimelineEntry[]): Markup {
  if (!entries.length) return html`<p class="empty">Nothing dated.</p>`;
  const days = new Map<string, TimelineEntry[]>();
  for (const e of entries) days.set(e.date, [...(days.get(e.date) ?? []), e]);
  return html`<ol class="timeline">${[...days].map(([d, list]) => html`<li><h3>${day(d)}</h3><ul>${list.map((e) => html`<li class="${e.kind}">${entryText(e)}</li>`)}</ul></li>`)}</ol>`;
}

function entryText(e: TimelineEntry): Markup {
  const where = html`<a href="${href('/articles', e.article_id)}">${e.outlet ?? e.article}</a>`;
  if (e.kind === 'published') return html`${where} published “${e.title ?? e.article}”`;
  if (e.kind === 'statement') return html`<strong>${e.source}</strong> <span class="stance ${e.stance}">${e.stance}</span> (${where}): “${e.content}”`;
  return html`<em>${e.text}</em> (${e.grain}) — ${where}: ${e.sentence}`;
}

export function renderActor(d: ActorDetail): Markup {
  const a = d.actor;
  const byOutlet = new Map<string, string[]>();
  for (const al of a.aliases) {
    const key = al.outlet ?? '—';
    const list = byOutlet.get(key) ?? [];
    if (!list.includes(al.alias)) list.push(al.alias);
    byOutlet.set(key, list);
  }
  return page({
    title: a.name,
    api: href('/api/actors', a.id),
    body: html`<h1>${a.name}</h1>
<p class="meta">${a.type} · in ${a.article_count} article${a.article_count === 1 ? '' : 's'} · ${day(a.first_seen)} – ${day(a.last_seen)} · <a href="/graph${query({ actor: a.id })}">graph</a> · <a href="/timeline${query({ actor: a.id })}">timeline</a></p>
<section><h2>Names and aliases by outlet</h2><table class="list aliases"><thead><tr><th scope="col">Outlet</th><th scope="col">Called it</th></tr></thead>
<tbody>${[...byOutlet].map(([o, names]) => html`<tr><td>${o === '—' ? o : html`<a href="${href('/outlets', o)}">${o}</a>`}</td><td>${names.join('; ')}</td></tr>`)}</tbody></table></section>
${a.labels.length ? html`<section><h2>Labels outlets give it</h2><ul>${a.labels.map((l) => html`<li><strong>${l.outlet ?? '—'}</strong>: ${l.labels.map((x) => x.label).join('; ')}</li>`)}</ul></section>` : ''}
<section><h2>Stories</h2>${a.stories.length ? html`<ul>${a.stories.map((s) => html`<li><a href="${href('/stories', s.id)}">${s.title ?? s.id}</a> (${day(s.first_published)}, ${s.articles.length} articles)</li>`)}</ul>` : html`<p class="empty">None.</p>`}</section>
<section><h2>Neighbours</h2>${d.neighbours.length ? html`<ul class="neighbours">${d.neighbours.map((n) => html`<li><a href="${href('/actors', n.id)}">${n.name}</a> — ${n.predicates.join(', ')} (${String(n.count)})</li>`)}</ul>` : html`<p class="empty">No relations to other actors.</p>`}</section>
<section><h2>Statements by ${a.name}</h2>${statementList(d.statements_by)}</section>
<section><h2>Statements about ${a.name}</h2>${statementList(d.statements_about)}</section>
<section><h2>Timeline</h2>${timelineList(d.timeline)}</section>`,
  });
}

export function renderTimeline(d: TimelineData): Markup {
  return page({
    title: 'Timeline',
    api: `/api/timeline${query(d.scope)}`,
    body: html`<h1>Timeline</h1><p class="meta">${d.scope.story ? html`Story <a href="${href('/stories', d.scope.story)}">${d.scope.story}</a> ` : ''}${d.scope.actor ? html`Actor <a href="${href('/actors', d.scope.actor)}">${d.scope.actor}</a>` : ''}</p>${timelineList(d.entries)}`,
  });
}

/** The timeline page with no story or actor chosen: how to choose one. */
export function renderTimelineChooser(stories: Array<{ id: string; title: string | null }>): Markup {
  return page({
    title: 'Timeline',
    body: html`<h1>Timeline</h1><p>A timeline is of a story or of an actor. Recent stories:</p>
<ul>${stories.map((s) => html`<li><a href="/timeline${query({ story: s.id })}">${s.title ?? s.id}</a></li>`)}</ul><p>For an actor, open its page and follow “timeline”.</p>`,
  });
}

export function renderGraph(d: GraphData): Markup {
  const names = new Map(d.nodes.map((n) => [n.id, n.name]));
  return page({
    title: 'Actor graph',
    api: `/api/graph${query(d.scope)}`,
    scripts: ['/static/cytoscape.min.js'],
    body: html`<h1>Actor graph</h1>
<p class="meta">${String(d.nodes.length)} actors, ${String(d.edges.length)} relations${d.truncated ? ' (the most-named related actors only; choose a story or an actor for all of theirs)' : ''}.
${d.scope.story ? html` Story <a href="${href('/stories', d.scope.story)}">${d.scope.story}</a>.` : ''}${d.scope.actor ? html` Around <a href="${href('/actors', d.scope.actor)}">${names.get(d.scope.actor) ?? d.scope.actor}</a>.` : ''}</p>
<div id="graph" class="graph" role="img" aria-label="Actor graph drawing; the same relations are listed below"></div>
${jsonBlock('graph-data', { nodes: d.nodes, edges: d.edges.map(({ evidence: _e, ...e }) => e) })}
<h2>Relations</h2>
<table class="list edges"><thead><tr><th scope="col">Subject</th><th scope="col">Relation</th><th scope="col">Object</th><th scope="col">Times said</th></tr></thead>
<tbody>${d.edges.map((e) => html`<tr><td><a href="${href('/actors', e.source)}">${names.get(e.source) ?? e.source}</a></td><td>${e.predicate}</td><td><a href="${href('/actors', e.target)}">${names.get(e.target) ?? e.target}</a></td><td class="num">${String(e.weight)}</td></tr>`)}</tbody></table>`,
  });
}
