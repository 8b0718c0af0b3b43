import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IngestDefaults } from '../../src/ingest/types.js';
import { readArticle, readError } from '../helpers/read-one.js';

const BODY = 'KAVALA, June 8 - Port workers walked out on Monday, the union said.\n\nTalks resume next week.\n';

interface Found {
  name: string;
  input: string;
  defaults?: IngestDefaults;
  expect: { id?: string; outlet: string | null; published: string; title?: string | null; url?: string | null; text: string };
}
const found: Found[] = [
  {
    name: 'front matter: outlet and published, body kept exactly',
    input: `---\noutlet: Aegean Wire\npublished: 2020-06-08\n---\n${BODY}`,
    expect: { id: 'port-strike', outlet: 'Aegean Wire', published: '2020-06-08', text: BODY },
  },
  {
    name: 'front matter: every key, quoted values, comments and blank lines',
    input: `---\n# a comment\nid: wire-7\noutlet: "Aegean Wire"\n\npublished: '2020-06-08'\ntitle: Port strike\nurl: https://example.org/a\n---\n${BODY}`,
    expect: { id: 'wire-7', outlet: 'Aegean Wire', published: '2020-06-08', title: 'Port strike', url: 'https://example.org/a', text: BODY },
  },
  {
    name: 'front matter with CRLF line ends and a BOM',
    input: `\uFEFF---\r\noutlet: Aegean Wire\r\npublished: 2020-06-08\r\n---\r\n${BODY}`,
    expect: { outlet: 'Aegean Wire', published: '2020-06-08', text: BODY },
  },
  {
    name: 'front matter date with a time of day keeps the date',
    input: `---\npublished: 2020-06-08T23:10:00Z\n---\n${BODY}`,
    expect: { outlet: null, published: '2020-06-08', text: BODY },
  },
  {
    name: 'no front matter: --published and --outlet defaults apply',
    input: BODY,
    defaults: { published: '2021-01-04', outlet: 'Desk' },
    expect: { id: 'port-strike', outlet: 'Desk', published: '2021-01-04', text: BODY },
  },
  {
    name: 'front matter date wins over the --published default',
    input: `---\npublished: 2020-06-08\n---\n${BODY}`,
    defaults: { published: '2021-01-04' },
    expect: { outlet: null, published: '2020-06-08', text: BODY },
  },
  {
    name: 'a "---" rule inside the body without opening front matter is text',
    input: `Port workers walked out.\n---\nMore text.\n`,
    defaults: { published: '2021-01-04' },
    expect: { outlet: null, published: '2021-01-04', text: 'Port workers walked out.\n---\nMore text.\n' },
  },
];

for (const c of found) {
  test(`readText accepts: ${c.name}`, () => {
    const a = readArticle(c.input, 'articles/port-strike.txt', c.defaults);
    assert.equal(a.text, c.expect.text);
    assert.equal(a.published, c.expect.published);
    assert.equal(a.outlet, c.expect.outlet);
    if (c.expect.id !== undefined) assert.equal(a.id, c.expect.id);
    if (c.expect.title !== undefined) assert.equal(a.title, c.expect.title);
    if (c.expect.url !== undefined) assert.equal(a.url, c.expect.url);
    assert.deepEqual(a.origin, { file: 'articles/port-strike.txt', line: null, format: 'text', idGiven: /^id:/m.test(c.input) });
  });
}

interface NotFound {
  name: string;
  input: string;
  defaults?: IngestDefaults;
  code: string;
  /** The start of the error message: `file[:line]: `. */
  where: string;
  says: RegExp;
}
const notFound: NotFound[] = [
  { name: 'unclosed front matter', input: `---\noutlet: X\npublished: 2020-06-08\n${BODY}`, code: 'E_FRONT_MATTER', where: 'a.txt:1: ', says: /never closed/ },
  { name: 'unknown front matter key names its line', input: `---\noutlet: X\nauthor: Y\n---\n${BODY}`, code: 'E_FRONT_MATTER', where: 'a.txt:3: ', says: /unknown key "author"/ },
  { name: 'front matter line without a colon', input: `---\npublished 2020-06-08\n---\n${BODY}`, code: 'E_FRONT_MATTER', where: 'a.txt:2: ', says: /key: value/ },
  { name: 'impossible date 2020-02-30', input: `---\npublished: 2020-02-30\n---\n${BODY}`, code: 'E_DATE', where: 'a.txt: ', says: /2020-02-30/ },
  { name: 'relative date "yesterday"', input: `---\npublished: yesterday\n---\n${BODY}`, code: 'E_DATE', where: 'a.txt: ', says: /yesterday/ },
  { name: 'day-first date', input: `---\npublished: 08/06/2020\n---\n${BODY}`, code: 'E_DATE', where: 'a.txt: ', says: /08\/06\/2020/ },
  { name: 'no published and no default', input: BODY, code: 'E_NO_PUBLISHED', where: 'a.txt: ', says: /--published/ },
  { name: 'invalid --published default', input: BODY, defaults: { published: '2021-13-01' }, code: 'E_DATE', where: '', says: /--published/ },
  { name: 'front matter with an empty body', input: `---\npublished: 2020-06-08\n---\n\n  \n`, code: 'E_INPUT_EMPTY', where: 'a.txt: ', says: /empty/ },
];

for (const c of notFound) {
  test(`readText rejects: ${c.name}`, () => {
    const e = readError(c.input, 'a.txt', c.defaults);
    assert.equal(e.code, c.code, e.message);
    assert.ok(e.message.startsWith(c.where), `message ${JSON.stringify(e.message)} should start with ${JSON.stringify(c.where)}`);
    assert.match(e.message, c.says);
  });
}
