import type { IngestCounts } from './run-ingest.js';

/** A one-line progress display, redrawn at most every 100 ms; silent when its stream is not a TTY. */
export interface Progress {
  update(counts: Readonly<IngestCounts>): void;
  /** Writes a line (a rejected article) without garbling the progress line. */
  note(line: string): void;
  done(): void;
}

export interface ProgressOptions {
  /** Default process.stderr. */
  readonly stream?: { write(s: string): unknown; isTTY?: boolean };
  /** Default: whether the stream is a TTY. */
  readonly enabled?: boolean;
  /** Known total, for a filling bar; null cycles the bar. */
  readonly total?: number | null;
}

const BAR = 20;

/** Example line: `ingest [#####···············] 1,234 articles  412/s  (1200 new, 30 unchanged, 4 replaced, 0 rejected)`. */
export function createProgress(label: string, opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  const total = opts.total ?? null;
  if (!(opts.enabled ?? !!stream.isTTY)) return { update: () => undefined, note: (line) => void stream.write(`${line}\n`), done: () => undefined };
  const started = Date.now();
  let last = 0;
  let shown = false;
  let latest: IngestCounts = { ingested: 0, unchanged: 0, reanalyzed: 0, replaced: 0, kept: 0, rejected: 0 };
  const draw = () => {
    const c = latest;
    const n = c.ingested + c.unchanged + c.reanalyzed + c.replaced + c.kept + c.rejected;
    const secs = Math.max(0.001, (Date.now() - started) / 1000);
    // With no known total the marker cycles along the bar, so it still shows that work goes on.
    const bar = total
      ? '#'.repeat(Math.round((BAR * Math.min(n, total)) / total)).padEnd(BAR, '·')
      : '·'.repeat(n % BAR) + '#' + '·'.repeat(BAR - 1 - (n % BAR));
    const of = total ? `/${total.toLocaleString('en')}` : '';
    stream.write(
      `\r\x1b[K${label} [${bar}] ${n.toLocaleString('en')}${of} articles  ${Math.round(n / secs)}/s  ` +
        `(${c.ingested} new, ${c.unchanged} unchanged, ${c.replaced + c.reanalyzed} replaced, ${c.kept} kept, ${c.rejected} rejected)`,
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
      stream.write(`${shown ? '\r\x1b[K' : ''}${line}\n`);
      last = 0;
    },
    done() {
      if (!shown) return;
      draw();
      stream.write('\n');
    },
  };
}
