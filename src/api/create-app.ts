import { Hono, type Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AnalyzePool } from '../store/ingest/analyze-pool.js';
import type { Store } from '../store/open-store.js';
import { registerPages } from '../web/pages.js';
import { renderErrorPage } from '../web/layout.js';
import { serveStatic } from '../web/static-files.js';
import { registerApi } from './api-routes.js';
import { errorBody, isApiPath, toErrorBody } from './http-errors.js';

export interface AppOptions {
  store: Store;
  /** Analyses POSTed articles; made on first use. */
  pool: () => Promise<AnalyzePool>;
  /** Bearer token: with it, POST needs it; with `private`, every route does. */
  token?: string | undefined;
  private?: boolean;
  /** Largest POST body in bytes (default 10 MiB). */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY = 10 * 1024 * 1024;

/** The content a page may load: its own scripts, styles and images, nothing inline, nothing framed. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The attest server: JSON API under /api, its pages at the same paths without /api, static files under /static. */
export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, referrerPolicy: 'same-origin' }));
  if (opts.token) {
    const auth = bearerAuth({ token: opts.token });
    if (opts.private) app.use('*', auth);
    else app.post('*', auth);
  }
  const limit = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  app.post('/api/*', bodyLimit({
    maxSize: limit,
    onError: (c) => c.json(errorBody(413, `request body larger than ${limit} bytes`), 413),
  }));
  app.get('/static/:file', serveStatic);
  registerApi(app, opts);
  registerPages(app, opts.store);

  app.notFound((c) => answerError(c, errorBody(404, `no route ${c.req.method} ${c.req.path}`)));
  app.onError(async (err, c) => {
    const body = toErrorBody(err);
    if (body.status === 500) console.error(`attest serve: ${c.req.method} ${c.req.path}:`, err);
    const res = await answerError(c, body);
    if (body.status === 401) res.headers.set('WWW-Authenticate', 'Bearer realm="attest"');
    return res;
  });
  return app;
}

async function answerError(c: Context, body: ReturnType<typeof errorBody>): Promise<Response> {
  const status = body.status as 400;
  if (isApiPath(c) || c.req.method !== 'GET') return c.json(body, status);
  return c.html(renderErrorPage(body), status);
}
