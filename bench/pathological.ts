// Hostile inputs built at run time (none is committed): each must stay roughly linear through every
// stage. `scale` shrinks an input (0.25 = a quarter of the characters) so the bench can estimate
// how time grows with size and `--quick` can keep CI short.
import { generateArticle } from './generate-corpus.js';
import { FIRST_NAMES, SURNAMES } from './corpus-words.js';
import { createRng } from './prng.js';

export interface PathologicalInput {
  readonly name: string;
  readonly description: string;
  /** The article body; deterministic for a given scale. */
  build(scale: number): string;
}

const LEAD = 'LIMA, March 3 (Meridian Wire) - The regional council met on Tuesday, officials said.\n\n';
const TAIL = '\n\nThe council will meet again next month, a spokeswoman said.';
const wrap = (body: string): string => LEAD + body + TAIL;
const count = (n: number, scale: number): number => Math.max(1, Math.round(n * scale));

/** `n` repetitions of `unit(i)` joined by `sep`, built without quadratic concatenation. */
function repeat(n: number, unit: (i: number) => string, sep = ''): string {
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = unit(i);
  return parts.join(sep);
}

const WORDS = ['the', 'council', 'said', 'ministers', 'would', 'meet', 'on', 'tuesday', 'to', 'discuss', 'water', 'prices',
  'and', 'that', 'talks', 'with', 'unions', 'had', 'stalled', 'over', 'pay', 'in', 'northern', 'provinces', 'officials'];
const QUOTE_LEVELS = [['\u201C', '\u201D'], ['\u2018', '\u2019'], ['"', '"'], ["'", "'"]] as const;

export const PATHOLOGICAL: readonly PathologicalInput[] = [
  {
    name: 'big-article',
    description: '5 MB article of realistic paragraphs',
    build(scale) {
      const target = count(5_000_000, scale);
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < target; i++) {
        const text = generateArticle(10_000 + i).text;
        parts.push(text);
        size += text.length + 2;
      }
      return parts.join('\n\n').slice(0, target);
    },
  },
  {
    name: 'commas',
    description: 'a line of 100,000 commas',
    build: (scale) => wrap(','.repeat(count(100_000, scale))),
  },
  {
    name: 'nested-quotes',
    description: '5,000 levels of nested “ ‘ " \' quotes, each with a speaker',
    build(scale) {
      const n = count(5_000, scale);
      const open = repeat(n, (i) => `${QUOTE_LEVELS[i % 4]![0]}${FIRST_NAMES[i % FIRST_NAMES.length]} said `);
      const close = repeat(n, (i) => QUOTE_LEVELS[(n - 1 - i) % 4]![1]);
      return wrap(`${open}enough.${close}`);
    },
  },
  {
    name: 'digit-separators',
    description: '100,000 digits separated by commas ("1,2,3,...")',
    build: (scale) => wrap(`The list read ${repeat(count(100_000, scale), (i) => String((i + 1) % 10), ',')} in total.`),
  },
  {
    name: 'thousands-groups',
    description: 'one 100,000-digit number written with thousands separators',
    build: (scale) => wrap(`The fund holds $1${',000'.repeat(count(33_333, scale))} in reserve, the bank said.`),
  },
  {
    name: 'no-punctuation',
    description: 'a 200,000-character sentence with no punctuation',
    build(scale) {
      const rng = createRng(7);
      const target = count(200_000, scale);
      const parts: string[] = [];
      let size = 0;
      while (size < target) {
        const w = rng.pick(WORDS);
        parts.push(w);
        size += w.length + 1;
      }
      return wrap(parts.join(' '));
    },
  },
  {
    name: 'capitalised-words',
    description: '50,000 capitalised words in a row',
    build(scale) {
      const rng = createRng(11);
      return wrap(`${repeat(count(50_000, scale), () => (rng.chance(0.5) ? rng.pick(FIRST_NAMES) : rng.pick(SURNAMES)), ' ')} said on Monday.`);
    },
  },
  {
    name: 'said-run',
    description: '50,000 × "said"',
    build: (scale) => wrap(`Officials ${'said '.repeat(count(50_000, scale))}nothing.`),
  },
  {
    name: 'unbalanced-parens',
    description: '20,000 unclosed "(" then 20,000 stray ")"',
    build(scale) {
      const n = count(20_000, scale);
      return wrap(`${repeat(n, (i) => `(${WORDS[i % WORDS.length]}`, ' ')} and then ${repeat(n, (i) => `${WORDS[i % WORDS.length]})`, ' ')}.`);
    },
  },
  {
    name: 'unclosed-quotes',
    description: '10,000 opening quotes that never close, each after "X said"',
    build(scale) {
      return wrap(repeat(count(10_000, scale), (i) => `${FIRST_NAMES[i % FIRST_NAMES.length]} said \u201Cthe talks had stalled`, ' '));
    },
  },
  {
    name: 'long-token',
    description: 'one 200,000-character token',
    build: (scale) => wrap(`The code ${'x'.repeat(count(200_000, scale))} was leaked.`),
  },
  {
    name: 'symbol-run',
    description: 'a 100,000-character rule of "=" (wink is quadratic in run length)',
    build: (scale) => wrap(`Results:\n${'='.repeat(count(100_000, scale))}\nEnd of results.`),
  },
  {
    name: 'one-word-lines',
    description: '50,000 lines of one word each',
    build: (scale) => wrap(repeat(count(50_000, scale), (i) => WORDS[i % WORDS.length]!, '\n')),
  },
];
