/**
 * A linear scan over raw HTML tags, for pages too deeply nested to hand to the DOM parser (linkedom's
 * parse time grows with the square of the nesting depth: 40,000 nested divs take seconds, a 5 MB page of
 * them would take minutes). No regex over the tag stream: a page of "<a<a<a…" must stay linear too.
 */

/** Tags that never take a closing tag, or whose closing tag is optional and usually left out. */
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'dd', 'dt', 'embed', 'hr', 'img', 'input', 'li', 'link', 'meta', 'option', 'p', 'param',
  'source', 'td', 'th', 'tr', 'track', 'wbr', '!doctype',
]);
/** Tags that end a paragraph of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Elements whose content is never text. */
const RAW = ['script', 'style', 'noscript', 'template'];

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Index just past the tag's `>`. */
  readonly end: number;
}

/** The tag starting at `html[i] === '<'`, or null when no `>` follows (then no tag follows either). */
function tagAt(html: string, i: number): Tag | null {
  const end = html.indexOf('>', i + 1);
  if (end < 0) return null;
  const closing = html.charCodeAt(i + 1) === 47; // '/'
  let k = closing ? i + 2 : i + 1;
  const start = k;
  while (k < end && /[A-Za-z0-9!-]/.test(html[k]!)) k++;
  return { name: html.slice(start, k).toLowerCase(), closing, selfClosing: html.charCodeAt(end - 1) === 47, end: end + 1 };
}

/** True when the open-tag nesting of `html` goes deeper than `limit` (an estimate; it never parses). */
export function rawDepthExceeds(html: string, limit: number): boolean {
  let depth = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const tag = tagAt(html, i);
    if (!tag) break;
    if (tag.name && !NO_DEPTH.has(tag.name) && !tag.selfClosing) {
      depth = tag.closing ? Math.max(0, depth - 1) : depth + 1;
      if (depth > limit) return true;
    }
    i = tag.end - 1;
  }
  return false;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * Paragraph text of raw HTML without parsing it: tags dropped, a paragraph break at block tags, script
 * and style content skipped, entities decoded. Example: `<p>A &amp; B</p><p>C</p>` → "A & B\n\nC".
 */
export function stripTags(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let last = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const tag = tagAt(html, i);
    if (!tag) break;
    out.push(html.slice(last, i));
    last = tag.end;
    if (!tag.closing && RAW.includes(tag.name)) {
      const close = lower.indexOf(`</${tag.name}`, tag.end);
      last = close < 0 ? html.length : close;
    } else if (BLOCKS.has(tag.name)) out.push('\n\n');
    i = last - 1;
  }
  out.push(html.slice(last));
  return out
    .join('')
    .split(/\n\n/)
    .map((p) => decodeEntities(p).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
