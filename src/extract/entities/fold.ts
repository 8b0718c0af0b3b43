/**
 * Lookup key of a surface form: diacritics and case folded, periods and apostrophes dropped, other
 * punctuation as spaces. Example: foldKey("Côte d'Ivoire") → "cote divoire"; foldKey("U.S.") → "us".
 */
const PLAIN = /^[a-z0-9 ]*$/;

export function foldKey(s: string): string {
  const lower = s.toLowerCase();
  if (PLAIN.test(lower)) return lower.trim();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’‘`]/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/** Stable id of a canonical name. Example: slugOf("Khalifa Haftar") → "khalifa_haftar". */
export function slugOf(name: string): string {
  return (
    foldKey(name)
      .replace(/&/g, 'and')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'entity'
  );
}
