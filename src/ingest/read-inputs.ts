import fs from 'node:fs';
import path from 'node:path';
import { AttestError } from '../errors.js';
import { readHtml } from './read-html.js';
import { readJsonDocument, readJsonl } from './read-jsonl.js';
import { readText } from './read-text.js';
import type { IngestDefaults, ReadResult } from './types.js';

/** The formats read from a directory, by extension; a file named on the command line is also sniffed. */
const EXTENSIONS: Record<string, 'text' | 'html' | 'jsonl' | 'json'> = {
  '.txt': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
};

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Binary is judged by content, on the first 8 KiB: a NUL byte, or more than one in twenty characters being
 * control characters or undecodable bytes. One bad byte further on is not a binary file: it is reported
 * at its own line (JSONL: that line alone is skipped).
 */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const sample = new TextDecoder('utf-8').decode(head);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad > sample.length / 20;
}

/** Each line of `bytes` decoded, or null for a line that is not valid UTF-8 or holds a NUL byte. */
function decodeLines(bytes: Buffer): Array<string | null> {
  const out: Array<string | null> = [];
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    try {
      out.push(line.includes(0) ? null : fatalUtf8.decode(line));
    } catch {
      out.push(null);
    }
    start = end + 1;
  }
  return out;
}

/** The first line that is not valid UTF-8, or null when all are. */
function firstBadLine(lines: ReadonlyArray<string | null>): number | null {
  const i = lines.indexOf(null);
  return i < 0 ? null : i + 1;
}

function sniff(text: string): 'text' | 'html' | 'jsonl' | 'json' {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|article|div|p)\b/.test(head)) return 'html';
  if (head.startsWith('{')) return text.trim().split('\n').length > 1 && !/^\{\s*$/.test(text.trimStart().split('\n')[0]!) ? 'jsonl' : 'json';
  if (head.startsWith('[')) return 'json';
  return 'text';
}

/** Reads one input's content (already in memory) as articles or errors. */
export function* readContent(bytes: Buffer, file: string, defaults: IngestDefaults): Generator<ReadResult> {
  if (looksBinary(bytes)) {
    yield { ok: false, error: new AttestError('E_INPUT_BINARY', 'binary file, not text, HTML or JSONL', { file }) };
    return;
  }
  const lines = decodeLines(bytes);
  const text = lines.map((l) => l ?? '').join('\n');
  if (!text.trim()) {
    yield { ok: false, error: new AttestError('E_INPUT_EMPTY', 'empty file', { file, line: 1 }) };
    return;
  }
  const base = file === '-' ? 'stdin' : path.basename(file).replace(/\.[^.]+$/, '');
  const format = EXTENSIONS[path.extname(file).toLowerCase()] ?? sniff(text);
  const bad = firstBadLine(lines);
  try {
    if (format === 'jsonl') yield* readJsonl(lines, file, base, defaults);
    else if (bad != null && format !== 'json')
      yield { ok: false, error: new AttestError('E_ENCODING', 'invalid UTF-8 (or a NUL byte) in this line; the file was not read', { file, line: bad }) };
    else if (format === 'json') {
      let value: unknown;
      try {
        if (bad != null) throw new Error('invalid UTF-8');
        value = JSON.parse(text);
      } catch {
        // Not one JSON document: treat as JSON lines, which reports the bad line by number.
        yield* readJsonl(lines, file, base, defaults);
        return;
      }
      yield* readJsonDocument(value, file, base, defaults);
    } else if (format === 'html') yield { ok: true, article: readHtml(text, file, base, defaults) };
    else yield { ok: true, article: readText(text, file, base, defaults) };
  } catch (err) {
    if (err instanceof AttestError) yield { ok: false, error: err };
    else throw err;
  }
}

/** Files below a directory that attest can read, sorted for a stable order; the others go to `skipped`. */
function listDir(dir: string, skipped: string[]): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listDir(p, skipped));
    else if (EXTENSIONS[path.extname(e.name).toLowerCase()]) out.push(p);
    else skipped.push(p);
  }
  return out;
}

/**
 * Reads files, directories (every .txt/.html/.htm/.xhtml/.json/.jsonl/.ndjson in them) and `-` (stdin) as
 * articles. Bad input yields errors and never stops the batch. `onSkip` hears of the files of other formats
 * a directory held, which are not read.
 */
export function* readInputs(paths: readonly string[], defaults: IngestDefaults = {}, onSkip?: (dir: string, files: string[]) => void): Generator<ReadResult> {
  for (const p of paths) {
    if (p === '-') {
      yield* readContent(fs.readFileSync(0), '-', defaults);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      yield { ok: false, error: new AttestError('E_INPUT_READ', 'no such file or directory', { file: p }) };
      continue;
    }
    const skipped: string[] = [];
    const files = stat.isDirectory() ? listDir(p, skipped) : [p];
    if (skipped.length) onSkip?.(p, skipped);
    for (const f of files) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(f);
      } catch (err) {
        yield { ok: false, error: new AttestError('E_INPUT_READ', `cannot read: ${err instanceof Error ? err.message : String(err)}`, { file: f }) };
        continue;
      }
      yield* readContent(bytes, f, defaults);
    }
  }
}
