import type { Context } from 'hono';
import { buildActorGraph, type ActorGraph } from '../resolve/actor-graph.js';
import { readTimeline, type TimelineEntry } from '../resolve/read-timeline.js';
import { listOutlets, readOutlet } from '../resolve/read-outlets.js';
import type { Store } from '../store/open-store.js';
import { searchArticles, SEARCH_MAX_LIMIT } from '../store/search-articles.js';
import { readActorDetail, readArticleView, readStoryDetail } from './details.js';
import { badRequest, notFound } from './http-errors.js';
import { listActorPage, listArticlePage, listClaimPage, listStoryPage } from './lists.js';
import { pageOf, readQuery } from './params.js';

/**
 * What each path shows, read once for both of its faces: `/api/<path>` answers it as JSON and
 * `/<path>` renders it as a page (every page has its JSON twin, as in Datasette).
 */
export type Loader<T> = (c: Context, store: Store) => Promise<T>;

export const loadArticles = async (c: Context, store: Store) => {
  const { paging, filters } = readQuery(c, ['outlet', 'since', 'until', 'actor', 'story']);
  const { total, items } = await listArticlePage(store.db, filters, paging);
  return { ...pageOf(c, paging, total, items), filters };
};

export const loadStories = async (c: Context, store: Store) => {
  const { paging, filters } = readQuery(c, ['outlet', 'since', 'until', 'actor', 'status']);
  const { total, items } = await listStoryPage(store.db, filters, paging);
  return { ...pageOf(c, paging, total, items), filters };
};

export const loadActors = async (c: Context, store: Store) => {
  const { paging, filters } = readQuery(c, ['type', 'q', 'outlet', 'since', 'until', 'story']);
  const { total, items } = await listActorPage(store.db, filters, paging);
  return { ...pageOf(c, paging, total, items), filters };
};

export const loadClaims = async (c: Context, store: Store) => {
  const { paging, filters } = readQuery(c, ['status', 'story', 'outlet', 'actor', 'since', 'until']);
  const { total, items } = await listClaimPage(store.db, filters, paging);
  return { ...pageOf(c, paging, total, items), filters };
};

/** A path parameter: at most 500 characters, else a 400 (no id is that long). */
function idParam(c: Context, name = 'id'): string {
  const id = c.req.param(name) ?? '';
  if (!id || id.length > 500) throw badRequest(`${name} must be 1 to 500 characters`, [{ param: name, message: `${name} must be 1 to 500 characters` }]);
  return id;
}

export const loadArticle = async (c: Context, store: Store) => {
  readQuery(c, [], { paged: false });
  const id = idParam(c);
  return (await readArticleView(store.db, id)) ?? thrown(notFound(`no article ${JSON.stringify(id)}`));
};

export const loadStory = async (c: Context, store: Store) => {
  readQuery(c, [], { paged: false });
  const id = idParam(c);
  return (await readStoryDetail(store.db, id)) ?? thrown(notFound(`no story ${JSON.stringify(id)}`));
};

export const loadActor = async (c: Context, store: Store) => {
  readQuery(c, [], { paged: false });
  const id = idParam(c);
  return (await readActorDetail(store.db, id)) ?? thrown(notFound(`no actor ${JSON.stringify(id)}`));
};

function thrown(err: Error): never {
  throw err;
}

/** Story or actor the timeline and graph are scoped to, checked to exist (404 when not). */
async function readScope(c: Context, store: Store, allowed: ReadonlyArray<'story' | 'actor'>) {
  const { filters } = readQuery(c, allowed, { paged: false });
  for (const [table, id] of [['stories', filters.story], ['actors', filters.actor]] as const) {
    if (id != null && !(await store.db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()))
      throw notFound(`no ${table === 'stories' ? 'story' : 'actor'} ${JSON.stringify(id)}`);
  }
  return { story: filters.story, actor: filters.actor };
}

export interface TimelineData {
  ok: true;
  scope: { story?: string | undefined; actor?: string | undefined };
  entries: TimelineEntry[];
}

