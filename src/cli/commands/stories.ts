import type { Command } from 'commander';
import { readStories, type StoryView } from '../../resolve/read-stories.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { showInline } from '../show-text.js';
import { DB_OPTION, exitOnClosedStdout, reportFailure } from './store-job.js';

/** A story for people: its articles with roles and why, claims with their status and sources, figures, labels. */
export function formatStory(s: StoryView): string {
  const safe = showInline;
  const lines = [`story ${safe(s.id)}: ${safe(s.title ?? '')}`, `  ${s.first_published} – ${s.last_published}, origin: ${safe(s.origin ?? '—')} (${s.origin_rule})`, '  articles:'];
  for (const a of s.articles) {
    const ev = s.role_evidence[a];
    lines.push(`    ${safe(a)}  ${s.roles[a]}  (${ev?.rule ?? ''})${ev?.text ? `  «${safe(ev.text.slice(0, 120))}»` : ''}`);
  }
  if (s.claims.length) lines.push('  claims:');
  for (const c of s.claims) {
    lines.push(`    [${c.status}, ${c.chains} chain${c.chains === 1 ? '' : 's'}] ${safe(c.text)}`);
    for (const st of c.statements) lines.push(`      ${st.role.padEnd(11)} ${safe(st.article)}: ${safe(st.source)} (${st.stance}; chain ${safe(st.chain)})`);
  }
  if (s.figures.length) lines.push('  figures that disagree:');
  for (const f of s.figures) lines.push(`    ${safe(f.item)}: ${f.values.map((v) => `«${safe(v.text)}» (${safe(v.article)}${v.source ? `, ${safe(v.source)}` : ''})`).join(' vs ')}`);
  if (s.labels.length) lines.push('  labels:');
  for (const l of s.labels) lines.push(`    ${safe(l.actor)} — ${safe(l.outlet ?? '—')}: ${l.labels.map((x) => safe(x)).join('; ')}`);
  return lines.join('\n');
}

/** `attest stories [--json] [--min-articles N]` and `attest story ID [--json]`. */
export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('list stories: articles that report the same events, with origin, roles, claims, figures and labels')
    .option(...DB_OPTION)
    .option('--json', 'print {"stories": [...]}, the shape score.mjs --stories reads')
    .option('--min-articles <n>', 'only stories with at least this many articles', '1')
    .action(async (opts: { db?: string; json?: boolean; minArticles: string }) => {
      exitOnClosedStdout();
      const min = Number(opts.minArticles);
      if (!Number.isInteger(min) || min < 1) {
        process.stderr.write(`attest: --min-articles expects a whole number ≥ 1, got ${JSON.stringify(opts.minArticles)}\n`);
        process.exitCode = 2;
        return;
      }
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'read' }).catch(reportFailure);
      if (!store) return;
      try {
        const stories = await readStories(store.db, { minArticles: min });
        if (opts.json) return void process.stdout.write(JSON.stringify({ stories }) + '\n');
        for (const s of stories)
          process.stdout.write(`${showInline(s.id)}  ${s.first_published}  ${String(s.articles.length).padStart(3)} article(s)  origin: ${showInline(s.origin ?? '—')}  ${s.claims.length} claim(s)  ${showInline((s.title ?? '').slice(0, 80))}\n`);
        process.stderr.write(`${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}\n`);
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
  program
    .command('story')
    .description('one story in full: articles with roles and evidence, claims and their sources, disagreeing figures, labels')
    .argument('<id>', 'story id (see attest stories)')
    .option(...DB_OPTION)
    .option('--json', 'print the story as JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      exitOnClosedStdout();
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'read' }).catch(reportFailure);
      if (!store) return;
      try {
        const [s] = await readStories(store.db, { ids: [id] });
        if (!s) {
          process.stderr.write(`attest: no story ${JSON.stringify(id)} (see attest stories)\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write((opts.json ? JSON.stringify(s) : formatStory(s)) + '\n');
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
}
