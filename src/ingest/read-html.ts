import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AttestError } from '../errors.js';
import type { Article } from '../model/article.js';
import { normalizePublished } from './dates.js';
import { makeArticle } from './make-article.js';
import type { IngestDefaults } from './types.js';
import { rawDepthExceeds, stripTags } from './scan-tags.js';
import { exceedsDepth, flatBlockText } from './walk-dom.js';

/**
 * Readability's cost grows about with the cube of nesting depth (1,000 nested divs: ~30 s, 20,000: stack
 * overflow). Real news pages nest a few dozen levels; deeper pages get the linear paragraph walk instead.
 */
const MAX_READABILITY_DEPTH = 128;
/** Beyond this raw nesting even the DOM parser is too slow (quadratic in depth): the tags are stripped instead. */
const MAX_PARSE_DEPTH = 4000;

interface PageMeta {
  published: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
}

function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const value: unknown = JSON.parse(el.textContent ?? '');
      const stack = [value];
      while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...v);
        else if (v && typeof v === 'object') {
          out.push(v as Record<string, unknown>);
          const graph = (v as Record<string, unknown>)['@graph'];
          if (graph) stack.push(graph);
        }
      }
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata sources still apply.
    }
  }
  return out;
}

function metaContent(document: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** schema.org allows `publisher` as a name, an Organization, or a list of them: the first name found. */
function publisherName(v: unknown): string | null {
  const one = (p: unknown): string | null => {
    const name = p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>)['name'] : p;
    return typeof name === 'string' && name.trim() ? name.trim() : null;
  };
  // One level of list only: the page is untrusted and deep nesting must not recurse.
  return Array.isArray(v) ? (v.map(one).find((n) => n != null) ?? null) : one(v);
}

/** Publication date, outlet, title and URL from JSON-LD, OpenGraph / meta tags and <time>. */
function readMeta(document: Document): PageMeta {
  const ld = jsonLdObjects(document);
  const ldDate = ld.map((o) => o['datePublished']).find((v) => typeof v === 'string') as string | undefined;
  const publisher = ld.map((o) => publisherName(o['publisher'])).find((n) => n != null) ?? null;
  const timeEl = document.querySelector('time[datetime]');
  const candidates = [
    ldDate,
    metaContent(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date'),
    timeEl?.getAttribute('datetime') ?? null,
  ];
  let published: string | null = null;
  for (const c of candidates) {
    published = c ? normalizePublished(c.trim().slice(0, 10)) : null;
    if (published) break;
  }
  const outlet = publisher ?? metaContent(document, 'og:site_name', 'application-name');
  const title = metaContent(document, 'og:title') ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const url = metaContent(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return { published, outlet, title, url };
}

/** Paragraph text of the main content: block elements become blank-line separated paragraphs. */
function blocksToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = Array.from(document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre'));
  const leaves = blocks.filter((b) => !b.querySelector('p, li, blockquote'));
  const paras = (leaves.length ? leaves : [document.body]).map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return paras.join('\n\n');
}

/**
 * A byline line ("By A. Writer March 14, 2023", "By Jo Lin, Staff Reporter") is page furniture, not the
 * article's words: kept in the text it would become a source or a time. Dropped from the first paragraphs
 * when it is Readability's byline, or a short paragraph opening with "By" and a capitalised name.
 */
export function dropBylines(text: string, byline: string | null | undefined): string {
  const paras = text.split('\n\n');
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const by = byline ? fold(byline) : null;
  let i = 0;
  while (i < Math.min(paras.length - 1, 3)) {
    const p = fold(paras[i]!);
    const short = p.split(' ').length <= 14 && !/[.!?]["”’]?$/.test(p.replace(/\b\p{L}\.$/u, ''));
    if ((by && (p === by || p.startsWith(by + ' '))) || (short && /^[Bb]y\s+\p{Lu}/u.test(paras[i]!.trim()))) paras.splice(i, 1);
    else i++;
  }
  return paras.join('\n\n');
}

/** An HTML page: the main text through Readability (on linkedom), metadata from JSON-LD / OpenGraph / <time>. */
export function readHtml(content: string, file: string, fallbackId: string, defaults: IngestDefaults): Article {
  if (rawDepthExceeds(content, MAX_PARSE_DEPTH)) return readDeepHtml(content, file, fallbackId, defaults);
  const { document } = parseHTML(content);
  const meta = readMeta(document as unknown as Document);
  let parsed: { content?: string | null; title?: string | null; textContent?: string | null; byline?: string | null } | null = null;
  let text: string;
  const root = (document as unknown as Document).documentElement;
  if (root && exceedsDepth(root, MAX_READABILITY_DEPTH)) text = flatBlockText((document as unknown as Document).body ?? root);
  else {
    try {
      parsed = new Readability(document as unknown as Document).parse();
    } catch (err) {
      throw new AttestError('E_INPUT_READ', `cannot extract the main text: ${err instanceof Error ? err.message : String(err)}`, { file });
    }
    text = parsed?.content ? dropBylines(blocksToText(parsed.content), parsed.byline) : '';
  }
  if (!text.trim()) throw new AttestError('E_INPUT_EMPTY', 'no main text found in the HTML page', { file });
  return makeArticle(
    {
      text,
      title: parsed?.title ?? meta.title,
      published: meta.published ?? undefined,
      outlet: meta.outlet ?? undefined,
      url: meta.url ?? undefined,
    },
    { file, line: null, format: 'html' },
    fallbackId,
    defaults,
  );
}

/** A pathologically nested page: metadata from its <head> alone (when that is sane), text by stripping tags. */
function readDeepHtml(content: string, file: string, fallbackId: string, defaults: IngestDefaults): Article {
  const bodyAt = content.search(/<body[\s>]/i);
  const head = bodyAt > 0 ? content.slice(0, bodyAt) : '';
  const meta: PageMeta =
    head && !rawDepthExceeds(head, MAX_PARSE_DEPTH)
      ? readMeta(parseHTML(`${head}</head><body></body></html>`).document as unknown as Document)
      : { published: null, outlet: null, title: null, url: null };
  const text = stripTags(bodyAt >= 0 ? content.slice(bodyAt) : content);
  if (!text.trim()) throw new AttestError('E_INPUT_EMPTY', 'no main text found in the HTML page', { file });
  return makeArticle(
    { text, title: meta.title, published: meta.published ?? undefined, outlet: meta.outlet ?? undefined, url: meta.url ?? undefined },
    { file, line: null, format: 'html' },
    fallbackId,
    defaults,
  );
}
