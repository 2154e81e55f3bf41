import { simplifiedCodes } from './traditional.ts';

/**
 * Folds text for matching without changing its length: full-width ASCII becomes ASCII
 * (，→, （→( ５→5), the ideographic space a plain space, traditional characters simplified.
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
    else if (code >= 0x3400) to = simplified[code] as number;
    else if (code === 0x3000 || code === 0xa0) to = 0x20;
    if (to === 0) continue;
    out += text.slice(last, i) + String.fromCharCode(to);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
