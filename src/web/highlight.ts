import { html } from 'hono/html';
import type { Markup } from './layout.js';

/** A span of the article text to wrap: statements (outer) or entities, quantities and times (inner). */
export interface Wrap {
  start: number;
  end: number;
  kind: 'st' | 'ent' | 'qty' | 'time';
  /** Shown on hover and focus. */
  title: string;
  /** data-* attributes the page script reads (names without "data-"). */
  data?: Record<string, string>;
  id?: string;
}

/** Spans that do not overlap: the first by start (the longest on a tie) wins, the others are left out. */
function disjoint(spans: Wrap[], len: number): Wrap[] {
  const out: Wrap[] = [];
  let end = 0;
  for (const s of [...spans].filter((x) => x.start >= 0 && x.end <= len && x.end > x.start).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (s.start < end) continue;
    out.push(s);
    end = s.end;
  }
  return out;
}

function open(w: Wrap): Markup {
  const data = Object.entries(w.data ?? {}).map(([k, v]) => html` data-${k.replace(/[^a-z-]/g, '')}="${v}"`);
  if (w.kind === 'st') return html`<span class="st"${w.id ? html` id="${w.id}"` : ''} tabindex="0" title="${w.title}"${data}>`;
  return html`<mark class="${w.kind}" title="${w.title}"${data}>`;
}
const close = (w: Wrap) => (w.kind === 'st' ? html`</span>` : html`</mark>`);

/**
 * The article text as paragraphs with its spans wrapped: statements around, mentions, quantities and
 * times inside them (an inner span that crosses a statement's edge is left unwrapped). All text is escaped.
 */
export function highlightText(text: string, outer: Wrap[], inner: Wrap[]): Markup {
  const statements = disjoint(outer, text.length);
  const crosses = (w: Wrap) => statements.some((s) => (w.start < s.start && w.end > s.start) || (w.start < s.end && w.end > s.end));
  const marks = disjoint(inner.filter((w) => !crosses(w)), text.length);
  // Events at each offset: closes before opens, the outer span opening first and closing last.
  type Event = { at: number; order: number; out: Markup };
  const events: Event[] = [];
  for (const s of statements) events.push({ at: s.start, order: 2, out: open(s) }, { at: s.end, order: 1, out: close(s) });
  for (const m of marks) events.push({ at: m.start, order: 3, out: open(m) }, { at: m.end, order: 0, out: close(m) });
  // Paragraph breaks (blank lines) outside any span; a break inside a span stays a line break.
  const inSpan = (i: number) => statements.some((s) => s.start < i && i < s.end) || marks.some((m) => m.start < i && i < m.end);
  const breaks = /\n\s*\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) if (!inSpan(m.index)) events.push({ at: m.index, order: 1.5, out: html`</p><p>` });
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  const parts: Markup[] = [];
  let at = 0;
  for (const e of events) {
    if (e.at > at) parts.push(html`${text.slice(at, e.at)}`);
    at = Math.max(at, e.at);
    parts.push(e.out);
    if (String(e.order) === '1.5') {
      const gap = /^\n\s*\n/.exec(text.slice(at));
      if (gap) at += gap[0].length;
    }
  }
  parts.push(html`${text.slice(at)}`);
  return html`<div class="text"><p>${parts}</p></div>`;
}
