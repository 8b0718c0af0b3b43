import { loadActor, loadActors, loadArticle, loadArticles, loadClaims, loadGraph, loadOutlet, loadOutlets, loadSearch, loadStories, loadStory, loadTimeline, type Loader } from './views.js';

/** Every path with data: `/api<path>` answers it as JSON, `<path>` as a page. */
export const API_VIEWS: ReadonlyArray<{ path: string; load: Loader<unknown> }> = [
  { path: '/articles', load: loadArticles },
  { path: '/articles/:id', load: loadArticle },
  { path: '/stories', load: loadStories },
  { path: '/stories/:id', load: loadStory },
  { path: '/actors', load: loadActors },
  { path: '/actors/:id', load: loadActor },
  { path: '/claims', load: loadClaims },
  { path: '/outlets', load: loadOutlets },
  { path: '/outlets/:name', load: loadOutlet },
  { path: '/timeline', load: loadTimeline },
  { path: '/search', load: loadSearch },
  { path: '/graph', load: loadGraph },
];
