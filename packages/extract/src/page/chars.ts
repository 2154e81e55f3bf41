/**
 * Character classes shared by the text passes. Page text mixes full-width and
 * half-width punctuation, so every set lists both.
 */

/** Ends a sentence. */
export const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);

/** Closing marks that may trail a sentence end (。” or 。）). */
export const CLOSERS = new Set(['”', '’', '"', '）', ')', '》', '」', '』']);

/** Punctuation that never ends a line of running text, so a line ending with it continues. */
export const CONTINUING = new Set(['，', ',', '、', '：', ':', '“', '‘', '（', '(', '《', '—', '·', '-', '「', '『']);

/** Marks that open a caption, a brief or a listed line (■会议现场, △集团副总裁…). */
export const LINE_MARKS = '■▲●◆★△□☆◇○';

/** Any punctuation or space: a boundary for names and phrases. */
const BOUNDARY_CHARS = '，,。.、；;：:！!？?“”‘’"\'（）()《》〈〉「」『』【】[]—…·・ \t\u3000\n■▲●◆★|/';
export const BOUNDARY = new Set(BOUNDARY_CHARS);

/**
 * True for a CJK unified ideograph (basic block and extension A).
 *
 * @example
 * isHan('工') // → true
 * isHan('A') // → false
 */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * Tests of a whole text's script, by Unicode's Han script (which `isHan`'s two blocks do not cover:
 * extension B and on, compatibility ideographs). Shared constants, not literals inside the finders:
 * the bundler writes a `\p{…}` literal as `new RegExp(…)`, which would build a regex on every call.
 *
 * @example
 * isAllHan('达瓦次仁') // → true
 * hasHan('2024年') // → true
 * startsWithHan('年底') // → true
 */
export const isAllHan = (text: string): boolean => ALL_HAN.test(text);
export const hasHan = (text: string): boolean => ANY_HAN.test(text);
export const startsWithHan = (text: string): boolean => FIRST_HAN.test(text);
const ALL_HAN = /^\p{Script=Han}+$/u;
const ANY_HAN = /\p{Script=Han}/u;
const FIRST_HAN = /^\p{Script=Han}/u;

/** True for an ASCII or full-width digit. */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Chinese numeral characters (used to spot ordinals and counts), with the tens Taiwan and Hong Kong write (廿, 卅, 卌). */
export const CN_DIGITS = '零〇一二两三四五六七八九十百千万亿廿卅卌';
/** The digits a decimal part of a Chinese numeral is written in, after 点 (三十七点五). */
export const CN_DECIMALS = '零〇一二三四五六七八九';

/** True for a Chinese numeral character. */
export function isCnDigit(ch: string | undefined): boolean {
  return ch !== undefined && CN_DIGITS.includes(ch);
}

/** True for any whitespace, including the ideographic space. */
export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\r';
}

/**
 * A set of characters by char code, for scans that test one character at a time: reading a CJK
 * character as a string allocates, reading its code does not.
 *
 * @example
 * const ENDS = charSet('，。'); inCharSet(ENDS, '会议，', 2) // → true
 */
export function charSet(chars: Iterable<string>): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const ch of chars) set[ch.charCodeAt(0)] = 1;
  return set;
}

/**
 * The char code at `at`, 0 past either end of `text`: an index for a table of char codes. `charCodeAt`
 * past the end is NaN, and one NaN index makes V8 treat every lookup at that spot as a generic property
 * access (a megamorphic keyed load), many times slower than a typed array's (BENCHMARKS.md, session 52).
 *
 * @example
 * FLAGS[codeAt(norm, i + 1)] // never FLAGS[NaN]
 */
export function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : 0;
}

/** Whether the character of `text` at `at` is in `set` (false past either end). */
export function inCharSet(set: Uint8Array, text: string, at: number): boolean {
  return set[codeAt(text, at)] === 1;
}
