import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AttestError } from './errors.js';

/** The project root: the nearest folder above this file that holds package.json (works from src/ and dist/). */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'lexicons'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('attest: cannot find the project root (package.json with lexicons/)');
    dir = up;
  }
}

/** Column checks: a column is free text unless it lists allowed values, is numeric, or may be empty. */
export interface ColumnSpec {
  readonly name: string;
  readonly values?: readonly string[];
  readonly numeric?: boolean;
  readonly optional?: boolean;
}

export type LexiconRow = Readonly<Record<string, string>> & { readonly __line: string };

const cache = new Map<string, LexiconRow[]>();

/**
 * Reads `lexicons/en/NAME.tsv`: a header row, `#` comments, one entry per line, tab-separated.
 * Every row is validated against `columns`; a bad row throws `file:line:col: reason`.
 * Example: loadLexicon('titles', [{name: 'title'}]) → [{title: 'President', __line: '3'}, ...].
 */
export function loadLexicon(name: string, columns: readonly ColumnSpec[], lang = 'en'): LexiconRow[] {
  const key = `${lang}/${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = path.join(projectRoot(), 'lexicons', lang, `${name}.tsv`);
  const rows = parseLexicon(fs.readFileSync(file, 'utf8'), columns, path.relative(process.cwd(), file) || file);
  cache.set(key, rows);
  return rows;
}

/** Parses and validates TSV lexicon text (exported for check-lexicons and tests). */
export function parseLexicon(source: string, columns: readonly ColumnSpec[], file: string): LexiconRow[] {
  const lines = source.split(/\r?\n/);
  let header: string[] | null = null;
  const rows: LexiconRow[] = [];
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (!raw.trim() || raw.trimStart().startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      const missing = columns.filter((c) => !header!.includes(c.name));
      if (missing.length)
        throw new AttestError('E_LEXICON', `header lacks column(s) ${missing.map((c) => `"${c.name}"`).join(', ')}`, { file, line: lineNo, column: 1 });
      return;
    }
    const row: Record<string, string> = { __line: String(lineNo) };
    header.forEach((h, k) => (row[h] = cells[k] ?? ''));
    for (const spec of columns) {
      const k = header.indexOf(spec.name);
      const v = row[spec.name] ?? '';
      const where = { file, line: lineNo, column: k + 1 };
      if (!v) {
        if (spec.optional) continue;
        throw new AttestError('E_LEXICON', `empty "${spec.name}"`, where);
      }
      if (spec.values && !spec.values.includes(v))
        throw new AttestError('E_LEXICON', `unknown ${spec.name} "${v}" (expected ${spec.values.join('|')})`, where);
      if (spec.numeric && !Number.isFinite(Number(v)))
        throw new AttestError('E_LEXICON', `"${spec.name}" is not a number: "${v}"`, where);
    }
    rows.push(row as LexiconRow);
  });
  if (!header) throw new AttestError('E_LEXICON', 'no header row', { file, line: 1 });
  return rows;
}
