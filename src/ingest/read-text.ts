import { AttestError } from '../errors.js';
import type { Article } from '../model/article.js';
import { makeArticle, type RawArticle } from './make-article.js';
import type { IngestDefaults } from './types.js';

const FRONT_MATTER_KEYS = new Set(['id', 'outlet', 'published', 'url', 'title']);

/**
 * A plain-text article, with optional front matter between `---` lines:
 *   ---\noutlet: Example Wire\npublished: 2020-06-08\n---\nBody…
 * The body is kept exactly as written after the closing `---` line.
 */
export function readText(content: string, file: string, fallbackId: string, defaults: IngestDefaults): Article {
  const raw: RawArticle = {};
  let body = content;
  const opening = /^\uFEFF?---[ \t]*\r?\n/.exec(content);
  if (opening) {
    const close = /^---[ \t]*(?:\r?\n|$)/m;
    const rest = content.slice(opening[0].length);
    const m = close.exec(rest);
    if (!m) throw new AttestError('E_FRONT_MATTER', 'front matter opened with --- is never closed', { file, line: 1 });
    const header = rest.slice(0, m.index);
    header.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim() || line.trimStart().startsWith('#')) return;
      const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
      if (!kv) throw new AttestError('E_FRONT_MATTER', `expected "key: value", got ${JSON.stringify(line.slice(0, 60))}`, { file, line: i + 2 });
      const key = kv[1]!.toLowerCase();
      if (!FRONT_MATTER_KEYS.has(key))
        throw new AttestError('E_FRONT_MATTER', `unknown key "${key}"`, { file, line: i + 2, hint: `expected ${[...FRONT_MATTER_KEYS].join(', ')}` });
      (raw as Record<string, unknown>)[key] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    });
    body = rest.slice(m.index + m[0].length);
  }
  return makeArticle({ ...raw, text: body }, { file, line: null, format: 'text' }, fallbackId, defaults);
}
