import type { Command } from 'commander';
import { readInputs } from '../../ingest/read-inputs.js';
import { itemsFromReads } from '../../store/ingest/run-ingest.js';
import { showText } from '../show-text.js';
import { DB_OPTION, exitOnClosedStdout, runStoreJob, type StoreJobOptions } from './store-job.js';

interface IngestOptions extends StoreJobOptions {
  published?: string;
  outlet?: string;
}

/** The files a directory held in other formats, named (a few) so a stray file is not silently ignored. */
function skippedNote(dir: string, files: string[]): string {
  const names = files.slice(0, 5).map((f) => showText(f)).join(', ');
  return `attest: ${showText(dir)}: skipped ${files.length} file(s) of other formats: ${names}${files.length > 5 ? ', …' : ''}\n`;
}

/** `attest ingest [--db URL] [--workers N] [--on-conflict keep|replace|fail] PATH...`: analyse articles and store their records. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles (.txt, .html, .json, .jsonl, directories, - for stdin) and store them')
    .argument('<paths...>', 'files, directories or - (stdin)')
    .option(...DB_OPTION)
    .option('--workers <n>', 'analysis threads (default: one per core, and at most that; 0 = in the main thread)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none')
    .option('--outlet <name>', 'outlet for articles that name none')
    .option('--on-conflict <policy>', 'an article stored with another text: keep the stored one (default), replace it (the old is kept as a prior version), or fail', 'keep')
    .option('--json', 'print one JSON line per article (outcome, file:line, id, outlet, stored_as, message) and a summary line')
    .option('--verbose', 'print "<outcome> <id>" on stdout for each article once it is committed')
    .option('--no-resolve', 'store only; leave actors and stories to `attest resolve`')
    .action(async (paths: string[], opts: IngestOptions) => {
      exitOnClosedStdout();
      await runStoreJob('ingest', opts, {
        mode: 'create',
        items: () => itemsFromReads(readInputs(paths, { published: opts.published, outlet: opts.outlet }, (dir, files) => process.stderr.write(skippedNote(dir, files)))),
        summary: (c) =>
          `ingested ${c.ingested}, unchanged ${c.unchanged}, reanalyzed ${c.reanalyzed}, replaced ${c.replaced}, kept ${c.kept}, rejected ${c.rejected}`,
      });
    });
}
