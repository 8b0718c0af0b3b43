/**
 * Normalises a publication date to YYYY-MM-DD, or returns null when it is not a real date. A time part,
 * when present, must be a real time too ("2024-01-01T25:99:00Z" is no date).
 */
export function normalizePublished(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?\s*$/i.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (m[4] != null && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 60)) return null;
  if (m[7] != null && (Number(m[7]) > 14 || Number(m[8]) > 59)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
