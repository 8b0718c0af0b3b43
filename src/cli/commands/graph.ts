import fs from 'node:fs';
import type { Command } from 'commander';
import { buildActorGraph, GRAPH_FORMATS, serializeGraph, type GraphFormat } from '../../resolve/actor-graph.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { showInline } from '../show-text.js';
import { DB_OPTION, exitOnClosedStdout, reportFailure, scopeExists } from './store-job.js';

interface GraphOptions {
  db?: string;
  format: string;
  story?: string;
  actor?: string;
  out?: string;
}

/** Writes `text` to --out (or stdout) and says what went where on stderr. */
export function writeOutput(text: string, out: string | undefined, what: string): void {
  if (out == null) process.stdout.write(text);
  else fs.writeFileSync(out, text);
  process.stderr.write(`${what}${out == null ? '' : ` written to ${showInline(out)}`}\n`);
}

/** `attest graph [--format json|gexf|graphml] [--story ID] [--actor ID] [--out FILE]`. */
export function registerGraph(program: Command): void {
  program
    .command('graph')
    .description('the actor graph: actors as nodes, their relations in articles (supports, opposes, leads, member_of, …) as weighted edges with evidence')
    .option(...DB_OPTION)
    .option('--format <format>', `${GRAPH_FORMATS.join(', ')} (json: graphology's export(); gexf for Gephi; graphml; evidence is a JSON string in XML)`, 'json')
    .option('--story <id>', "only the story's articles: its actors and the relations between them")
    .option('--actor <id>', 'only this actor, the actors it is related to and those relations')
    .option('--out <file>', 'write the graph to this file instead of stdout')
    .action(async (opts: GraphOptions) => {
      exitOnClosedStdout();
      if (!(GRAPH_FORMATS as readonly string[]).includes(opts.format)) {
        process.stderr.write(`attest: --format expects ${GRAPH_FORMATS.join(', ')}, got ${showInline(JSON.stringify(opts.format))}\n`);
        process.exitCode = 2;
        return;
      }
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'read' }).catch(reportFailure);
      if (!store) return;
      try {
        if (!(await scopeExists(store, opts))) return;
        const graph = await buildActorGraph(store.db, { ...(opts.story != null ? { story: opts.story } : {}), ...(opts.actor != null ? { actor: opts.actor } : {}) });
        writeOutput(serializeGraph(graph, opts.format as GraphFormat), opts.out, `${graph.order} actor(s), ${graph.size} edge(s)`);
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
}
