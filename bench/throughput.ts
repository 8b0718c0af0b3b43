import type { Article } from '../src/model/article.js';

export interface Throughput {
  readonly articles: number;
  readonly chars: number;
  readonly ms: number;
  readonly articlesPerSecond: number;
  readonly charsPerSecond: number;
  /** Calls of `fn` including the warm-up, to average what `fn` counted. */
  readonly calls: number;
}

/**
 * Runs `fn` over the corpus once to warm up (JIT, lazy model loading), then in whole passes until
 * at least `minMs` have elapsed, so every engine sees the same texts the same number of times per pass.
 */
export function measureThroughput(corpus: readonly Article[], fn: (a: Article) => void, minMs: number, warmup = 50): Throughput {
  const warm = corpus.slice(0, warmup);
  for (const a of warm) fn(a);
  let articles = 0;
  let chars = 0;
  const t0 = performance.now();
  let ms = 0;
  do {
    for (const a of corpus) {
      fn(a);
      articles++;
      chars += a.text.length;
    }
    ms = performance.now() - t0;
  } while (ms < minMs);
  return { articles, chars, ms, articlesPerSecond: (articles * 1000) / ms, charsPerSecond: (chars * 1000) / ms, calls: articles + warm.length };
}
