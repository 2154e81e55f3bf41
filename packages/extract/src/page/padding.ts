import { type Stripped, stripMatches } from './stripped.ts';

/**
 * The spaces some sites pad a number with between Han characters (开展 2026 年元旦…, 等 10 个单位,
 * 达 63 个): both go, so the number reads as written in print (2026年, 10个). A number beside
 * anything else (a date line's 2020-07-30 来源, a Latin word) keeps its spaces. So does the space a
 * site sets before an opening quote (开展 “中国梦·劳动美”劳动竞赛): a word runs on into its quotation.
 * Every branch opens with the space it removes (lookbehinds after it), so the regex skips from space to space.
 */
const PADDING =
  / (?=\d{1,4}(?:\.\d{1,3})? \p{Script=Han})(?<=\p{Script=Han} )| (?<=\p{Script=Han} \d{1,4}(?:\.\d{1,3})? )(?=\p{Script=Han})|[ \u3000]{1,2}(?=[“「])(?<=\p{Script=Han}[ \u3000]{1,2})/gu;

/**
 * Removes the spaces padding numbers between Han characters, keeping the source offsets.
 *
 * @example
 * stripNumberPadding('开展 2026 年元旦活动').text // → '开展2026年元旦活动'
 */
export function stripNumberPadding(source: string): Stripped {
  return stripMatches(source, PADDING);
}
