import { foldText } from '../extraction.ts';

/**
 * Folds text for matching: NFKC, traditional → simplified, lower case, no spaces.
 *
 * @example
 * normalizeTerm('佛山市 總工會') // → '佛山市总工会'
 */
export const normalizeTerm = (text: string) => foldText(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, '');

/** An administrative suffix (province, city, district, county) after a two-character name, before more text. */
const ADMIN_SUFFIX = /(?<=\p{Script=Han}{2})[省市区县](?=\p{Script=Han})/gu;

/**
 * A label with the administrative suffixes of its place names dropped, as people write them:
 * 佛山市总工会 → 佛山总工会, 佛山市南海区总工会 → 佛山南海总工会.
 *
 * @example
 * dropAdminSuffixes('广东省总工会') // → '广东总工会'
 */
export const dropAdminSuffixes = (folded: string) => folded.replace(ADMIN_SUFFIX, '');

/**
 * Whether every character of `query` appears in `text` in order, as in an abbreviation
 * (全总 in 中华全国总工会, 市总 in 佛山市总工会).
 *
 * @example
 * isSubsequence('全总', '中华全国总工会') // → true
 */
export function isSubsequence(query: string, text: string): boolean {
  let at = 0;
  for (const ch of query) {
    const found = text.indexOf(ch, at);
    if (found < 0) return false;
    at = found + ch.length;
  }
  return true;
}

/**
 * A query written in Latin letters only: read as pinyin.
 *
 * @example
 * isPinyinQuery('foshan') // → true
 */
export const isPinyinQuery = (folded: string) => /^[a-z]+$/.test(folded);

/**
 * A query of 2–12 digits: read as (part of) a division code.
 *
 * @example
 * isCodeQuery('4406') // → true
 */
export const isCodeQuery = (folded: string) => /^\d{2,12}$/.test(folded);

/** A label's pinyin: the syllables run together, and their initials. */
export interface Pinyin {
  full: string;
  initials: string;
}

/** Computes pinyin; loaded on the first pinyin query (see `loadPinyin`). */
export type PinyinOf = (text: string) => Pinyin;

/**
 * Loads pinyin-pro on demand (it is 320 kB: a server that never gets a pinyin query never loads it)
 * and returns a function giving a label's pinyin without tones.
 *
 * @example
 * (await loadPinyin())('佛山市总工会') // → { full: 'foshanshizonggonghui', initials: 'fsszgh' }
 */
export async function loadPinyin(): Promise<PinyinOf> {
  const { pinyin } = await import('pinyin-pro');
  return (text) => {
    const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
      .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
      .filter(Boolean);
    return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
  };
}
