import { VARIANT_FORMS, ZHU_AFTER, ZHU_BEFORE } from '../vocab/script.ts';
import { isHan } from './chars.ts';

/**
 * Reads 著 as 着 where a traditional text writes the particle (帶著 → 带着, 隨著 → 随着), so verbs
 * after a name match in either script; 著名, 显著 keep theirs. Same length as the input.
 *
 * @example
 * foldZhe('王震带著书走进书屋') // → '王震带着书走进书屋'
 * foldZhe('著名劳模') // → '著名劳模'
 */
export function foldZhe(norm: string): string {
  if (!norm.includes('著')) return norm;
  return norm.replace(/著/g, (zhu, at: number) => {
    const before = norm[at - 1];
    if (!isHan(before) || ZHU_AFTER.has(before as string) || ZHU_BEFORE.has(norm[at + 1] ?? '')) return zhu;
    return '着';
  });
}

const VARIANT_PATTERN = new RegExp(`[${Object.keys(VARIANT_FORMS).join('')}]`, 'g');

/**
 * Writes a variant character as the form the rest of the genre uses (陜西省总工会 → 陕西省总工会), so a
 * name written either way is one name. Same length as the input.
 *
 * @example
 * foldVariants('陜西省总工会') // → '陕西省总工会'
 */
export function foldVariants(norm: string): string {
  return norm.replace(VARIANT_PATTERN, (ch) => VARIANT_FORMS[ch] ?? ch);
}
