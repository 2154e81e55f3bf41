/**
 * Text with some spans of its source removed (pinyin glosses, the spaces padding a number), and
 * where each remaining character stood in the source, so mentions still point at the upload.
 */
export interface Stripped {
  /** The text without the removed spans. */
  text: string;
  /** Source offset of each character of `text`, plus one entry for the end; absent when nothing was removed. */
  map?: Int32Array;
}

/**
 * Removes every match of a global `pattern` from `source`, keeping the source offsets.
 *
 * @example
 * stripMatches('甲(x)乙', /\(x\)/g) // → { text: '甲乙', map: Int32Array [0, 4, 5] }
 */
export function stripMatches(source: string, pattern: RegExp): Stripped {
  pattern.lastIndex = 0;
  let m = pattern.exec(source);
  // Most pages hold no match: the first search is the only scan.
  if (!m) return { text: source };
  const map = new Int32Array(source.length + 1);
  let text = '';
  let k = 0;
  let from = 0;
  const keep = (to: number): void => {
    text += source.slice(from, to);
    for (let i = from; i < to; i++) map[k++] = i;
  };
  for (; m; m = pattern.exec(source)) {
    keep(m.index);
    from = m.index + m[0].length;
  }
  keep(source.length);
  map[k] = source.length;
  return { text, map: map.subarray(0, k + 1) };
}

/**
 * Applies a second removal to the text of a first one: the offsets of the result point at the
 * first one's source.
 *
 * @example
 * stripAgain(stripMatches('甲(x)乙 丙', /\(x\)/g), (t) => stripMatches(t, / /g)).text // → '甲乙丙'
 */
export function stripAgain(first: Stripped, strip: (text: string) => Stripped): Stripped {
  const second = strip(first.text);
  if (!second.map) return first;
  const outer = first.map;
  if (!outer) return second;
  return { text: second.text, map: second.map.map((o) => outer[o] ?? o) };
}
