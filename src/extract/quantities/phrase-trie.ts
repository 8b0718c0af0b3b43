/**
 * Multi-word phrases over token texts, matched longest-first from a token forwards or backwards.
 * Keys are whole token texts (folded to lower case, or as written for `cased` entries), so a match
 * always starts and ends on token boundaries. Example: "more than" matches tokens ["More", "than"].
 */
export interface PhraseMatch<T> {
  /** Token index just past the match (forwards) or of its first token (backwards). */
  readonly edge: number;
  readonly values: readonly T[];
}

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  values: T[];
}

const newNode = <T>(): Node<T> => ({ next: new Map(), values: [] });

export class PhraseTrie<T> {
  private readonly forward = newNode<T>();
  private readonly backward = newNode<T>();
  private longest = 0;

  /** Adds a phrase given as its tokens; `cased` entries only match text written the same way. */
  add(words: readonly string[], value: T, cased: boolean): void {
    if (!words.length) return;
    const keys = words.map((w) => (cased ? `=${w}` : w.toLowerCase()));
    this.longest = Math.max(this.longest, keys.length);
    insert(this.forward, keys, value);
    insert(this.backward, [...keys].reverse(), value);
  }

  /** Longest phrase starting at token `from` (tokens before `limit`). */
  matchForward(words: readonly string[], from: number, limit: number): PhraseMatch<T> | null {
    let node = this.forward;
    let best: PhraseMatch<T> | null = null;
    for (let i = from; i < limit && i - from < this.longest; i++) {
      const child = step(node, words[i]!);
      if (!child) break;
      node = child;
      if (node.values.length) best = { edge: i + 1, values: node.values };
    }
    return best;
  }

  /** Longest phrase ending just before token `before` (tokens at or after `floor`). */
  matchBackward(words: readonly string[], before: number, floor: number): PhraseMatch<T> | null {
    let node = this.backward;
    let best: PhraseMatch<T> | null = null;
    for (let i = before - 1; i >= floor && before - i <= this.longest; i--) {
      const child = step(node, words[i]!);
      if (!child) break;
      node = child;
      if (node.values.length) best = { edge: i, values: node.values };
    }
    return best;
  }
}

function insert<T>(root: Node<T>, keys: readonly string[], value: T): void {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = newNode<T>()));
    node = child;
  }
  node.values.push(value);
}

/** Follows one token: a folded key and a cased key may both lead on; the cased path wins only when the folded one is absent. */
function step<T>(node: Node<T>, word: string): Node<T> | undefined {
  return node.next.get(word.toLowerCase()) ?? node.next.get(`=${word}`);
}
