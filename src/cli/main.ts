#!/usr/bin/env node
import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.js';

/** The `attest` command line: each command lives in commands/<name>.ts and registers itself here. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('attest')
    .description('Who says what, on whose word: source-attributed records from news articles.')
    .version('0.1.0');
  registerAnalyze(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
