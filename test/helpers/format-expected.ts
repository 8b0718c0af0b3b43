import { FIELDS, type Expected } from './golden-match.js';

/**
 * Serialises an expectation file with one pattern per line, so a moved expectation is a one-line diff.
 * Example: {"times": {"must_include": [{"value": "2024-03"}]}} → the same JSON laid out line by line.
 */
export function formatExpected(e: Expected): string {
  const one = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(one).join(', ')}]`;
    if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${one(x)}`).join(', ')}}`;
    return JSON.stringify(v);
  };
  const list = (items: readonly unknown[], indent: string) =>
    items.length ? `[\n${items.map((x) => `${indent}  ${one(x)}`).join(',\n')}\n${indent}]` : '[]';
  const parts: string[] = [];
  if (e.note !== undefined) parts.push(`  "note": ${JSON.stringify(e.note)}`);
  for (const f of FIELDS) {
    const fe = e[f];
    if (!fe) continue;
    const lists: string[] = [];
    if (fe.must_include) lists.push(`    "must_include": ${list(fe.must_include, '    ')}`);
    if (fe.must_exclude) lists.push(`    "must_exclude": ${list(fe.must_exclude, '    ')}`);
    parts.push(`  "${f}": {\n${lists.join(',\n')}\n  }`);
  }
  if (e.backlog?.length) parts.push(`  "backlog": ${list(e.backlog, '  ')}`);
  return `{\n${parts.join(',\n')}\n}\n`;
}
