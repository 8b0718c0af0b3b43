import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { exceedsDepth, flatBlockText } from '../../src/ingest/walk-dom.js';
import { readArticle } from '../helpers/read-one.js';

const body = (html: string) => (parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document).body;

const flat: Array<[string, string, string]> = [
  ['paragraphs become blank-line separated', '<div><p>One.</p><p>Two.</p></div>', 'One.\n\nTwo.'],
  ['inline elements stay in their paragraph', '<p>The <b>minister</b> <a href="#">said</a> so.</p>', 'The minister said so.'],
  ['whitespace is collapsed', '<p>  The\n\n minister\tsaid.  </p>', 'The minister said.'],
  ['br and list items break paragraphs', '<p>Line one<br>Line two</p><ul><li>A</li><li>B</li></ul>', 'Line one\n\nLine two\n\nA\n\nB'],
  ['boilerplate containers are skipped', '<nav>Home World</nav><p>Body.</p><script>var x = 1;</script><footer>Copyright</footer>', 'Body.'],
  ['empty blocks give no empty paragraphs', '<div></div><p> </p><p>Only.</p>', 'Only.'],
];
for (const [name, html, want] of flat) test(`flatBlockText: ${name}`, () => assert.equal(flatBlockText(body(html)), want));

test('exceedsDepth: counts element nesting, stops past the limit', () => {
  const nested = (n: number) => body('<div>'.repeat(n) + 'x' + '</div>'.repeat(n));
  assert.equal(exceedsDepth(nested(5), 10), false);
  assert.equal(exceedsDepth(nested(20), 10), true);
  assert.equal(exceedsDepth(body('<p>a</p>'.repeat(500)), 10), false, 'many siblings are not depth');
});

// Regression: Readability's cost grew about with the cube of the nesting depth (1,000 nested divs took ~30 s,
// 20,000 unclosed <p><b> pairs overflowed the stack after a minute). Deep pages now take the linear walk.
const deepPages: Array<[string, string]> = [
  ['3,000 nested divs', '<div>'.repeat(3000) + '<p>The minister said the bridge would reopen.</p>' + '</div>'.repeat(3000)],
  ['20,000 unclosed inline tags', '<p><b>'.repeat(20000) + 'The minister said the bridge would reopen.'],
];
for (const [name, inner] of deepPages) {
  test(`readHtml: ${name} are read quickly and keep their text`, () => {
    const t0 = Date.now();
    const a = readArticle(`<!doctype html><html><head><meta property="article:published_time" content="2021-03-02"></head><body>${inner}</body></html>`, 'deep.html');
    const ms = Date.now() - t0;
    assert.ok(a.text.includes('The minister said the bridge would reopen.'), a.text.slice(0, 200));
    assert.ok(ms < 5000, `took ${ms} ms`);
  });
}
