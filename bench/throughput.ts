import type { Article } from '../src/model/article.js';

export interface Throughput {
  readonly articles: number;
  readonly chars: number;
  readonly ms: number;
  readonly articlesPerSecond: number;
  readonly charsPerSecond: number;
  /** Calls of `fn` including the warm-up, to average what `fn` counted. */
  readonly calls: number;
  /** Articles per second of this process's CPU time (user + system): steadier than wall time on a busy machine. */
  readonly articlesPerCpuSecond: number;
}

/** CPU milliseconds (user + system) this process has used. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
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
  const c0 = cpuMs();
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
  const cpu = cpuMs() - c0;
  return { articles, chars, ms, articlesPerSecond: (articles * 1000) / ms, charsPerSecond: (chars * 1000) / ms, calls: articles + warm.length,
    articlesPerCpuSecond: (articles * 1000) / cpu };
}

/**
 * Several engines over the same corpus, interleaved per article (each text goes through every engine in
 * turn), whole passes until each engine has run at least `minMs`: load from other processes on the
 * machine falls on all engines alike, so their ratio holds even when the absolute figures drift.
 */
export function measureInterleaved(corpus: readonly Article[], fns: ReadonlyArray<(a: Article) => void>, minMs: number, warmup = 50): Throughput[] {
  const warm = corpus.slice(0, warmup);
  for (const a of warm) for (const fn of fns) fn(a);
  const ms = fns.map(() => 0);
  const cpu = fns.map(() => 0);
  let articles = 0;
  let chars = 0;
  do {
    for (const a of corpus) {
      for (let k = 0; k < fns.length; k++) {
        const c = cpuMs();
        const t = performance.now();
        fns[k]!(a);
        ms[k]! += performance.now() - t;
        cpu[k]! += cpuMs() - c;
      }
      articles++;
      chars += a.text.length;
    }
  } while (Math.min(...ms) < minMs);
  return ms.map((m, k) => ({ articles, chars, ms: m, articlesPerSecond: (articles * 1000) / m, charsPerSecond: (chars * 1000) / m, calls: articles + warm.length,
    articlesPerCpuSecond: (articles * 1000) / cpu[k]! }));
}
