/**
 * Word lists for scanning: a set of words indexed by first and last character, so that the
 * word starting (or ending) at a position is found without slicing every length or running
 * a regex of hundreds of alternatives.
 */
/**
 * A word list as a trie, forwards and backwards: the longest word starting (or ending) at a
 * position, walked character by character without slicing.
 *
 * @example
 * new Lexicon(['主席', '副主席']).startingAt('副主席李灿', 0) // → '副主席'
 */
export class Lexicon {
  readonly words: ReadonlySet<string>;
  private readonly forward: TrieNode = { next: new Map(), end: false };
  /** Built on the first `endingAt`: most word lists are only read forwards. */
  private backward: TrieNode | undefined;
  /** Char codes that start (bit 1) or end (bit 2) a word: most positions are ruled out by one lookup. */
  private readonly edges = new Uint8Array(0x10000);
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      insert(this.forward, w, 1);
      const first = w.charCodeAt(0);
      const last = w.charCodeAt(w.length - 1);
      this.edges[first] = (this.edges[first] ?? 0) | 1;
      this.edges[last] = (this.edges[last] ?? 0) | 2;
    }
  }
  /**
   * The edge bits of the character at `at`, 0 past either end of `text`. Checked before indexing:
   * `charCodeAt` past the end is NaN, and one NaN index makes V8 treat every lookup at that spot as
   * a generic property access (a megamorphic keyed load), many times slower than a typed array's.
   */
  private edgeAt(text: string, at: number): number {
    return at >= 0 && at < text.length ? (this.edges[text.charCodeAt(at)] as number) : 0;
  }
  /** Whether a word may start with the character at `at`. */
  mayStartAt(text: string, at: number): boolean {
    return (this.edgeAt(text, at) & 1) !== 0;
  }
  /** Whether a word may end with the character before `end`. */
  mayEndAt(text: string, end: number): boolean {
    return (this.edgeAt(text, end - 1) & 2) !== 0;
  }
  /** The longest word starting at `at`. */
  startingAt(text: string, at: number): string | undefined {
    const length = this.lengthStartingAt(text, at);
    return length > 0 ? text.slice(at, at + length) : undefined;
  }
  /** The length of the longest word starting at `at` (of at most `maxLength`), 0 when none does: no string is made. */
  lengthStartingAt(text: string, at: number, maxLength = Number.POSITIVE_INFINITY): number {
    if ((this.edgeAt(text, at) & 1) === 0) return 0;
    let node: TrieNode | undefined = this.forward;
    let best = 0;
    const stop = Math.min(text.length, at + maxLength);
    for (let i = at; i < stop; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.end) best = i - at + 1;
    }
    return best;
  }
  /** Whether any word occurs in `text`: one pass instead of an `includes` per word. */
  occursIn(text: string): boolean {
    for (let at = 0; at < text.length; at++) if (this.lengthStartingAt(text, at) > 0) return true;
    return false;
  }
  /**
   * Every word in `text`, leftmost first and longest at each position, none overlapping: what a
   * regex of the words as alternatives (longest first) would match with `matchAll`, in one walk.
   *
   * @example
   * new Lexicon(['全国总工会', '中华全国总工会']).matchesIn('中华全国总工会和全国总工会')
   * // → [{ index: 0, text: '中华全国总工会' }, { index: 8, text: '全国总工会' }]
   *
   * `accept` may turn a match down (a word that is part of a longer one there); the walk then goes on from
   * the next position, as if the word had not matched.
   */
  matchesIn(text: string, accept?: (word: string, end: number) => boolean): { index: number; text: string }[] {
    const found: { index: number; text: string }[] = [];
    for (let at = 0; at < text.length; at++) {
      const length = this.lengthStartingAt(text, at);
      if (length === 0) continue;
      const word = text.slice(at, at + length);
      if (accept && !accept(word, at + length)) continue;
      found.push({ index: at, text: word });
      at += length - 1;
    }
    return found;
  }
  /** The longest word ending at `end`. */
  endingAt(text: string, end: number): string | undefined {
    const length = this.lengthEndingAt(text, end);
    return length > 0 ? text.slice(end - length, end) : undefined;
  }
  /** The length of the longest word ending at `end` (of at most `maxLength`), 0 when none does: no string is made. */
  lengthEndingAt(text: string, end: number, maxLength = Number.POSITIVE_INFINITY): number {
    if ((this.edgeAt(text, end - 1) & 2) === 0) return 0;
    if (!this.backward) {
      this.backward = { next: new Map(), end: false };
      for (const w of this.words) insert(this.backward, w, -1);
    }
    let node: TrieNode | undefined = this.backward;
    let best = 0;
    const stop = Math.max(0, end - maxLength);
    for (let i = end - 1; i >= stop; i--) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.end) best = end - i;
    }
    return best;
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  end: boolean;
}

function insert(root: TrieNode, word: string, step: 1 | -1): void {
  let node = root;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(step === 1 ? k : word.length - 1 - k);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map(), end: false };
      node.next.set(code, child);
    }
    node = child;
  }
  node.end = true;
}
