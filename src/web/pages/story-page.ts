import { html } from 'hono/html';
import type { StoryDetail, StoryMember } from '../../api/details.js';
import type { ClaimView } from '../../resolve/read-claims.js';
import { highlightText, type Wrap } from '../highlight.js';
import { day, href, page, type Markup } from '../layout.js';
import { statementTitle } from './article-page.js';
import { claimBadges } from './list-pages.js';

const short = (s: string, n = 34) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const memberLabel = (m: StoryMember) => `${m.outlet ?? m.input_id} · ${m.published}`;

/** The relay chain as SVG: the origin on the left, arrows to the articles that relay it, independent reports apart below. */
export function relayChain(members: StoryMember[]): Markup {
  const origin = members.filter((m) => m.role === 'origin');
  const relays = members.filter((m) => m.role === 'relay');
  const independent = members.filter((m) => m.role === 'independent');
  const row = 34;
  const top = 24;
  const right = Math.max(relays.length, origin.length, 1);
  const height = top + right * row + (independent.length ? 40 + independent.length * row : 0) + 8;
  const originY = (i: number) => top + ((right - origin.length) * row) / 2 + i * row;
  const node = (m: StoryMember, x: number, y: number, cls: string) => html`<a href="${href('/articles', m.id)}" class="node ${cls}"><title>${m.title ?? m.input_id} (${m.role})</title>
<rect x="${x}" y="${y}" width="250" height="26" rx="5"></rect><text x="${x + 8}" y="${y + 17}">${short(memberLabel(m))}</text></a>`;
  return html`<figure class="chain"><svg viewBox="0 0 620 ${height}" width="100%" role="img" aria-label="Relay chain: ${origin.length} origin, ${relays.length} relays, ${independent.length} independent">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker></defs>
<text x="0" y="14" class="col">origin</text><text x="360" y="14" class="col">relayed by</text>
${origin.map((m, i) => node(m, 0, originY(i), 'origin'))}
${relays.map((m, i) => html`<line x1="252" y1="${originY(0) + 13}" x2="356" y2="${top + i * row + 13}" marker-end="url(#arrow)"></line>${node(m, 360, top + i * row, 'relay')}`)}
${independent.length ? html`<text x="0" y="${top + right * row + 26}" class="col">independent reports (own sources)</text>` : ''}
${independent.map((m, i) => node(m, 0, top + right * row + 36 + i * row, 'independent'))}
</svg><figcaption>${origin.length ? html`Started at <strong>${origin.map((m) => m.outlet ?? m.input_id).join(', ')}</strong>. ` : ''}${relays.length} relay${relays.length === 1 ? '' : 's'}, ${independent.length} independent.</figcaption></figure>`;
}

function claimItem(c: StoryDetail['story']['claims'][number], full: ClaimView | undefined): Markup {
  const against = full?.contradicting ?? c.statements.filter((s) => s.role === 'contradicts');
  const support = full?.supporting ?? c.statements.filter((s) => s.role !== 'contradicts');
  return html`<li class="claim ${c.status}" id="claim-${c.id}">
<button type="button" class="claim-toggle" data-claim="${c.id}" aria-pressed="false"><span class="badge ${c.status}">${c.status}</span> ${c.text}</button>
<p class="meta">${c.chains} source chain${c.chains === 1 ? '' : 's'} · in ${c.articles.length} article${c.articles.length === 1 ? '' : 's'}</p>
<ul class="support">${support.map((s) => html`<li><span class="role ${s.role}">${s.role}</span> <strong>${s.source}</strong> (${'outlet' in s ? s.outlet ?? s.article : s.article}): “${s.content}”</li>`)}</ul>
${against.length ? html`<p class="contra-head">Contradicted by</p><ul class="contra">${against.map((s) => html`<li><strong>${s.source}</strong> <span class="stance ${s.stance}">${s.stance}</span>: “${s.content}”</li>`)}</ul>` : ''}
</li>`;
}

