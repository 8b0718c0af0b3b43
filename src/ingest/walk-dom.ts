/**
 * Iterative walks over a parsed page. Pages are untrusted: a few thousand nested tags must neither
 * overflow the stack nor make the main-text step super-linear, so nothing here recurses.
 */

/** True when some element sits more than `limit` levels below `root`. Stops at the first one. */
export function exceedsDepth(root: Node, limit: number): boolean {
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === 1) stack.push([kids[i]!, depth + 1]);
  }
  return false;
}

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Elements whose text is never article text. */
const SKIP = new Set(['button', 'footer', 'form', 'header', 'iframe', 'nav', 'noscript', 'script', 'select', 'style', 'svg', 'template']);

/**
 * Paragraph text without Readability: text nodes in document order, a paragraph break at every block
 * boundary, boilerplate containers skipped. Linear in the size of the page.
 * Example: `<div><p>One.</p><p>Two.</p></div>` → "One.\n\nTwo."
 */
export function flatBlockText(root: Node): string {
  const paras: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) paras.push(t);
    current = '';
  };
  // `null` marks where a block element ends.
  const stack: Array<Node | null> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = ((node as Element).localName ?? '').toLowerCase();
    if (SKIP.has(tag)) continue;
    if (BLOCKS.has(tag)) {
      flush();
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
  return paras.join('\n\n');
}
