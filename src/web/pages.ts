import type { Context, Hono } from 'hono';
import { readClaims } from '../resolve/read-claims.js';
import type { Store } from '../store/open-store.js';
import { loadActor, loadActors, loadArticle, loadArticles, loadClaims, loadGraph, loadOutlet, loadOutlets, loadSearch, loadStories, loadStory, loadTimeline } from '../api/views.js';
import type { Markup } from './layout.js';
import { renderActor, renderGraph, renderTimeline, renderTimelineChooser } from './pages/actor-page.js';
import { renderArticle } from './pages/article-page.js';
import { renderActors, renderArticles, renderClaims, renderHome, renderStories } from './pages/list-pages.js';
import { renderOutlet, renderOutlets, renderSearch } from './pages/outlet-page.js';
import { renderStory } from './pages/story-page.js';

/** The pages: the same loaders as the API (views.ts), rendered as HTML. */
export function registerPages(app: Hono, store: Store): void {
  const show = <T>(load: (c: Context, s: Store) => Promise<T>, render: (data: T, c: Context) => Markup | Promise<Markup>) =>
    async (c: Context) => c.html(await render(await load(c, store), c));
  app.get('/', show(loadStories, renderHome));
  app.get('/stories', show(loadStories, renderStories));
  app.get('/stories/:id', show(loadStory, async (d) => renderStory(d, await readClaims(store.db, { story: d.story.id }))));
  app.get('/articles', show(loadArticles, renderArticles));
  app.get('/articles/:id', show(loadArticle, renderArticle));
  app.get('/actors', show(loadActors, renderActors));
  app.get('/actors/:id', show(loadActor, renderActor));
  app.get('/claims', show(loadClaims, renderClaims));
  app.get('/graph', show(loadGraph, renderGraph));
  app.get('/outlets', show(loadOutlets, renderOutlets));
  app.get('/outlets/:name', show(loadOutlet, renderOutlet));
  app.get('/search', async (c) => {
    if (!c.req.query('q')?.trim()) return c.html(renderSearch({ ok: true, total: 0, limit: 20, offset: 0, next: null, items: [], filters: {} }));
    return show(loadSearch, renderSearch)(c);
  });
  app.get('/timeline', async (c) => {
    if (!c.req.query('story') && !c.req.query('actor')) {
      const stories = await store.db.selectFrom('stories').select(['id', 'title']).orderBy('last_published', 'desc').orderBy('id').limit(30).execute();
      return c.html(renderTimelineChooser(stories));
    }
    return c.html(renderTimeline(await loadTimeline(c, store)));
  });
}
