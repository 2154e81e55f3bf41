import type { Block } from './normalize.ts';

/**
 * Sentence splitting. A sentence ends at 。！？ (and the quotes or brackets closing right
 * after); a ； inside a quotation does not end it. Each sentence keeps its block and its
 * span, so mentions can point back into the source text.
 */
export interface Sentence {
  /** As written. */
  text: string;
  /** Folded for matching, same length as `text`. */
  norm: string;
  block: Block;
  /** Span inside the block's text. */
  from: number;
  to: number;
  /** Source offsets. */
  start: number;
  end: number;
  /** Index of the sentence within its article, in reading order. */
  index: number;
  /** The article's first paragraph (where the news itself is told). */
  lead: boolean;
  /** A headline line rather than body text. */
  heading: boolean;
  /** A photo caption or credit (names and bodies count, events and figures do not). */
  caption: boolean;
}

/** Sentence ends (1) and what may trail them (2), by char code: the split tests every character. */
const BREAKS = new Uint8Array(0x10000);
for (const ch of '。！？!?') BREAKS[ch.charCodeAt(0)] = 1;
for (const ch of '”’")）」』') BREAKS[ch.charCodeAt(0)] = 2;
const OPEN_QUOTE = '“'.charCodeAt(0);
const CLOSE_QUOTE = '”'.charCodeAt(0);

function trimSpan(norm: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(norm[a] as string)) a++;
  while (b > a && /\s/.test(norm[b - 1] as string)) b--;
  return [a, b];
}

/**
 * Splits a block (from `from` on) into sentences.
 *
 * @example
 * splitSentences(block).map((s) => s.text) // '甲召开会议。乙出席。' → ['甲召开会议。', '乙出席。']
 */
export function splitSentences(
  block: Block,
  from = 0,
  flags: { lead?: boolean; heading?: boolean; caption?: boolean } = {},
): Sentence[] {
  const out: Sentence[] = [];
  const norm = block.norm;
  let begin = from;
  let quote = 0;
  const push = (to: number): void => {
    const [a, b] = trimSpan(norm, begin, to);
    if (b > a) {
      out.push({
        text: block.text.slice(a, b),
        norm: norm.slice(a, b),
        block,
        from: a,
        to: b,
        start: block.offsets[a] ?? 0,
        end: block.offsets[b] ?? block.offsets[block.text.length] ?? 0,
        index: 0,
        lead: flags.lead ?? false,
        heading: flags.heading ?? false,
        caption: flags.caption ?? false,
      });
    }
    begin = to;
  };
  for (let i = from; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (code === OPEN_QUOTE) quote++;
    else if (code === CLOSE_QUOTE) quote = Math.max(0, quote - 1);
    if (BREAKS[code] !== 1) continue;
    let j = i + 1;
    while (j < norm.length && BREAKS[norm.charCodeAt(j)] !== 0) {
      if (norm.charCodeAt(j) === CLOSE_QUOTE) quote = Math.max(0, quote - 1);
      j++;
    }
    // Inside a quotation only a full stop right before the closing quote ends the sentence (one that never
    // closes in the block is a typo, and encloses no sentences).
    if (quote > 0 && j < norm.length && i - begin < 200 && norm.indexOf('”', j) >= 0) continue;
    push(j);
    i = j - 1;
    quote = 0;
  }
  push(norm.length);
  return out;
}
