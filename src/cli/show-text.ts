// Stored strings (ids, outlets, titles, text) are untrusted: on a terminal, control characters could move
// the cursor or rewrite the screen, and bidirectional controls reorder what is shown (an id that reads as
// another). Each is shown as a visible \u escape instead.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/** `s` with control, bidi and invisible format characters escaped (`\u202e`); newline and tab kept. */
export function showText(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** As showText, and newlines and tabs too: for one cell or one line. */
export function showInline(s: string): string {
  return showText(s).replace(/[\n\t]/g, (c) => (c === '\n' ? '\\n' : '\\t'));
}
