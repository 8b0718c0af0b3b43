import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawDepthExceeds, stripTags } from '../../src/ingest/scan-tags.js';
import { readArticle } from '../helpers/read-one.js';

const strip: Array<[string, string, string]> = [
  ['paragraphs and entities (a no-break space collapses like any space)', '<p>A &amp; B &#8212; C&nbsp;D</p><p>E &lt;F&gt; &#x263A;</p>', 'A & B — C D\n\nE <F> ☺'],
  ['script and style content is skipped', '<p>One.</p><script>if (a < b) { x = "<p>no</p>"; }</script><style>p{color:red}</style><p>Two.</p>', 'One.\n\nTwo.'],
  ['inline tags vanish, blocks break', '<div>The <b>mayor</b> <a href="/x">said</a><br/>so.</div>', 'The mayor said\n\nso.'],
  ['unknown entities stay as written', '<p>R&D &bogus; &#0;</p>', 'R&D &bogus; &#0;'],
  ['a "<" that never closes ends the tags', '<p>3 < 4 and then nothing', '3 < 4 and then nothing'],
];
for (const [name, html, want] of strip) test(`stripTags: ${name}`, () => assert.equal(stripTags(html), want));

const depth: Array<[string, string, number, boolean]> = [
  ['nested divs past the limit', '<div>'.repeat(11) + 'x', 10, true],
  ['closed siblings never add up', '<div>x</div>'.repeat(1000), 10, false],
  ['unclosed <p> and <li> (optional end tags) do not count', '<p>a<li>b'.repeat(1000), 10, false],
  ['void and self-closing tags do not count', '<br><img src=x><span/>'.repeat(1000), 10, false],
];
for (const [name, html, limit, want] of depth) test(`rawDepthExceeds: ${name}`, () => assert.equal(rawDepthExceeds(html, limit), want));

// Regression: linkedom's parse time grows with the square of the nesting depth, so the deepest pages
// never reach the parser. Each case took minutes (or overflowed the stack) before.
const hostile: Array<[string, string]> = [
  ['a million nested divs (5 MB)', '<div>'.repeat(1_000_000) + '<p>The minister said the bridge would reopen.</p>'],
  ['a megabyte of "<a" with no ">"', '<p>The minister said the bridge would reopen.</p>' + '<a'.repeat(500_000)],
  ['a megabyte of unclosed <b>', '<b>'.repeat(300_000) + 'The minister said the bridge would reopen.'],
];
for (const [name, inner] of hostile) {
  test(`readHtml: ${name} is read in linear time`, () => {
    const t0 = Date.now();
    const a = readArticle(`<!doctype html><html><head><title>T</title><meta property="article:published_time" content="2021-03-02"></head><body>${inner}</body></html>`, 'deep.html');
    const ms = Date.now() - t0;
    assert.ok(a.text.includes('The minister said the bridge would reopen.'), a.text.slice(0, 200));
    assert.equal(a.published, '2021-03-02', 'metadata still comes from the <head>');
    assert.ok(ms < 5000, `took ${ms} ms`);
  });
}
