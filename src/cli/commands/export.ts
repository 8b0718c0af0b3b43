import type { Command } from 'commander';
import { EXPORT_FORMATS, EXPORT_KINDS, exportRows, formatRows, type ExportFormat, type ExportKind } from '../../resolve/export-rows.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { showInline } from '../show-text.js';
import { writeOutput } from './graph.js';
import { DB_OPTION, exitOnClosedStdout, reportFailure } from './store-job.js';

/** Checks a choice option; prints the allowed values and sets exit 2 when it is not one. */
function choice<T extends string>(name: string, value: string, allowed: readonly T[]): value is T {
  if ((allowed as readonly string[]).includes(value)) return true;
  process.stderr.write(`attest: --${name} expects ${allowed.join(', ')}, got ${showInline(JSON.stringify(value))}\n`);
  process.exitCode = 2;
  return false;
}

/** `attest export [--format jsonl|csv] [--what stories|claims|actors|labels|figures] [--out FILE]`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description("rows for other tools: one per story, claim, actor, label or disputed figure's value, as JSON Lines or CSV")
    .option(...DB_OPTION)
    .option('--format <format>', `${EXPORT_FORMATS.join(', ')} (csv: a header row; lists and maps are JSON in one cell; a cell starting =, +, - or @ gets a leading ')`, 'jsonl')
    .option('--what <kind>', EXPORT_KINDS.join(', '), 'stories')
    .option('--out <file>', 'write the rows to this file instead of stdout')
    .action(async (opts: { db?: string; format: string; what: string; out?: string }) => {
      exitOnClosedStdout();
      if (!choice<ExportFormat>('format', opts.format, EXPORT_FORMATS) || !choice<ExportKind>('what', opts.what, EXPORT_KINDS)) return;
      const [format, what] = [opts.format, opts.what];
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'read' }).catch(reportFailure);
      if (!store) return;
      try {
        const rows = await exportRows(store.db, what);
        writeOutput(formatRows(rows, what, format), opts.out, `${rows.length} ${what === 'figures' ? 'figure value' : what.replace(/ies$/, 'y').replace(/s$/, '')} row(s)`);
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
}
