import type { Command } from 'commander';
import { findActors, listActors, readActor, type ActorSummary, type ActorView } from '../../resolve/read-actors.js';
import { OverrideRefused, recordOverride, type ActorState, type OverrideOutcome, type OverrideRequest } from '../../resolve/record-override.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { showInline } from '../show-text.js';
import { DB_OPTION, exitOnClosedStdout, reportFailure } from './store-job.js';

const safe = showInline;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line of `attest actors`: id, type, articles, name, then each alias with the outlets that used it. */
export function formatActorLine(a: ActorSummary): string {
  const aliases = a.aliases.map((x) => `${safe(x.alias)} (${x.outlets.map(safe).join(', ') || '—'})`).join('; ');
  return `${safe(a.id)}  ${safe(a.type)}  ${String(a.article_count).padStart(3)} article(s)  ${safe(a.name)}${aliases ? `  aliases: ${aliases}` : ''}`;
}

/** One actor for people: names per outlet and article, stories, labels per outlet, relations. */
export function formatActor(a: ActorView): string {
  const lines = [`actor ${safe(a.id)}: ${safe(a.name)} (${safe(a.type)}, ${a.rule})`, `  ${plural(a.article_count, 'article')}, ${a.first_seen} – ${a.last_seen}`];
  if (a.aliases.length) lines.push('  names:');
  for (const x of a.aliases) lines.push(`    ${safe(x.outlet ?? '—')}: «${safe(x.alias)}» in ${safe(x.article)}`);
  if (a.stories.length) lines.push('  stories:');
  for (const s of a.stories) lines.push(`    ${safe(s.id)}  ${s.first_published}  ${safe((s.title ?? '').slice(0, 80))}  (${s.articles.map(safe).join(', ')})`);
  if (a.labels.length) lines.push('  labels:');
  for (const l of a.labels) lines.push(`    ${safe(l.outlet ?? '—')}: ${l.labels.map((x) => `${safe(x.label)} (${x.articles.map(safe).join(', ')})`).join('; ')}`);
  if (a.relations.length) lines.push('  relations:');
  for (const r of a.relations) {
    const other = r.other ? `${safe(r.other.name)} [${safe(r.other.id)}]` : `${safe(r.other_entity)} [no actor]`;
    const what = r.role === 'subject' ? `${r.predicate} ${other}` : `${other} ${r.predicate} it`;
    lines.push(`    ${what}  ${safe(r.article)}: «${safe(r.text.slice(0, 120))}» (${r.rule})`);
  }
  return lines.join('\n');
}

const state = (a: ActorState | null) => (a ? `${safe(a.id)} (${safe(a.name)}, ${plural(a.article_count, 'article')})` : 'none');

/** What a correction changed, in a few lines. */
export function formatOverride(o: OverrideOutcome): string {
  const { before: b, after: a, override: req } = o;
  const lines =
    req.kind === 'merge'
      ? [`merged ${state(b.other)} into ${state(b.target)}`, `  now: ${state(a.target)}${a.other ? `; ${state(a.other)} is still there` : `; ${safe(req.other)} is gone`}`]
      : [`split «${safe(req.other)}» off ${state(b.target)}`, `  now: ${state(a.target)}`];
  if (req.kind === 'split') {
    if (!a.alias_now.length) lines.push(`  «${safe(req.other)}» is now on no actor`);
    for (const h of a.alias_now) lines.push(`  «${safe(req.other)}» now on ${state(h)} in ${h.articles.map(safe).join(', ')}`);
  }
  lines.push(`  actors ${b.actors} → ${a.actors}, stories ${b.stories} → ${a.stories} (${plural(o.resolved, 'article')} resolved again)`);
  return lines.join('\n');
}

/** Parses --min-articles: a whole number ≥ 1; prints the error and returns undefined otherwise. */
function minArticles(value: string): number | undefined {
  const n = Number(value);
  if (/^\d+$/.test(value) && n >= 1) return n;
  process.stderr.write(`attest: --min-articles expects a whole number ≥ 1, got ${JSON.stringify(value)}\n`);
  process.exitCode = 2;
  return undefined;
}

