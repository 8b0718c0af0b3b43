import type { Command } from 'commander';
import { createPipeline } from '../../extract/pipeline.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { checkInvariants } from '../../model/check-invariants.js';
import { toRecord } from '../../model/record.js';
import { formatSummary } from '../format-summary.js';
import { showText } from '../show-text.js';

interface AnalyzeOptions {
  json?: boolean;
  explain?: boolean;
  check?: boolean;
  published?: string;
  outlet?: string;
}

/** `attest analyze [--json] [--explain] FILE...`: the per-article record of each article. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles (.txt, .html, .json, .jsonl, directories, - for stdin) and print one record each')
    .argument('<files...>', 'files, directories or - (stdin)')
    .option('--json', 'print one JSON object per article, one per line')
    .option('--explain', 'show for every statement the rule and the spans of source, cue and content')
    .option('--check', 'verify span invariants on every record (exit 1 on a violation)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none')
    .option('--outlet <name>', 'outlet for articles that name none')
    .action((files: string[], opts: AnalyzeOptions) => {
      const pipeline = createPipeline();
      let rejected = 0;
      for (const r of readInputs(files, { published: opts.published, outlet: opts.outlet })) {
        if (!r.ok) {
          rejected++;
          process.stderr.write(`attest: ${r.error.message}\n`);
          continue;
        }
        let record;
        try {
          record = toRecord(pipeline.analyze(r.article));
        } catch (err) {
          rejected++;
          process.stderr.write(`attest: ${err instanceof Error ? err.message : String(err)}\n`);
          continue;
        }
        if (opts.check) {
          const problems = checkInvariants(record);
          for (const p of problems) process.stderr.write(`attest: ${r.article.origin.file}: ${record.id}: invariant: ${p}\n`);
          if (problems.length) rejected++;
        }
        process.stdout.write(opts.json ? JSON.stringify(record) + '\n' : showText(formatSummary(record, { explain: !!opts.explain })) + '\n');
      }
      if (rejected) process.exitCode = 1;
    });
}
