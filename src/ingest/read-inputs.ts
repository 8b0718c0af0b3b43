import fs from 'node:fs';
import path from 'node:path';
import { AttestError } from '../errors.js';
import { readHtml } from './read-html.js';
import { readJsonDocument, readJsonl } from './read-jsonl.js';
import { readText } from './read-text.js';
import type { IngestDefaults, ReadResult } from './types.js';

const EXTENSIONS: Record<string, 'text' | 'html' | 'jsonl' | 'json'> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
};

/** True for bytes that are not text: a NUL, invalid UTF-8, or many control characters. */
function decodeText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  let control = 0;
  const sample = text.slice(0, 4096);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > sample.length / 20 ? null : text;
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
  const text = decodeText(bytes);
  if (text == null) {
    yield { ok: false, error: new AttestError('E_INPUT_BINARY', 'binary file, not text, HTML or JSONL', { file }) };
    return;
  }
  if (!text.trim()) {
    yield { ok: false, error: new AttestError('E_INPUT_EMPTY', 'empty file', { file, line: 1 }) };
    return;
  }
  const base = file === '-' ? 'stdin' : path.basename(file).replace(/\.[^.]+$/, '');
  const format = EXTENSIONS[path.extname(file).toLowerCase()] ?? sniff(text);
  try {
    if (format === 'jsonl') yield* readJsonl(text, file, base, defaults);
    else if (format === 'json') {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        // Not one JSON document: treat as JSON lines, which reports the bad line by number.
        yield* readJsonl(text, file, base, defaults);
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

/** Files below a directory that attest can read, sorted for a stable order. */
function listDir(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listDir(p));
    else if (EXTENSIONS[path.extname(e.name).toLowerCase()]) out.push(p);
  }
  return out;
}

/**
 * Reads files, directories (every .txt/.html/.json/.jsonl/.ndjson in them) and `-` (stdin) as articles.
 * Bad input yields errors and never stops the batch.
 */
export function* readInputs(paths: readonly string[], defaults: IngestDefaults = {}): Generator<ReadResult> {
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
    const files = stat.isDirectory() ? listDir(p) : [p];
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
