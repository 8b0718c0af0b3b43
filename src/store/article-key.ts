import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Article } from '../model/article.js';

/** sha256 of the article text, hex. With the outlet, the identity of an article that came without an id. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * True when the article's id is the one ingest/ makes up for input that gave none: the file's base name
 * (text, HTML, one JSON document), `<base>-<line>` (JSONL) or `<base>-<k>` (a JSON array); `stdin` for `-`.
 * Such an article is identified by outlet + text hash instead, so re-reading the same text is a no-op.
 * An input id that happens to equal the made-up one is treated the same way, which is harmless: the text
 * then still has to match for the article to count as already stored.
 */
export function isGeneratedId(article: Article): boolean {
  const { file, line, format } = article.origin;
  const base = file === '-' ? 'stdin' : path.basename(file).replace(/\.[^.]+$/, '');
  const id = article.id;
  if (id === base) return true;
  if (format !== 'jsonl' || !id.startsWith(`${base}-`)) return false;
  const suffix = id.slice(base.length + 1);
  return line != null ? suffix === String(line) : /^[1-9][0-9]*$/.test(suffix);
}
