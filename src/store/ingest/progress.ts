import type { IngestCounts } from './run-ingest.js';

/** A one-line progress display on stderr, redrawn at most every 100 ms; silent when stderr is not a TTY. */
export interface Progress {
  update(counts: Readonly<IngestCounts>): void;
  /** Writes a line to stderr (a rejected article) without garbling the progress line. */
  note(line: string): void;
  done(): void;
}

const BAR = 20;

/** Example: `⠿ [#####···············] 1,234 articles  412/s  (1,200 new, 30 unchanged, 4 replaced, 0 rejected)`. */
export function createProgress(label: string, enabled: boolean = !!process.stderr.isTTY, total: number | null = null): Progress {
  if (!enabled) return { update: () => undefined, note: (line) => void process.stderr.write(`${line}\n`), done: () => undefined };
  const started = Date.now();
  let last = 0;
  let shown = false;
  let latest: IngestCounts = { ingested: 0, unchanged: 0, replaced: 0, rejected: 0 };
  const draw = () => {
    const c = latest;
    const n = c.ingested + c.unchanged + c.replaced + c.rejected;
    const secs = Math.max(0.001, (Date.now() - started) / 1000);
    // With no known total the bar cycles, so it still shows that work goes on.
    const filled = total ? Math.round((BAR * Math.min(n, total)) / total) : n % (BAR + 1);
    const bar = total ? '#'.repeat(filled) + '·'.repeat(BAR - filled) : '·'.repeat(filled) + '#' + '·'.repeat(Math.max(0, BAR - filled - 1));
    const of = total ? `/${total.toLocaleString('en')}` : '';
    process.stderr.write(
      `\r\x1b[K${label} [${bar.slice(0, BAR)}] ${n.toLocaleString('en')}${of} articles  ${Math.round(n / secs)}/s  ` +
        `(${c.ingested} new, ${c.unchanged} unchanged, ${c.replaced} replaced, ${c.rejected} rejected)`,
    );
    shown = true;
  };
  return {
    update(counts) {
      latest = { ...counts };
      const now = Date.now();
      if (now - last >= 100) {
        last = now;
        draw();
      }
    },
    note(line) {
      process.stderr.write(`${shown ? '\r\x1b[K' : ''}${line}\n`);
      last = 0;
    },
    done() {
      if (shown) {
        draw();
        process.stderr.write('\n');
      }
    },
  };
}
