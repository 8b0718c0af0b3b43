// Deterministic fictional news articles in wire style for `npm run bench`: a dateline lead, direct and
// reported speech, anonymous and document sources, denials and no-comments, figures, dates and relations.
//   node dist/bench/generate-corpus.js [--count N] [--seed S] [--out FILE]   writes JSONL (default: stdout)
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model/article.js';
import { TOPICS, type Topic } from './corpus-topics.js';
import {
  ANON_SOURCES, CURRENCIES, DOCUMENTS, FIRST_NAMES, MONTHS, MONTH_ABBR, ORGS, OUTLETS, PERSON_TITLES, PLACES,
  QUANTITY_ITEMS, SAY_CUES, SURNAMES, VAGUE, WEEKDAYS,
} from './corpus-words.js';
import { createRng, type Rng } from './prng.js';

export const DEFAULT_SEED = 20_261_124;

interface Person {
  readonly first: string;
  readonly last: string;
  readonly title: string;
  readonly org: Org;
}
interface Org {
  readonly name: string;
  readonly acronym: string | null;
  /** "the National Renewal Front" but "Kestrel Mining Corporation". */
  readonly the: boolean;
}

/** What one article is about and who is in it; filled once, then every paragraph draws from it. */
interface Story {
  readonly rng: Rng;
  readonly topic: Topic;
  readonly people: readonly Person[];
  readonly orgs: readonly Org[];
  readonly place: readonly [string, string, string];
  readonly outlet: string;
  readonly otherOutlet: string;
  readonly published: Date;
  readonly quotes: { open: string; close: string; inOpen: string; inClose: string };
  /** Mentioned already: later mentions use the short form (surname, acronym). */
  readonly seen: Set<string>;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const withCommas = (n: number): string => n.toLocaleString('en-US');

const SMALL = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count: `large` ones run to hundreds of thousands, others mostly stay under a thousand. */
function number(rng: Rng, large = false): string {
  if (!large && rng.chance(0.2)) return rng.pick(SMALL);
  const scale = rng.pick(large ? [1000, 10_000, 100_000] : [10, 10, 100, 1000]);
  const n = rng.int(1, 9) * scale + rng.int(0, scale - 1);
  return rng.chance(0.2) && scale >= 100_000 ? `${(n / 1e6).toFixed(1)} million` : withCommas(n);
}

function percent(rng: Rng): string {
  const v = rng.chance(0.5) ? String(rng.int(2, 80)) : (rng.int(10, 799) / 10).toFixed(1);
  return rng.chance(0.7) ? `${v}%` : `${v} percent`;
}

function money(rng: Rng): string {
  const [sym, unit] = rng.pick(CURRENCIES);
  const v = rng.chance(0.5) ? String(rng.int(2, 950)) : (rng.int(11, 99) / 10).toFixed(1);
  return rng.chance(0.8) ? `${sym}${v} ${unit}` : `${v} ${unit} ${sym === '$' ? 'dollars' : sym === '€' ? 'euros' : 'pounds'}`;
}

/** The organisation as the text names it here: full name (with acronym) first, then often the acronym. */
function orgRef(s: Story, org: Org): string {
  const the = org.the ? 'the ' : '';
  if (s.seen.has(org.name) && org.acronym && s.rng.chance(0.7)) return org.acronym;
  const first = !s.seen.has(org.name);
  s.seen.add(org.name);
  return first && org.acronym ? `${the}${org.name} (${org.acronym})` : `${the}${org.name}`;
}

function personRef(s: Story, p: Person): string {
  const key = `${p.first} ${p.last}`;
  if (s.seen.has(key)) return p.last;
  s.seen.add(key);
  const org = orgRef(s, p.org);
  if (/^[A-Z]/.test(p.title)) return `${p.title} ${key}`;
  return s.rng.chance(0.5) ? `${key}, ${p.title} for ${org},` : `${org.replace(/^the /, '')} ${p.title} ${key}`;
}

/** Fills the `{slot}`s of a topic sentence. */
function fill(s: Story, template: string): string {
  const { rng } = s;
  const year = s.published.getUTCFullYear();
  return template.replace(/\{(\w+)\}/g, (_m, slot: string) => {
    switch (slot) {
      case 'n': return number(rng);
      case 'n2': return number(rng, true);
      case 'pct': return percent(rng);
      case 'money': return money(rng);
      case 'item': return rng.pick(QUANTITY_ITEMS);
      case 'org': return orgRef(s, s.orgs[0]!);
      case 'Org': return cap(orgRef(s, s.orgs[0]!));
      case 'org2': return orgRef(s, s.orgs[1]!);
      case 'place': return s.place[0];
      case 'country': return s.place[1];
      case 'demonym': return s.place[2];
      case 'day': return rng.pick(WEEKDAYS);
      case 'month': case 'month2': return rng.pick(MONTHS);
      case 'year': return String(year - rng.int(2, 15));
      case 'year2': return String(year + rng.int(0, 2));
      default: throw new Error(`generate-corpus: unknown slot {${slot}}`);
    }
  });
}

function quote(s: Story, text: string): string {
  return `${s.quotes.open}${text}${s.quotes.close}`;
}

function speaker(s: Story): Person {
  return s.rng.pick(s.people);
}

/** One of several sentence builders; only the chosen one runs, so only its names count as mentioned. */
function oneOf(s: Story, builders: ReadonlyArray<() => string>): string {
  return s.rng.pick(builders)();
}

// One builder per paragraph kind; each returns one or two sentences of wire copy.
const PARAGRAPHS: ReadonlyArray<(s: Story) => string> = [
  (s) => { // direct quote, cue after
    const q = fill(s, s.rng.pick(s.topic.quotes));
    const p = speaker(s);
    return s.rng.chance(0.5)
      ? `${quote(s, `${q},`)} ${personRef(s, p)} ${s.rng.pick(SAY_CUES)}.`
      : `${quote(s, `${q},`)} said ${personRef(s, p)}.`;
  },
  (s) => { // told <outlet>: "..."
    const q = fill(s, s.rng.pick(s.topic.quotes));
    const q2 = fill(s, s.rng.pick(s.topic.quotes));
    return `${cap(personRef(s, speaker(s)))} told ${s.outlet} on ${s.rng.pick(WEEKDAYS)}: ${quote(s, `${q}. ${q2}.`)}`;
  },
  (s) => { // reported speech
    const c = fill(s, s.rng.pick(s.topic.clauses));
    const p = speaker(s);
    return s.rng.chance(0.5)
      ? `${cap(personRef(s, p))} said on ${s.rng.pick(WEEKDAYS)} that ${c}.`
      : `${cap(c)}, ${personRef(s, p)} said.`;
  },
  (s) => { // organisation statement
    const c = fill(s, s.rng.pick(s.topic.clauses));
    return `${cap(orgRef(s, s.rng.pick(s.orgs)))} said in a statement that ${c}, and that it would ${s.rng.pick(['publish its findings', 'cooperate with investigators', 'review its options', 'respond in due course'])}.`;
  },
  (s) => { // anonymous sources
    const c = fill(s, s.rng.pick(s.topic.clauses));
    const src = s.rng.pick(ANON_SOURCES);
    return oneOf(s, [
      () => `${cap(src)}, speaking on condition of anonymity because they were not authorised to talk to the media, said ${c}.`,
      () => `According to ${src}, ${c}.`,
      () => `${cap(c)}, ${src} told ${s.outlet}.`,
    ]);
  },
  (s) => { // documents
    const c = fill(s, s.rng.pick(s.topic.clauses));
    const d = s.rng.pick(DOCUMENTS);
    return s.rng.chance(0.5) ? `${cap(d)}, seen by ${s.outlet}, said ${c}.` : `According to ${d}, ${c}.`;
  },
  (s) => { // no comment
    const org = s.rng.pick(s.orgs);
    return oneOf(s, [
      () => `A spokesman for ${orgRef(s, org)} declined to comment.`,
      () => `${cap(orgRef(s, org))} did not respond to a request for comment on ${s.rng.pick(WEEKDAYS)}.`,
      () => `${cap(personRef(s, speaker(s)))} could not be reached for comment.`,
    ]);
  },
  (s) => { // denial
    const d = fill(s, s.rng.pick(s.topic.denials));
    return s.rng.chance(0.5)
      ? `${cap(personRef(s, speaker(s)))} denied ${d}.`
      : `${cap(orgRef(s, s.rng.pick(s.orgs)))} has denied ${d}, calling the accusations ${s.quotes.inOpen}baseless${s.quotes.inClose}.`;
  },
  (s) => { // figures
    const { rng } = s;
    const item = rng.pick(QUANTITY_ITEMS);
    return oneOf(s, [
      () => `${cap(rng.pick(VAGUE))} ${number(rng, true)} ${item} were affected, ${orgRef(s, s.orgs[0]!)} said, up from ${number(rng, true)} a year earlier.`,
      () => `Between ${withCommas(rng.int(100, 900))} and ${withCommas(rng.int(1000, 5000))} ${item} took part, according to local officials.`,
      () => `The plan will cost ${money(rng)}, or ${percent(rng)} of this year's budget.`,
      () => `Prices have risen ${percent(rng)} since ${rng.pick(MONTHS)}, while wages have gained ${percent(rng)}.`,
    ]);
  },
  (s) => { // relations and appositives
    const p = speaker(s);
    const [a, b] = [s.orgs[0]!, s.orgs[1]!];
    return oneOf(s, [
      () => `${cap(personRef(s, p))}, who leads ${orgRef(s, p.org)}, has been in the post since ${s.published.getUTCFullYear() - s.rng.int(1, 9)}.`,
      () => `${cap(orgRef(s, a))}, which is based in ${s.place[0]}, is backed by ${orgRef(s, b)}.`,
      () => `${cap(personRef(s, p))} is a member of ${orgRef(s, b)}.`,
      () => `${cap(orgRef(s, a))} opposes the plan, while ${orgRef(s, b)} supports it.`,
    ]);
  },
  (s) => fill(s, s.rng.pick(s.topic.background)),
  (s) => quote(s, `${fill(s, s.rng.pick(s.topic.quotes))}.`), // a continuation with no cue
];

function dateline(s: Story): string {
  const d = s.published;
  const event = fill(s, s.rng.pick(s.topic.events));
  const who = s.rng.chance(0.5) ? `${s.rng.pick(['officials', 'police', 'residents', 'the government'])} said` : `${personRef(s, speaker(s))} said`;
  const body = `${cap(event)}, ${who} on ${WEEKDAYS[(d.getUTCDay() + 6) % 7]}.`;
  if (s.rng.chance(0.25)) return body; // not every outlet uses a wire dateline
  return `${s.place[0].toUpperCase()}, ${MONTH_ABBR[d.getUTCMonth()]} ${d.getUTCDate()} (${s.outlet}) - ${body}`;
}

/** Article `index` of the corpus drawn from `seed`: the same inputs always give the same text. */
export function generateArticle(index: number, seed = DEFAULT_SEED): Article {
  const rng = createRng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const topic = rng.pick(TOPICS);
  const candidates = ORGS.filter((o) => topic.orgKinds.includes(o[2]));
  const orgs: Org[] = [];
  while (orgs.length < 3) {
    const [name, acronym, kind] = candidates.splice(rng.int(0, candidates.length - 1), 1)[0]!;
    orgs.push({ name, acronym, the: kind !== 'company' });
  }
  const people: Person[] = [];
  for (let i = 0; i < rng.int(2, 4); i++)
    people.push({ first: rng.pick(FIRST_NAMES), last: rng.pick(SURNAMES), title: rng.pick(PERSON_TITLES), org: rng.pick(orgs) });
  const published = new Date(Date.UTC(2018, 0, 1) + rng.int(0, 7 * 365) * 86_400_000);
  const straight = rng.chance(0.3);
  const story: Story = {
    rng, topic, people, orgs, place: rng.pick(PLACES), published, seen: new Set(),
    outlet: rng.pick(OUTLETS), otherOutlet: rng.pick(OUTLETS),
    quotes: straight ? { open: '"', close: '"', inOpen: "'", inClose: "'" } : { open: '\u201C', close: '\u201D', inOpen: '\u2018', inClose: '\u2019' },
  };
  const paragraphs = [dateline(story)];
  const n = rng.int(12, 20);
  for (let i = 0; i < n; i++) {
    const sentences = [rng.pick(PARAGRAPHS)(story)];
    if (rng.chance(0.5)) sentences.push(rng.pick(PARAGRAPHS)(story));
    paragraphs.push(sentences.join(' '));
  }
  if (rng.chance(0.4)) paragraphs.push(`(Reporting by ${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}; Editing by ${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)})`);
  const id = `gen-${String(index).padStart(4, '0')}`;
  return {
    id,
    outlet: story.outlet,
    published: published.toISOString().slice(0, 10),
    title: cap(fill(story, rng.pick(story.topic.headline)).replace(/^the /, '')),
    url: null,
    text: paragraphs.join('\n\n'),
    origin: { file: `bench/generated/${id}`, line: null, format: 'text' },
  };
}

/** `count` generated articles. */
export function generateCorpus(count: number, seed = DEFAULT_SEED): Article[] {
  return Array.from({ length: count }, (_, i) => generateArticle(i, seed));
}

function main(argv: readonly string[]): void {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(opt('--count') ?? 500);
  const seed = Number(opt('--seed') ?? DEFAULT_SEED);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) throw new Error('usage: generate-corpus [--count N] [--seed S] [--out FILE]');
  const lines = generateCorpus(count, seed).map(({ origin: _o, ...a }) => JSON.stringify(a)).join('\n') + '\n';
  const out = opt('--out');
  if (out) fs.writeFileSync(out, lines);
  else process.stdout.write(lines);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
