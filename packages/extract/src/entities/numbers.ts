/**
 * Numbers as Chinese reports write them: Arabic (149.6), Chinese numerals (二十六, 两),
 * and the magnitudes 万/亿/千/百 after either (13.3万, 7500多万).
 */

// Maps, not objects: each lookup is by a different character, which makes an object's property
// lookups generic (megamorphic) in V8.
const DIGIT = new Map<string, number>([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const SMALL_UNIT = new Map<string, number>([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);
/** Tens written as one character (二百卅二 = 232). */
const TENS = new Map<string, number>([
  ['廿', 20],
  ['卅', 30],
  ['卌', 40],
]);
const BIG_UNIT = new Map<string, number>([
  ['万', 10_000],
  ['亿', 100_000_000],
]);

/**
 * Parses a Chinese numeral; undefined when the characters do not form a number
 * (十四五 is a name, not 145).
 *
 * @example
 * parseChineseNumeral('二十六') // → 26
 * parseChineseNumeral('三千五百') // → 3500
 * parseChineseNumeral('万') // → 10000
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  // 二十亿三千三百万: the hundred millions, then the ten thousands below them, then the rest.
  let total = 0;
  let wan = 0;
  let section = 0;
  let digit: number | undefined;
  let lastSmall = Number.POSITIVE_INFINITY;
  for (const ch of text) {
    const d = DIGIT.get(ch);
    const tens = d === undefined ? TENS.get(ch) : undefined;
    const small = d === undefined && tens === undefined ? SMALL_UNIT.get(ch) : undefined;
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined;
      digit = d;
    } else if (tens !== undefined) {
      if (digit !== undefined || lastSmall <= 10) return undefined;
      section += tens;
      lastSmall = 10;
    } else if (small !== undefined) {
      if (small >= lastSmall) return undefined;
      section += (digit ?? 1) * small;
      digit = undefined;
      lastSmall = small;
    } else {
      const big = BIG_UNIT.get(ch);
      if (big === undefined) return undefined;
      const below = section + (digit ?? 0);
      // 万万, 五万三万: 万 twice below one 亿 is no numeral.
      if (ch === '万' && wan > 0) return undefined;
      if (ch === '亿') {
        total = (total + wan + below || 1) * big;
        wan = 0;
        // A bare 万 is ten thousand; after 亿 (亿万) it adds nothing.
      } else wan = (below || (total === 0 ? 1 : 0)) * big;
      section = 0;
      digit = undefined;
      lastSmall = Number.POSITIVE_INFINITY;
    }
  }
  return total + wan + section + (digit ?? 0);
}

/**
 * Applies a magnitude written after a number (万 → ×10000). Rounds away float noise.
 *
 * @example
 * applyMagnitude(149.6, '万') // → 1496000
 */
export function applyMagnitude(value: number, magnitude: string): number {
  let factor = 1;
  for (const ch of magnitude) {
    if (ch === '万') factor *= 10_000;
    else if (ch === '亿') factor *= 100_000_000;
    else if (ch === '千') factor *= 1000;
    else if (ch === '百') factor *= 100;
  }
  // A whole number of fewer than 16 digits is exact already (most figures); toPrecision is slow.
  const scaled = value * factor;
  if (Number.isSafeInteger(scaled) && Math.abs(scaled) < 1e15) return scaled;
  // 15 significant digits: 579.2亿 is 57920000000, not 57920000000.00001.
  return Number(scaled.toPrecision(15));
}

/**
 * Parses an Arabic or Chinese number token.
 *
 * @example
 * parseNumberToken('84.0') // → 84
 * parseNumberToken('两') // → 2
 * parseNumberToken('15 084') // → 15084
 * parseNumberToken('4,000') // → 4000
 * parseNumberToken('14万5000') // → 145000
 * parseNumberToken('1亿5千万') // → 150000000
 * parseNumberToken('三十七点五') // → 37.5
 */
export function parseNumberToken(token: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(token)) return Number(token);
  // 1亿5千万, 1亿2000万: hundred millions, then ten thousands written out.
  const yi = /^(\d+)亿(\d+)(千)?万$/.exec(token);
  if (yi) return Number(yi[1]) * 100_000_000 + Number(yi[2]) * (yi[3] ? 1000 : 1) * 10_000;
  // 1万5千: ten thousands and thousands written out; 14万5000: and the rest in digits.
  const tens = /^(\d+)万(\d)千$/.exec(token);
  if (tens) return Number(tens[1]) * 10_000 + Number(tens[2]) * 1000;
  // 18万3,222: the rest grouped by a comma, as Macau's and Taiwan's pages write it.
  const rest = /^(\d+)万(\d{1,4}|\d,\d{3})$/.exec(token);
  if (rest) return Number(rest[1]) * 10_000 + Number((rest[2] as string).replace(',', ''));
  // 15 084, 4,000: digits grouped by three with spaces (yearbooks) or commas (Hong Kong, Taiwan).
  if (/^\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?$/.test(token)) return Number(token.replace(/[ ,]/g, ''));
  // 三十七点五, 二点八: a Chinese numeral with decimals read digit by digit after 点.
  const point = token.indexOf('点');
  if (point >= 0) return chineseDecimal(token.slice(0, point), token.slice(point + 1));
  return parseChineseNumeral(token);
}

/** The whole part (a Chinese numeral, or none: 零点五) and the decimals, digit by digit. */
function chineseDecimal(whole: string, decimals: string): number | undefined {
  const int = whole === '' || whole === '零' ? 0 : parseChineseNumeral(whole);
  if (int === undefined || decimals === '') return undefined;
  let digits = '';
  for (const ch of decimals) {
    const d = DIGIT.get(ch);
    if (d === undefined) return undefined;
    digits += String(d);
  }
  return Number(`${int}.${digits}`);
}
