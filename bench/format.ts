// Small formatting helpers for the bench report: aligned text tables and human-sized numbers.

/** Right-aligns every column but the first; returns the lines with a rule under the header. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, indent = '  '): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    indent + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), indent + widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** 1234567 → "1.23 M", 45300 → "45.3 k". */
export function si(n: number): string {
  if (!Number.isFinite(n)) return '-';
  if (Math.abs(n) >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (Math.abs(n) >= 1e3) return `${(n / 1e3).toFixed(1)} k`;
  return n.toFixed(n >= 100 ? 0 : 1);
}

export function fixed(n: number | null, digits = 1): string {
  return n === null || !Number.isFinite(n) ? '-' : n.toFixed(digits);
}

export function int(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-';
}
