import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** One problem with a request: the parameter or body line it is about, and what is wrong. */
export interface ErrorDetail {
  message: string;
  param?: string;
  line?: number;
}

/** The one error shape of every API route (400, 401, 404, 413, 500). */
export interface ErrorBody {
  ok: false;
  error: string;
  errors: ErrorDetail[];
  status: number;
}

/** A request attest refuses, with its status and the details for `errors[]`. */
export class ApiError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 500 | 503, message: string, readonly details: ErrorDetail[] = []) {
    super(message);
  }
}

export const badRequest = (message: string, details: ErrorDetail[] = [{ message }]) => new ApiError(400, message, details);
export const notFound = (message: string) => new ApiError(404, message, [{ message }]);

export function errorBody(status: number, error: string, errors: ErrorDetail[] = [{ message: error }]): ErrorBody {
  return { ok: false, error, errors, status };
}

/** The status and body for any thrown value; anything unexpected is a 500 whose message names no internals. */
export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof ApiError) return errorBody(err.status, err.message, err.details.length ? err.details : [{ message: err.message }]);
  if (err instanceof HTTPException) return errorBody(err.status, err.message || statusText(err.status));
  return errorBody(500, 'internal error: the server could not answer this request (see its log)');
}

function statusText(status: number): string {
  return { 401: 'unauthorized: a bearer token is required', 413: 'request body too large' }[status] ?? `error ${status}`;
}

/** True for paths of the JSON API: they answer errors in JSON, pages answer them as a page. */
export const isApiPath = (c: Context) => c.req.path === '/api' || c.req.path.startsWith('/api/');