/** `attest actors merge|split`: record the correction, rebuild, say what changed; exit 2 when it names nothing there. */
async function correct(req: OverrideRequest, opts: { db?: string; json?: boolean }): Promise<void> {
  exitOnClosedStdout();
  const store = await openStore(resolveDbUrl(opts.db), { mode: 'write' }).catch(reportFailure);
  if (!store) return;
  try {
    const outcome = await recordOverride(store, req);
    process.stdout.write((opts.json ? JSON.stringify(outcome) : formatOverride(outcome)) + '\n');
  } catch (err) {
    if (!(err instanceof OverrideRefused)) return reportFailure(err);
    process.stderr.write(`attest: ${safe(err.message)}\n`);
    process.exitCode = 2;
  } finally {
    await store.close();
  }
}

/** `attest actors [--type T] [--min-articles N] [--find TEXT]`, `attest actors merge|split` and `attest actor ID`. */
export function registerActors(program: Command): void {
  const actors = program
    .command('actors')
    .description('list actors (people, organisations, places linked across articles) with their names per outlet; merge and split correct them')
    .option(...DB_OPTION)
    .option('--json', 'print {"actors": [...]}')
    .option('--type <type>', 'only actors of this type (PERSON, ORG, GPE, LOC, NORP, …)')
    .option('--min-articles <n>', 'only actors named in at least this many articles', '1')
    .option('--find <text>', 'only the actor with this id, or those whose name or an alias is this text (case and accents aside)')
    .action(async (opts: { db?: string; json?: boolean; type?: string; minArticles: string; find?: string }) => {
      exitOnClosedStdout();
      const min = minArticles(opts.minArticles);
      if (min === undefined) return;
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'read' }).catch(reportFailure);
      if (!store) return;
      try {
        const filter = { minArticles: min, ...(opts.type ? { type: opts.type.toUpperCase() } : {}) };
        const list = opts.find != null ? await findActors(store.db, opts.find, filter) : await listActors(store.db, filter);
        if (opts.json) return void process.stdout.write(JSON.stringify({ actors: list }) + '\n');
        for (const a of list) process.stdout.write(formatActorLine(a) + '\n');
        process.stderr.write(`${plural(list.length, 'actor')}\n`);
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
  // The options are declared on the subcommands too (for --help), but `actors` parses them first: read them with optsWithGlobals.
  actors
    .command('merge')
    .description('correct two actors that are one: OTHER\'s names and articles go to TARGET, now and in every rebuild')
    .argument('<target>', 'the actor id to keep (see attest actors)')
    .argument('<other>', 'the actor id merged into it')
    .option(...DB_OPTION)
    .option('--json', 'print what changed as JSON')
    .action(async (target: string, other: string, _opts: unknown, cmd: Command) => correct({ kind: 'merge', target, other }, cmd.optsWithGlobals()));
  actors
    .command('split')
    .description('correct an alias that is not this actor: every entity that goes by ALIAS leaves it for an actor of its own, now and in every rebuild')
    .argument('<actor>', 'the actor id (see attest actors)')
    .argument('<alias>', 'one of its aliases (see attest actor ID)')
    .option(...DB_OPTION)
    .option('--json', 'print what changed as JSON')
    .action(async (actor: string, alias: string, _opts: unknown, cmd: Command) => correct({ kind: 'split', target: actor, other: alias }, cmd.optsWithGlobals()));

  program
    .command('actor')
    .description('one actor in full: its names per outlet and article, stories, labels per outlet, relations')
    .argument('<id>', 'actor id (see attest actors)')
    .option(...DB_OPTION)
    .option('--json', 'print the actor as JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      exitOnClosedStdout();
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'read' }).catch(reportFailure);
      if (!store) return;
      try {
        const a = await readActor(store.db, id);
        if (!a) {
          const named = await findActors(store.db, id);
          const hint = named.length ? `; by that name: ${named.slice(0, 5).map((x) => `${safe(x.id)} (${safe(x.name)})`).join(', ')}` : ' (see attest actors)';
          process.stderr.write(`attest: no actor ${safe(JSON.stringify(id))}${hint}\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write((opts.json ? JSON.stringify(a) : formatActor(a)) + '\n');
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
}