export function renderStory(d: StoryDetail, claims: ClaimView[]): Markup {
  const s = d.story;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const members = new Map(d.members.map((m) => [m.input_id, m]));
  const outletOf = (inputId: string) => members.get(inputId)?.outlet ?? inputId;
  const labelOutlets = [...new Set(s.labels.map((l) => l.outlet ?? '—'))];
  const labelActors = [...new Map(s.labels.map((l) => [l.actor_id ?? l.actor, l])).values()];
  return page({
    title: s.title ?? s.id,
    api: href('/api/stories', s.id),
    body: html`<h1>${s.title ?? s.id}</h1>
<p class="meta">${day(s.first_published)}${s.last_published !== s.first_published ? html` – ${day(s.last_published)}` : ''} · ${d.members.length} articles · origin <strong class="origin-name">${s.origin ?? 'unknown'}</strong> <span class="rule">(${s.origin_rule})</span></p>
${claimBadges(d.summary.claims)}
<section aria-labelledby="chain-h"><h2 id="chain-h">Where it started and who relayed it</h2>${relayChain(d.members)}
<table class="list members"><thead><tr><th scope="col">Published</th><th scope="col">Outlet</th><th scope="col">Role</th><th scope="col">Why</th></tr></thead>
<tbody>${d.members.map((m) => html`<tr class="member ${m.role}"><td>${day(m.published)}</td><td><a href="${href('/articles', m.id)}">${m.outlet ?? m.input_id}</a></td><td><span class="role ${m.role}">${m.role}</span></td><td>${m.evidence ? html`“${m.evidence}”` : html`<span class="rule">${m.rule}</span>`}</td></tr>`)}</tbody></table></section>
<section aria-labelledby="claims-h"><h2 id="claims-h">Claims</h2><p class="hint">Choose a claim to mark its statements in the articles below.</p>
<ol class="claims">${s.claims.map((c) => claimItem(c, byId.get(c.id)))}</ol></section>
${s.figures.length ? html`<section aria-labelledby="fig-h"><h2 id="fig-h">Figures that disagree</h2>${s.figures.map((f) => html`<table class="list figures"><caption>${f.item}</caption><thead><tr><th scope="col">Outlet</th><th scope="col">Figure</th><th scope="col">Source</th></tr></thead>
<tbody>${f.values.map((v) => html`<tr><td>${outletOf(v.article)}</td><td class="num">${v.text}</td><td>${v.source ?? '—'}</td></tr>`)}</tbody></table>`)}</section>` : ''}
${s.labels.length ? html`<section aria-labelledby="lab-h"><h2 id="lab-h">How each outlet labels the actors</h2><div class="scroll"><table class="list labels"><thead><tr><th scope="col">Actor</th>${labelOutlets.map((o) => html`<th scope="col">${o}</th>`)}</tr></thead>
<tbody>${labelActors.map((a) => html`<tr><th scope="row">${a.actor_id ? html`<a href="${href('/actors', a.actor_id)}">${a.actor}</a>` : a.actor}</th>${labelOutlets.map((o) => html`<td>${s.labels.filter((l) => (l.actor_id ?? l.actor) === (a.actor_id ?? a.actor) && (l.outlet ?? '—') === o).flatMap((l) => l.labels).join('; ')}</td>`)}</tr>`)}</tbody></table></div></section>` : ''}
<section aria-labelledby="texts-h"><h2 id="texts-h">The articles</h2>${d.texts.length < d.members.length ? html`<p class="hint">The first ${d.texts.length} of ${d.members.length}; open the others from the table above.</p>` : ''}
${d.texts.map((t) => {
  const m = d.members.find((x) => x.id === t.id)!;
  const outer: Wrap[] = t.statements.map((st) => ({ start: st.start, end: st.end, kind: 'st', title: statementTitle(st), data: { st: String(st.seq), claims: st.claims.join(' ') } }));
  return html`<details class="member-text" data-article="${t.id}"><summary><span class="role ${m.role}">${m.role}</span> ${m.outlet ?? m.input_id} · ${day(m.published)} — ${m.title ?? ''}</summary>${highlightText(t.text, outer, [])}</details>`;
})}</section>`,
  });
}
