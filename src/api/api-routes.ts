import type { Context, Hono } from 'hono';
import type { Store } from '../store/open-store.js';
import type { AppOptions } from './create-app.js';
import { createPostArticles } from './post-articles.js';
import { API_VIEWS } from './view-table.js';

/** `GET /api/<path>` for every view (VIEW table), and `POST /api/articles`. */
export function registerApi(app: Hono, opts: AppOptions): void {
  const { store } = opts;
  app.get('/api', (c) => c.json({ ok: true, routes: [...API_VIEWS.map((v) => `GET /api${v.path}`), 'POST /api/articles'] }));
  for (const view of API_VIEWS) app.get(`/api${view.path}`, async (c: Context) => c.json(await view.load(c, store as Store)));
  app.post('/api/articles', createPostArticles(store, opts.pool));
}
