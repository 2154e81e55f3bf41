import tsCharacters from 'opencc-js/dict/TSCharacters';

/**
 * Traditional → simplified folding for matching. The mapping is character by character
 * and keeps string length, so offsets found in the folded text are valid in the original
 * (which is kept for display). The table is OpenCC's TSCharacters, restricted to pairs of
 * equal UTF-16 length.
 */
let table: Map<number, string> | undefined;

function buildTable(): Map<number, string> {
  const map = new Map<number, string>();
  for (const entry of tsCharacters.split('|')) {
    const space = entry.indexOf(' ');
    if (space < 0) continue;
    const from = entry.slice(0, space);
    const to = entry.slice(space + 1).split(' ')[0] ?? '';
    if (from.length === 1 && to.length === 1 && from !== to) map.set(from.charCodeAt(0), to);
  }
  return map;
}

/**
 * Folds traditional characters to simplified ones, one for one, keeping length.
 *
 * @example
 * toSimplified('佛山市總工會召開會議') // → '佛山市总工会召开会议'
 */
export function toSimplified(text: string): string {
  table ??= buildTable();
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const to = table.get(code);
    if (to === undefined) continue;
    out += text.slice(last, i) + to;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** True when the text has characters that fold to something else. */
export function hasTraditional(text: string): boolean {
  return toSimplified(text) !== text;
}
