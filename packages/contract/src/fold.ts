import { simplifiedCodes } from './traditional.ts';

/** Small form variants U+FE50–FE57 (﹐﹑﹒ ﹔﹕﹖﹗, as some big5 pages print them), by offset; 0 for none. */
const SMALL_FORMS = [0x2c, 0x3001, 0x2e, 0, 0x3b, 0x3a, 0x3f, 0x21];

/** 丶 (U+4E36). */
const RADICAL_DOT = 0x4e36;
/** 丨 (U+4E28). */
const RADICAL_BAR = 0x4e28;

/**
 * Folds text for matching without changing its length: full-width ASCII becomes ASCII
 * (，→, （→( ５→5), small form punctuation its usual form (﹔→;), the ideographic space a plain
 * space, the radicals 丶 and 丨 typed for 、 and | those marks, traditional characters simplified.
 * Offsets found in the folded text are therefore valid in the original.
 *
 * @example
 * foldText('佛山市總工會（５月）') // → '佛山市总工会(5月)'
 */
export function foldText(text: string): string {
  const simplified = simplifiedCodes();
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let to = 0;
    if (code >= 0xff01 && code <= 0xff5e) to = code - 0xfee0;
    else if (code >= 0xfe50 && code <= 0xfe57) to = SMALL_FORMS[code - 0xfe50] as number;
    // 丶, the radical some pages type for the enumeration comma (甲丶乙丶丙): never a word of its own.
    else if (code === RADICAL_DOT) to = 0x3001;
    // 丨, the radical some pages type for a bar (记者丨甲): never a word of its own either.
    else if (code === RADICAL_BAR) to = 0x7c;
    else if (code >= 0x3400) to = simplified[code] as number;
    else if (code === 0x3000 || code === 0xa0) to = 0x20;
    if (to === 0) continue;
    out += text.slice(last, i) + String.fromCharCode(to);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
