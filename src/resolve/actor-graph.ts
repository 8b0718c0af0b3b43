import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import type { Kysely } from 'kysely';
import { PREDICATES } from '../model/relation.js';
import type { Database } from '../store/schema.js';

/** A node: one actor. */
export interface ActorNode {
  [key: string]: unknown;
  name: string;
  type: string;
  article_count: number;
}
/** One relation row an edge rests on (article id as the input gave it; offsets into that article's text). */
export interface EdgeEvidence {
  article: string;
  text: string;
  start: number;
  end: number;
  rule: string;
}
/** An edge: every per-article relation with this subject actor, predicate and object actor. */
export interface RelationEdge {
  [key: string]: unknown;
  predicate: string;
  /** How many relations (mentions in articles) say it. */
  weight: number;
  evidence: EdgeEvidence[];
}
export type ActorGraph = MultiDirectedGraph<ActorNode, RelationEdge>;

export const GRAPH_FORMATS = ['json', 'gexf', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** What the graph covers: a story's articles, an actor and the actors it is related to, or both (none: the whole store). */
export interface GraphScope {
  story?: string;
  actor?: string;
}

/** The id of the edge for (subject, predicate, object): actor ids are slugs, so a space cannot be in one. */
export const edgeKey = (subject: string, predicate: string, object: string) => `${subject} ${predicate} ${object}`;

/**
 * The actor graph (DESIGN.md 3): nodes are actors, edges the per-article relations (PREDICATES) whose two
 * ends are linked to actors, one directed edge per (subject, predicate, object) with its weight and
 * evidence. Nodes: every actor in scope (named in an article of the story; the whole store), so actors
 * without relations are there too; with --actor, the actor and those at the other end of its edges.
 */
export async function buildActorGraph(db: Kysely<Database>, scope: GraphScope = {}): Promise<ActorGraph> {
  const graph: ActorGraph = new MultiDirectedGraph<ActorNode, RelationEdge>();
  let q = db.selectFrom('relations as r')
    .innerJoin('article_actors as s', (j) => j.onRef('s.article_id', '=', 'r.article_id').onRef('s.entity_id', '=', 'r.subject'))
    .innerJoin('article_actors as o', (j) => j.onRef('o.article_id', '=', 'r.article_id').onRef('o.entity_id', '=', 'r.object'))
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .select(['s.actor_id as subject', 'r.predicate', 'o.actor_id as object', 'a.input_id', 'r.text', 'r.start', 'r.end', 'r.rule'])
    .where('r.predicate', 'in', [...PREDICATES])
    .orderBy('a.published').orderBy('r.article_id').orderBy('r.seq');
  if (scope.story) q = q.where('r.article_id', 'in', db.selectFrom('story_articles').select('article_id').where('story_id', '=', scope.story));
  if (scope.actor) {
    const actor = scope.actor;
    q = q.where((eb) => eb.or([eb('s.actor_id', '=', actor), eb('o.actor_id', '=', actor)]));
  }
  const relations = await q.execute();

  const ids = new Set<string>(scope.actor ? [scope.actor] : []);
  for (const r of relations) ids.add(r.subject).add(r.object);
  let nq = db.selectFrom('actors').select(['id', 'name', 'type', 'article_count']).orderBy('article_count', 'desc').orderBy('name').orderBy('id');
  if (scope.actor) nq = nq.where('id', 'in', [...ids]);
  else if (scope.story)
    nq = nq.where('id', 'in', db.selectFrom('article_actors').select('actor_id')
      .where('article_id', 'in', db.selectFrom('story_articles').select('article_id').where('story_id', '=', scope.story)));
  else nq = nq.where('article_count', '>', 0);
  for (const a of await nq.execute()) graph.addNode(a.id, { name: a.name, type: a.type, article_count: a.article_count });

  for (const r of relations) {
    if (!graph.hasNode(r.subject) || !graph.hasNode(r.object)) continue;
    const key = edgeKey(r.subject, r.predicate, r.object);
    const evidence = { article: r.input_id, text: r.text, start: r.start, end: r.end, rule: r.rule };
    if (graph.hasEdge(key)) graph.updateEdgeAttributes(key, (e) => ({ ...e, weight: e.weight + 1, evidence: [...e.evidence, evidence] }));
    else graph.addDirectedEdgeWithKey(key, r.subject, r.object, { predicate: r.predicate, weight: 1, evidence: [evidence] });
  }
  return graph;
}

// XML 1.0 has no way to write these, even as references: each is written as a visible \u escape.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** `s` with the characters XML cannot hold escaped as \uXXXX (article text is untrusted). */
export const xmlText = (s: string) => s.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const escapeXml = (s: string) =>
  xmlText(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Evidence as one string attribute, for formats whose attributes are scalars (GEXF, GraphML). */
const evidenceText = (e: RelationEdge) => xmlText(JSON.stringify(e.evidence));

/** GEXF 1.3 through graphology-gexf: label = actor name / predicate, edge weight, evidence as a JSON string. */
export function toGexf(graph: ActorGraph): string {
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({ label: xmlText(a.name), attributes: { name: xmlText(a.name), type: xmlText(a.type), article_count: a.article_count } }),
    formatEdge: (_key, e) => ({ label: e.predicate, weight: e.weight, attributes: { predicate: e.predicate, evidence: evidenceText(e) } }),
  });
}

const NODE_KEYS = [['label', 'string'], ['name', 'string'], ['type', 'string'], ['article_count', 'int']] as const;
const EDGE_KEYS = [['predicate', 'string'], ['weight', 'double'], ['evidence', 'string']] as const;

/** GraphML (graphology-graphml reads it but writes none): the same attributes as GEXF, declared as keys. */
export function toGraphml(graph: ActorGraph): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  for (const [name, type] of NODE_KEYS) out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="actors" edgedefault="directed">');
  const data = (prefix: string, key: string, value: string | number) => `<data key="${prefix}_${key}">${escapeXml(String(value))}</data>`;
  graph.forEachNode((id, a) => {
    const values = { label: a.name, name: a.name, type: a.type, article_count: a.article_count };
    out.push(`    <node id="${escapeXml(id)}">${NODE_KEYS.map(([k]) => data('n', k, values[k])).join('')}</node>`);
  });
  graph.forEachEdge((key, e, source, target) => {
    const values = { predicate: e.predicate, weight: e.weight, evidence: JSON.stringify(e.evidence) };
    out.push(`    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${EDGE_KEYS.map(([k]) => data('e', k, values[k])).join('')}</edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

/** The graph in one of GRAPH_FORMATS; json is graphology's export() (options, attributes, nodes, edges). */
export function serializeGraph(graph: ActorGraph, format: GraphFormat): string {
  if (format === 'gexf') return toGexf(graph);
  if (format === 'graphml') return toGraphml(graph);
  return JSON.stringify(graph.export()) + '\n';
}
