import tsCharacters from 'opencc-js/dict/TSCharacters';

/**
 * Traditional → simplified folding for matching. The mapping is character by character
 * and keeps string length, so offsets found in the folded text are valid in the original
 * (which is kept for display). The table is OpenCC's TSCharacters, restricted to pairs of
 * equal UTF-16 length.
 */
let table: Uint16Array | undefined;

/**
 * Characters simplified Chinese writes too, in names the mapping would break (乾县, 乾安县, 乾隆 are
 * never 干县): kept as written. 乾 for "dry" (乾淨) in traditional text is rare in the genre.
 */
const KEPT = '乾';

/**
 * Variant forms OpenCC's table leaves out, as pages type them, and the simplified character each stands for:
 * 陜 for 陝 (陜西省, 陜煤集团 on Hong Kong, Taiwan and mirror pages, more often than 陝 itself).
 */
const VARIANTS: ReadonlyArray<readonly [string, string]> = [['陜', '陕']];

/**
 * The simplified code unit of each traditional one (0 when it has none), indexed by code unit: a
 * typed-array read per character is several times cheaper than a map lookup.
 */
export function simplifiedCodes(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (const entry of tsCharacters.split('|')) {
    const space = entry.indexOf(' ');
    if (space < 0) continue;
    const from = entry.slice(0, space);
    const to = entry.slice(space + 1).split(' ')[0] ?? '';
    if (from.length === 1 && to.length === 1 && from !== to && !KEPT.includes(from))
      table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  for (const [from, to] of VARIANTS) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
}

/**
 * Folds traditional characters to simplified ones, one for one, keeping length.
 *
 * @example
 * toSimplified('佛山市總工會召開會議') // → '佛山市总工会召开会议'
 */
export function toSimplified(text: string): string {
  const codes = simplifiedCodes();
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const to = codes[code] as number;
    if (to === 0) continue;
    out += text.slice(last, i) + String.fromCharCode(to);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** True when the text has characters that fold to something else. */
export function hasTraditional(text: string): boolean {
  return toSimplified(text) !== text;
}
