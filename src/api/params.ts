import type { Context } from 'hono';
import { CLAIM_STATUSES } from '../resolve/read-claims.js';
import { badRequest, type ErrorDetail } from './http-errors.js';

/** Paging of every list: `limit` (1–MAX_LIMIT, default DEFAULT_LIMIT) and `offset`; answers carry `total`. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export interface Paging {
  limit: number;
  offset: number;
}

/** Filters the lists share; each route says which it takes. Dates are YYYY-MM-DD, inclusive. */
export type Filters = {
  outlet?: string;
  since?: string;
  until?: string;
  actor?: string;
  story?: string;
  status?: string;
  type?: string;
  q?: string;
};

export type FilterName = keyof Filters;
const PAGING = ['limit', 'offset'] as const;
/** Parameters a page may carry that are not the data's own (the UI's highlight of one claim). */
const VIEW_PARAMS = ['claim'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PARAM = 500;

function wholeNumber(name: string, value: string, min: number, max: number, errors: ErrorDetail[]): number | undefined {
  if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
    errors.push({ param: name, message: `${name} expects a whole number from ${min} to ${max}, got ${JSON.stringify(value.slice(0, 40))}` });
    return undefined;
  }
  return Number(value);
}

function validDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Reads paging and the allowed filters from the query string. An unknown parameter, a repeated one, a
 * bad number, an impossible date or a since after until is a 400 that lists every problem at once.
 */
export function readQuery(c: Context, allowed: readonly FilterName[], opts: { paged?: boolean } = {}): { paging: Paging; filters: Filters } {
  const paged = opts.paged ?? true;
  const errors: ErrorDetail[] = [];
  const all = c.req.queries();
  const filters: Filters = {};
  let limit = DEFAULT_LIMIT;
  let offset = 0;
  for (const [name, values] of Object.entries(all)) {
    const known = (allowed as readonly string[]).includes(name) || (paged && (PAGING as readonly string[]).includes(name)) || (VIEW_PARAMS as readonly string[]).includes(name);
    if (!known) {
      const takes = [...allowed, ...(paged ? PAGING : [])];
      errors.push({ param: name, message: `unknown parameter ${JSON.stringify(name.slice(0, 40))}${takes.length ? ` (this route takes ${takes.join(', ')})` : ' (this route takes none)'}` });
      continue;
    }
    if (values.length > 1) {
      errors.push({ param: name, message: `${name} given ${values.length} times; give it once` });
      continue;
    }
    const value = values[0]!;
    if (value.length > MAX_PARAM) {
      errors.push({ param: name, message: `${name} is longer than ${MAX_PARAM} characters` });
      continue;
    }
    if (name === 'limit') limit = wholeNumber(name, value, 1, MAX_LIMIT, errors) ?? limit;
    else if (name === 'offset') offset = wholeNumber(name, value, 0, 1e9, errors) ?? offset;
    else if (name === 'claim') continue;
    else if ((name === 'since' || name === 'until') && !validDay(value)) errors.push({ param: name, message: `${name} expects a date YYYY-MM-DD, got ${JSON.stringify(value.slice(0, 40))}` });
    else if (name === 'status' && !(CLAIM_STATUSES as readonly string[]).includes(value))
      errors.push({ param: name, message: `status expects one of ${CLAIM_STATUSES.join(', ')}, got ${JSON.stringify(value.slice(0, 40))}` });
    else if (value === '') errors.push({ param: name, message: `${name} is empty` });
    else filters[name as FilterName] = value;
  }
  if (filters.since && filters.until && filters.since > filters.until) errors.push({ param: 'since', message: `since ${filters.since} is after until ${filters.until}` });
  if (errors.length) throw badRequest(errors.length === 1 ? errors[0]!.message : `${errors.length} bad parameters`, errors);
  return { paging: { limit, offset }, filters };
}

/** A page of a list as every list route answers it. */
export interface Page<T> {
  ok: true;
  total: number;
  limit: number;
  offset: number;
  /** The same request's next page, or null on the last. */
  next: string | null;
  items: T[];
}

export function pageOf<T>(c: Context, paging: Paging, total: number, items: T[]): Page<T> {
  let next: string | null = null;
  if (paging.offset + items.length < total) {
    const url = new URL(c.req.url);
    url.searchParams.set('offset', String(paging.offset + paging.limit));
    url.searchParams.set('limit', String(paging.limit));
    next = url.pathname + url.search;
  }
  return { ok: true, total, limit: paging.limit, offset: paging.offset, next, items };
}
