#!/usr/bin/env node
import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerIngest } from './commands/ingest.js';
import { registerReanalyze } from './commands/reanalyze.js';
import { registerArticles } from './commands/articles.js';
import { registerArticle } from './commands/article.js';
import { registerResolve } from './commands/resolve.js';
import { registerStories } from './commands/stories.js';
import { registerActors } from './commands/actors.js';
import { registerGraph } from './commands/graph.js';
import { registerClaims } from './commands/claims.js';
import { registerTimeline } from './commands/timeline.js';
import { registerExport } from './commands/export.js';
import { registerServe } from './commands/serve.js';

/** The `attest` command line: each command lives in commands/<name>.ts and registers itself here. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('attest')
    .description('Who says what, on whose word: source-attributed records from news articles.')
    .version('0.1.0');
  registerAnalyze(program);
  registerIngest(program);
  registerReanalyze(program);
  registerArticles(program);
  registerArticle(program);
  registerResolve(program);
  registerStories(program);
  registerActors(program);
  registerClaims(program);
  registerTimeline(program);
  registerGraph(program);
  registerExport(program);
  registerServe(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
