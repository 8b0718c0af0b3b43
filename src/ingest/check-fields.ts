import { AttestError } from '../errors.js';

/** Where a field was read, for the error it raises. */
type Where = { file: string; line: number | null };

// C0 and C1 controls and DEL: never part of an id or an outlet name, and NUL cannot be stored in PostgreSQL.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const MAX_KEY_LENGTH = 512;

/** JSON-ish rendering of a bad value for a message, short and on one line. */
function shown(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'undefined' : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/**
 * An input id: a non-empty string or a whole number. `true`, `{}`, `1.5` are errors, never made-up ids.
 * Returns null when the input gave none (absent, null or "").
 */
export function checkId(v: unknown, where: Where): string | null {
  if (v == null || v === '') return null;
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) return String(v);
    throw new AttestError('E_FIELD', `"id" must be a string or a whole number, got ${shown(v)}`, where);
  }
  if (typeof v !== 'string') throw new AttestError('E_FIELD', `"id" must be a string or a whole number, got ${shown(v)}`, where);
  return checkKey('id', v, where);
}

/** An outlet name: a string or nothing; `5` is an error, not a dropped field. */
export function checkOutlet(v: unknown, where: Where): string | null {
  if (v == null || v === '') return null;
  if (typeof v !== 'string') throw new AttestError('E_FIELD', `"outlet" must be a string, got ${shown(v)}`, where);
  return checkKey('outlet', v, where);
}

/** A free-text field (title, url): a string or nothing, made well-formed so it can be stored as read. */
export function checkOptionalText(name: string, v: unknown, where: Where): string | null {
  if (v == null) return null;
  if (typeof v !== 'string') throw new AttestError('E_FIELD', `"${name}" must be a string, got ${shown(v)}`, where);
  const s = wellFormed(v).trim();
  return s || null;
}

/** A string part of an article's identity: trimmed, no control characters, no lone surrogates, bounded. */
function checkKey(name: string, v: string, where: Where): string | null {
  const s = v.trim();
  if (!s) return null;
  if (CONTROL.test(s)) throw new AttestError('E_FIELD', `"${name}" contains a control character: ${shown(s)}`, where);
  if (!s.isWellFormed()) throw new AttestError('E_FIELD', `"${name}" contains a lone surrogate: ${shown(s)}`, where);
  if (s.length > MAX_KEY_LENGTH) throw new AttestError('E_FIELD', `"${name}" is longer than ${MAX_KEY_LENGTH} characters`, where);
  return s;
}

/**
 * Text as it will be stored and analysed: lone surrogates become U+FFFD (SQLite would store each as three
 * replacement characters, shifting every later span) and NUL becomes U+FFFD (PostgreSQL refuses it). Both
 * keep the length, so offsets into the input stay true.
 */
export function wellFormed(text: string): string {
  const s = text.isWellFormed() ? text : text.toWellFormed();
  return s.includes('\u0000') ? s.replace(/\u0000/g, '\uFFFD') : s;
}
