import { Lexicon } from '../vocab/lexicon.ts';

/**
 * Where a position sits inside quotation marks, book-title marks or brackets: text
 * inside “…” or 《…》 names something (a campaign, a document) rather than stating facts.
 */
export interface Enclosure {
  quote: boolean;
  book: boolean;
  paren: boolean;
}

/**
 * What encloses position `pos` of `text` (scanning from the start of `text`).
 *
 * @example
 * enclosureAt('打造“12635”产业体系', 4).quote // → true
 */
export function enclosureAt(text: string, pos: number): Enclosure {
  let quote = 0;
  let book = 0;
  let paren = 0;
  // 市第二届“工匠杯职工技能竞赛…, 《工会法、…《安全生产法》: a mark no closing one follows encloses nothing (a typo).
  // Where the last closing marks stand is looked up only once an opening one is met: most text has none.
  let quoteClose: number | undefined;
  let bookClose: number | undefined;
  for (let i = 0; i < pos && i < text.length; i++) {
    const ch = text[i];
    // (Quotations and book titles do not nest in these marks, 《…〈…〉…》: a second opening one closes the first.)
    if (ch === '“' || ch === '「') {
      quoteClose ??= Math.max(text.lastIndexOf('”'), text.lastIndexOf('」'));
      quote = i < quoteClose ? 1 : 0;
    } else if (ch === '”' || ch === '」') quote = 0;
    else if (ch === '《') {
      bookClose ??= text.lastIndexOf('》');
      book = i < bookClose ? 1 : 0;
    } else if (ch === '》') book = 0;
    else if (ch === '(') paren++;
    else if (ch === ')') paren = Math.max(0, paren - 1);
  }
  return { quote: quote > 0, book: book > 0, paren: paren > 0 };
}

/** Removes quotation marks (display forms keep them; names and subjects do not). */
export function stripQuotes(text: string): string {
  return text.replace(/[“”‘’"「」『』]/g, '');
}

/**
 * Removes one pair of quotation marks that encloses the whole text (a title written as a quote), and no
 * quotation inside it.
 *
 * @example
 * unquote('「甲辰年新春聯歡晚會」') // → '甲辰年新春聯歡晚會'
 * unquote('“安康杯”知识竞赛') // → '“安康杯”知识竞赛'
 */
export function unquote(text: string): string {
  const close = ENCLOSING_QUOTES[text[0] ?? ''];
  if (!close || !text.endsWith(close) || text.length < 3) return text;
  const inner = text.slice(1, -1);
  return inner.includes(text[0] as string) || inner.includes(close) ? text : inner;
}
const ENCLOSING_QUOTES: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』' };

/**
 * Whether any of `words` ends exactly at `end` in `text`; returns the longest.
 *
 * @example
 * wordEndingAt('举办培训班', 2, ['举办', '办']) // → '举办'
 */
export function wordEndingAt(text: string, end: number, words: ReadonlySet<string>, maxLength = 4): string | undefined {
  // Walked through the list's trie: no substring is cut for lengths that name no word (nor past the text).
  const length = lexiconOf(words).lengthEndingAt(text, end, maxLength);
  return length > 0 ? text.slice(end - length, end) : undefined;
}

/**
 * Whether any of `words` starts exactly at `start` in `text`; returns the longest.
 *
 * @example
 * wordStartingAt('参加会议', 0, ['参加']) // → '参加'
 */
export function wordStartingAt(
  text: string,
  start: number,
  words: ReadonlySet<string>,
  maxLength = 4,
): string | undefined {
  const length = lexiconOf(words).lengthStartingAt(text, start, maxLength);
  return length > 0 ? text.slice(start, start + length) : undefined;
}

/** Per word list (the lists are module constants), its trie, built on first use. */
const LEXICONS = new WeakMap<ReadonlySet<string>, Lexicon>();

function lexiconOf(words: ReadonlySet<string>): Lexicon {
  let lexicon = LEXICONS.get(words);
  if (!lexicon) {
    lexicon = new Lexicon(words);
    LEXICONS.set(words, lexicon);
  }
  return lexicon;
}