export const loadTimeline = async (c: Context, store: Store): Promise<TimelineData> => {
  const scope = await readScope(c, store, ['story', 'actor']);
  if (!scope.story && !scope.actor) throw badRequest('timeline needs story=ID or actor=ID', [{ param: 'story', message: 'give story=ID or actor=ID' }]);
  return { ok: true, scope, entries: await readTimeline(store.db, { ...(scope.story ? { story: scope.story } : {}), ...(scope.actor ? { actor: scope.actor } : {}) }) };
};

/** The whole-store graph keeps its best-known related actors: a drawing of thousands of nodes helps nobody. */
export const GRAPH_NODE_CAP = 300;

export interface GraphData {
  ok: true;
  scope: { story?: string | undefined; actor?: string | undefined };
  /** True when nodes were left out (GRAPH_NODE_CAP). */
  truncated: boolean;
  nodes: Array<{ id: string; name: string; type: string; article_count: number }>;
  edges: Array<{ source: string; target: string; predicate: string; weight: number; evidence: ReturnType<ActorGraph['getEdgeAttributes']>['evidence'] }>;
}

export const loadGraph = async (c: Context, store: Store): Promise<GraphData> => {
  const scope = await readScope(c, store, ['story', 'actor']);
  const graph = await buildActorGraph(store.db, { ...(scope.story ? { story: scope.story } : {}), ...(scope.actor ? { actor: scope.actor } : {}) });
  let keep = graph.nodes();
  let truncated = false;
  if (!scope.story && !scope.actor) {
    // Whole store: actors with a relation, the most-named first, up to the cap.
    keep = keep.filter((n) => graph.degree(n) > 0).sort((a, b) => graph.getNodeAttribute(b, 'article_count') - graph.getNodeAttribute(a, 'article_count') || a.localeCompare(b));
    truncated = keep.length > GRAPH_NODE_CAP;
    keep = keep.slice(0, GRAPH_NODE_CAP);
  }
  const kept = new Set(keep);
  const nodes = keep.map((id) => {
    const a = graph.getNodeAttributes(id);
    return { id, name: a.name, type: a.type, article_count: a.article_count };
  });
  const edges = graph.edges().filter((e) => kept.has(graph.source(e)) && kept.has(graph.target(e))).map((e) => {
    const a = graph.getEdgeAttributes(e);
    return { source: graph.source(e), target: graph.target(e), predicate: a.predicate, weight: a.weight, evidence: a.evidence.slice(0, 20) };
  });
  return { ok: true, scope, truncated, nodes, edges };
};

export const loadOutlets = async (c: Context, store: Store) => {
  readQuery(c, [], { paged: false });
  const items = await listOutlets(store.db);
  return { ok: true as const, total: items.length, items };
};

export const loadOutlet = async (c: Context, store: Store) => {
  readQuery(c, [], { paged: false });
  const name = idParam(c, 'name');
  const profile = await readOutlet(store.db, name);
  return profile ? { ok: true as const, ...profile } : thrown(notFound(`no outlet ${JSON.stringify(name)} (see /api/outlets)`));
};

/** Full-text search over titles and texts; `q` is required, words are ANDed, at most SEARCH_MAX_LIMIT a page. */
export const loadSearch = async (c: Context, store: Store) => {
  const { paging, filters } = readQuery(c, ['q', 'outlet', 'since', 'until']);
  if (!filters.q?.trim()) throw badRequest('search needs q=WORDS', [{ param: 'q', message: 'give q=WORDS' }]);
  if (paging.limit > SEARCH_MAX_LIMIT) throw badRequest(`limit for search is at most ${SEARCH_MAX_LIMIT}`, [{ param: 'limit', message: `at most ${SEARCH_MAX_LIMIT}` }]);
  const limit = c.req.query('limit') == null ? 20 : paging.limit;
  const { total, hits } = await searchArticles(store, filters.q, {
    limit, offset: paging.offset,
    ...(filters.outlet != null ? { outlet: filters.outlet } : {}), ...(filters.since ? { since: filters.since } : {}), ...(filters.until ? { until: filters.until } : {}),
  });
  return { ...pageOf(c, { limit, offset: paging.offset }, total, hits), filters };
};
