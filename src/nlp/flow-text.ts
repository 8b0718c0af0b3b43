/**
 * Hard-wrapped copy (wire text cut at ~70 columns) breaks lines inside sentences; a line break there is
 * layout, not a paragraph. `flowText` gives the text with such soft breaks turned into spaces, the same
 * length so every offset still points into the article: what decides where paragraphs, quotes and
 * clauses end. Output always slices the untouched text.
 *
 * A block between blank lines is hard-wrapped when its longest line is 50–100 characters (a wrap width)
 * and it has two lines or more; of two lines, a first that ends a sentence is taken for a paragraph of its own. Inside it a break stays a paragraph break when the line before is short
 * of the width (under 60% of it: a paragraph's last line), or the line after is indented.
 * Example: "Talks went on late into\nthe night, he said." → "Talks went on late into the night, he said."
 */
export const MIN_WRAP = 50;
export const MAX_WRAP = 100;
const SHORT_LINE = 0.6;

export function flowText(text: string): string {
  if (!text.includes('\n')) return text;
  const out = text.split('');
  // Blocks end at blank lines; the loop is linear in the text.
  const blank = /\n[ \t\r]*\n/g;
  let blockStart = 0;
  const blocks: Array<[number, number]> = [];
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    blocks.push([blockStart, m.index]);
    blockStart = m.index + m[0].length;
  }
  blocks.push([blockStart, text.length]);
  for (const [start, end] of blocks) {
    const lines: Array<[number, number]> = [];
    for (let at = start; at <= end; ) {
      const nl = text.indexOf('\n', at);
      const lineEnd = nl < 0 || nl > end ? end : nl;
      lines.push([at, lineEnd]);
      at = lineEnd + 1;
    }
    if (lines.length < 2) continue;
    if (lines.length === 2 && /[.!?]["”’)]*\s*$/.test(text.slice(lines[0]![0], lines[0]![1]))) continue;
    const width = (l: [number, number]) => text.slice(l[0], l[1]).trimEnd().length;
    const wrap = Math.max(...lines.map(width));
    if (wrap < MIN_WRAP || wrap > MAX_WRAP) continue;
    for (let i = 0; i + 1 < lines.length; i++) {
      const next = lines[i + 1]!;
      const indented = /^[ \t]/.test(text.slice(next[0], next[0] + 1));
      if (width(lines[i]!) < SHORT_LINE * wrap || indented || next[0] === next[1]) continue;
      out[lines[i]![1]] = ' ';
      if (text[lines[i]![1] - 1] === '\r') out[lines[i]![1] - 1] = ' ';
    }
  }
  return out.join('');
}
