import type { Command } from 'commander';
import { CLAIM_STATUSES, readClaims, type ClaimStatementView, type ClaimView } from '../../resolve/read-claims.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { showInline } from '../show-text.js';
import { DB_OPTION, exitOnClosedStdout, reportFailure, scopeExists } from './store-job.js';

const safe = showInline;

const statementLine = (st: ClaimStatementView) =>
  `      ${st.role.padEnd(11)} ${safe(st.article)}${st.outlet ? ` (${safe(st.outlet)})` : ''}: ${safe(st.source)} (${safe(st.stance)}; chain ${safe(st.chain)})  «${safe(st.content.slice(0, 120))}»`;

/** One claim for people: status, chains, story, then the statements that support and contradict it. */
export function formatClaim(c: ClaimView): string {
  const lines = [`[${c.status}, ${c.chains} chain${c.chains === 1 ? '' : 's'}] ${safe(c.summary)}`, `    story ${safe(c.story_id)}: ${safe((c.story_title ?? '').slice(0, 80))}`];
  if (c.supporting.length) lines.push('    supporting:', ...c.supporting.map(statementLine));
  if (c.contradicting.length) lines.push('    contradicting:', ...c.contradicting.map(statementLine));
  return lines.join('\n');
}

/** `attest claims [--status S] [--story ID] [--json]`. */
export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('claims across articles: what is said, its status (corroborated, single-source, contested), source chains and the statements for and against')
    .option(...DB_OPTION)
    .option('--json', 'print {"claims": [...]}')
    .option('--status <status>', `only claims with this status: ${CLAIM_STATUSES.join(', ')}`)
    .option('--story <id>', "only this story's claims (see attest stories)")
    .action(async (opts: { db?: string; json?: boolean; status?: string; story?: string }) => {
      exitOnClosedStdout();
      if (opts.status != null && !(CLAIM_STATUSES as readonly string[]).includes(opts.status)) {
        process.stderr.write(`attest: --status expects ${CLAIM_STATUSES.join(', ')}, got ${safe(JSON.stringify(opts.status))}\n`);
        process.exitCode = 2;
        return;
      }
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'read' }).catch(reportFailure);
      if (!store) return;
      try {
        if (!(await scopeExists(store, { story: opts.story }))) return;
        const claims = await readClaims(store.db, { ...(opts.status != null ? { status: opts.status } : {}), ...(opts.story != null ? { story: opts.story } : {}) });
        if (opts.json) return void process.stdout.write(JSON.stringify({ claims }) + '\n');
        for (const c of claims) process.stdout.write(formatClaim(c) + '\n');
        process.stderr.write(`${claims.length} claim${claims.length === 1 ? '' : 's'}\n`);
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
}
