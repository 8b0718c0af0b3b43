import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** Markup from the `html` template: every interpolated value is escaped unless it is itself markup. */
export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

/** A path with its parts percent-encoded: `/stories/${id}` where the id is data. */
export const href = (...parts: string[]) => parts.map((p, i) => (i === 0 ? p : encodeURIComponent(p))).join('/');

/** A query string from values that may be data. */
export const query = (params: Record<string, string | number | undefined | null>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') s.set(k, String(v));
  const out = s.toString();
  return out ? `?${out}` : '';
};

/** JSON for a `<script type="application/json">` block: `<` is escaped so no text can close the element. */
export const jsonBlock = (id: string, value: unknown) =>
  html`<script type="application/json" id="${id}">${raw(JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'))}</script>`;

const NAV: Array<[string, string]> = [
  ['/', 'Home'], ['/stories', 'Stories'], ['/claims', 'Claims'], ['/articles', 'Articles'], ['/actors', 'Actors'], ['/outlets', 'Outlets'], ['/graph', 'Graph'], ['/timeline', 'Timeline'],
];

/** The frame of every page; `api` is the page's JSON twin. */
export function page(opts: { title: string; api?: string; body: Markup; q?: string; scripts?: string[] }): Markup {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · attest</title>
<link rel="icon" href="data:,">
${/* cytoscape adds an inline <style> unless an element has this id; the CSP forbids inline styles, so ours stands in (style.css holds its one rule). */ ''}
<link rel="stylesheet" href="/static/style.css" id="__________cytoscape_stylesheet">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<nav aria-label="Main">${NAV.map(([path, label]) => html`<a href="${path}">${label}</a>`)}</nav>
<form class="search" action="/search" method="get" role="search">
<label for="q" class="visually-hidden">Search articles</label>
<input id="q" name="q" type="search" placeholder="Search articles" value="${opts.q ?? ''}" maxlength="500">
<button type="submit">Search</button>
</form>
</header>
<main id="main" tabindex="-1">
${opts.body}
</main>
<footer>${opts.api ? html`The same data as JSON: <a href="${opts.api}">${opts.api}</a>` : ''}</footer>
${(opts.scripts ?? []).map((s) => html`<script src="${s}" defer></script>`)}
<script src="/static/app.js" defer></script>
</body>
</html>`;
}

/** An error as a page (the API answers the same body as JSON). */
export function renderErrorPage(body: { status: number; error: string; errors: Array<{ message: string }> }): Markup {
  return page({
    title: `Error ${body.status}`,
    body: html`<h1>Error ${body.status}</h1><p class="error">${body.error}</p>${body.errors.length > 1 ? html`<ul>${body.errors.map((e) => html`<li>${e.message}</li>`)}</ul>` : ''}`,
  });
}

/** A day as people read it: 2026-03-04 → "4 Mar 2026". */
export function day(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Paging links of a list page. */
export function pager(pageData: { total: number; limit: number; offset: number; next: string | null }, path: string, params: Record<string, string | undefined>): Markup {
  const { total, limit, offset } = pageData;
  const prev = offset > 0 ? `${path}${query({ ...params, offset: Math.max(0, offset - limit) || undefined, limit: limit === 50 ? undefined : limit })}` : null;
  const next = pageData.next ? `${path}${query({ ...params, offset: offset + limit, limit: limit === 50 ? undefined : limit })}` : null;
  const shown = total ? `${offset + 1}–${Math.min(total, offset + limit)} of ${total}` : 'none';
  return html`<nav class="pager" aria-label="Pages"><span>${shown}</span>${prev ? html` <a href="${prev}" rel="prev">← newer</a>` : ''}${next ? html` <a href="${next}" rel="next">older →</a>` : ''}</nav>`;
}
