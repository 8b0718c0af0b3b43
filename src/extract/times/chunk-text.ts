/** chrono's work grows with the square of a call's length and matches, so it is fed bounded pieces. */
export const MAX_CHUNK = 1_000;

/**
 * Non-blank pieces [start, end) of `text` for chrono: one per line (dates never cross a line break),
 * lines longer than `max` cut after a sentence end, else at a space, else hard. Linear in the text.
 * Example: chunksOf("A.\nB.") → [[0, 2], [3, 5]].
 */
export function chunksOf(text: string, max = MAX_CHUNK): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    while (lineEnd - start > max) {
      const window = text.slice(start, start + max);
      const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const space = window.lastIndexOf(' ');
      const cut = sentence > max / 2 ? sentence + 2 : space > max / 2 ? space + 1 : max;
      push(out, text, start, start + cut);
      start += cut;
    }
    push(out, text, start, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}

function push(out: Array<[number, number]>, text: string, start: number, end: number): void {
  if (end > start && /\S/.test(text.slice(start, end))) out.push([start, end]);
}
