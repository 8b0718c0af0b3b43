import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IngestDefaults } from '../../src/ingest/types.js';
import { readArticle, readError } from '../helpers/read-one.js';

const PARAS = [
  'VARNA, March 3 - Dock workers at the port of Varna began a two-day strike on Tuesday over unpaid overtime, the Black Sea Dockers Union said.',
  'The union said about 400 members had stopped work and that ships were queueing outside the harbour while managers tried to find replacement crews.',
  '"We have waited since November for the money," union leader Petar Zhelev told reporters outside the main gate, where dozens of workers had gathered.',
  'The port authority said it would pay the overtime by the end of the month and called the strike unnecessary, adding that talks would continue.',
];
const body = PARAS.map((p) => `<p>${p}</p>`).join('\n');
const chrome = `<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>`;
const footer = `<footer><p>Copyright Harbour Media. All rights reserved.</p><p>Subscribe to our newsletter.</p></footer>`;

function page(head: string, main = body, extra = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${chrome}<article><h1>Varna dockers strike</h1>${main}</article>${extra}${footer}</body></html>`;
}

interface Found {
  name: string;
  html: string;
  defaults?: IngestDefaults;
  expect: { published: string; outlet: string | null; title?: string | null; url?: string | null };
}
const found: Found[] = [
  {
    name: 'JSON-LD NewsArticle: datePublished and publisher.name',
    html: page(
      `<title>Varna dockers strike | Harbour Media</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Varna dockers strike","datePublished":"2021-03-03T08:15:00+02:00","publisher":{"@type":"Organization","name":"Harbour Media"}}</script>`,
    ),
    expect: { published: '2021-03-03', outlet: 'Harbour Media' },
  },
  {
    name: 'JSON-LD inside @graph',
    html: page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","datePublished":"2021-03-03","publisher":{"@type":"Organization","name":"Harbour Media"}}]}</script>`,
    ),
    expect: { published: '2021-03-03', outlet: 'Harbour Media' },
  },
  {
    name: 'OpenGraph: article:published_time, og:site_name, og:title, og:url',
    html: page(
      `<meta property="og:site_name" content="Pontic Post"><meta property="og:title" content="Dockers walk out"><meta property="og:url" content="https://pontic.example/dockers"><meta property="article:published_time" content="2021-03-02T21:00:00Z">`,
    ),
    expect: { published: '2021-03-02', outlet: 'Pontic Post', url: 'https://pontic.example/dockers' },
  },
  {
    name: 'broken JSON-LD falls back to OpenGraph',
    html: page(
      `<script type="application/ld+json">{"@type":"NewsArticle", "datePublished": </script><meta property="og:site_name" content="Pontic Post"><meta property="article:published_time" content="2021-03-02">`,
    ),
    expect: { published: '2021-03-02', outlet: 'Pontic Post' },
  },
  {
    name: '<time datetime> only',
    html: page('<title>Dockers</title>', `<p><time datetime="2021-03-01">1 March 2021</time></p>${body}`),
    expect: { published: '2021-03-01', outlet: null },
  },
  {
    name: 'meta name="date" and a canonical link',
    html: page(`<title>Dockers walk out</title><meta name="date" content="2021-03-04"><link rel="canonical" href="https://harbour.example/varna">`),
    expect: { published: '2021-03-04', outlet: null, url: 'https://harbour.example/varna' },
  },
  {
    name: 'JSON-LD date wins over OpenGraph and <time>',
    html: page(
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-03"}</script><meta property="article:published_time" content="2021-03-01">`,
      `<p><time datetime="2021-02-01">old</time></p>${body}`,
    ),
    expect: { published: '2021-03-03', outlet: null },
  },
  {
    name: 'no date in the page: --published default',
    html: page('<title>Dockers</title>'),
    defaults: { published: '2021-03-05', outlet: 'Desk' },
    expect: { published: '2021-03-05', outlet: 'Desk' },
  },
];

for (const c of found) {
  test(`readHtml accepts: ${c.name}`, () => {
    const a = readArticle(c.html, 'pages/varna.html', c.defaults);
    assert.equal(a.published, c.expect.published);
    assert.equal(a.outlet, c.expect.outlet);
    if (c.expect.url !== undefined) assert.equal(a.url, c.expect.url);
    assert.equal(a.origin.format, 'html');
    assert.equal(a.id, 'varna');
    for (const p of PARAS) assert.ok(a.text.includes(p), `main text lacks paragraph: ${p.slice(0, 40)}…`);
    assert.ok(a.text.includes(`${PARAS[0]}\n\n${PARAS[1]}`), 'paragraphs are separated by a blank line');
    assert.ok(!/Copyright|Subscribe|Sport/.test(a.text), `boilerplate leaked into the text: ${JSON.stringify(a.text.slice(0, 120))}`);
  });
}

test('readHtml: a page in a file with no extension is sniffed as HTML', () => {
  const a = readArticle(page('<meta property="article:published_time" content="2021-03-02">'), 'pages/varna');
  assert.equal(a.origin.format, 'html');
  assert.equal(a.published, '2021-03-02');
});

test('readHtml: entities in the page are decoded once', () => {
  const a = readArticle(page('<meta property="article:published_time" content="2021-03-02">', body.replace('Black Sea Dockers Union', 'Black Sea Dockers &amp; Crane Operators Union')), 'p.html');
  assert.ok(a.text.includes('Black Sea Dockers & Crane Operators Union'));
});

const notFound: Array<{ name: string; html: string; code: string; says: RegExp }> = [
  { name: 'no date and no default', html: page('<title>Dockers</title>'), code: 'E_NO_PUBLISHED', says: /no publication date/ },
  { name: 'impossible JSON-LD date and nothing else', html: page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-02-30"}</script>'), code: 'E_NO_PUBLISHED', says: /publication date/ },
  { name: 'a page with no text', html: '<!doctype html><html><head><title>x</title></head><body><nav></nav></body></html>', code: 'E_INPUT_EMPTY', says: /no main text/ },
];
for (const c of notFound) {
  test(`readHtml rejects: ${c.name}`, () => {
    const e = readError(c.html, 'pages/varna.html');
    assert.equal(e.code, c.code, e.message);
    assert.ok(e.message.startsWith('pages/varna.html: '), e.message);
    assert.match(e.message, c.says);
  });
}

test('readHtml: JSON-LD publisher given as a list or a bare name (found while testing: a list was ignored)', () => {
  const withPublisher = (publisher: unknown) =>
    page(`<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: '2021-03-03', publisher })}</script><meta property="og:site_name" content="Fallback">`);
  assert.equal(readArticle(withPublisher([{ '@type': 'Organization', name: 'Harbour Media' }]), 'p.html').outlet, 'Harbour Media');
  assert.equal(readArticle(withPublisher('Harbour Media'), 'p.html').outlet, 'Harbour Media');
  assert.equal(readArticle(withPublisher({ '@type': 'Organization' }), 'p.html').outlet, 'Fallback');
});
