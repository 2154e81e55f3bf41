import { isHan } from '../page/chars.ts';
import type { Sentence } from '../page/sentences.ts';
import { enclosureAt } from '../page/spans.ts';
import { defineRules, on } from '../rules/registry.ts';
import { OUTLET_SOURCE, OUTLETS_NAMED_LIKE_PLACES } from '../vocab/bylines.ts';
import { ACTING_HEAD, WORDS_ENDING_IN_PLACE_STARTS } from '../vocab/county-stems.ts';
import { SOURCE_LABELS } from '../vocab/furniture.ts';
import { Lexicon } from '../vocab/lexicon.ts';
import { FEDERATION } from '../vocab/org-suffixes.ts';
import { GENERIC_DISTRICT_NAMES } from '../vocab/place-words.ts';
import { HONG_KONG_MARKERS, MACAU_MARKERS, TAIWAN_CODE, TAIWAN_MARKERS } from '../vocab/special-regions.ts';
import { surnameAt } from '../vocab/surnames.ts';
import { OFFICES } from '../vocab/titles.ts';
import {
  choosePlace,
  fullPlaceEndingAt,
  isMunicipality,
  isWithin,
  lookupPlace,
  majorShortsIn,
  type Place,
  placeByCode,
  provinceCodeOf,
} from './places.ts';

const R = defineRules({
  publisher: {
    id: 'places.publisher',
    does: 'a source line that names a region’s body (来源: 牟平区人民政府) places the page where no outlet does',
    example: 'made up: 来源:溧阳市总工会 … 市总工会 (溧阳市总工会)',
    counterexample: 'made up: 来源:市总工会 (no place written)',
  },
  districtOutlet: {
    id: 'places.district-outlet',
    does: 'a district’s paper or site named by its short name (宝安日报, 增城日报, 武进新闻) places the page in that district, as a county’s does',
    example: 'outside pages of two districts: 来源:宝安日报 … 由区总工会主办; 来源: 增城日报 … 区总工会在…举办',
    counterexample:
      '光明日报, 解放日报, 新民晚报: national or other cities’ papers whose names spell a district or a county',
  },
  shortPublisher: {
    id: 'places.short-publisher',
    does: 'a source line that names a city’s federation by the city’s short name (来源:岳阳总工会) places the page there',
    example: 'outside page: 来源:岳阳总工会 … 由市总工会和市一医院联合主办',
    counterexample: '来源:市总工会 (no place written)',
  },
  cityOnly: {
    id: 'places.city-only',
    does: 'a bare 市 stands for a city only, never for a prefecture that is none (an autonomous prefecture, a 地区, a 盟)',
    example: 'outside page (延边州 union’s site): 敦化市总工会以延边州…活动月为契机。…市总工会联合… (敦化市总工会)',
    counterexample: '恩施州总工会…州总工会 (州 stands for the prefecture)',
  },
  provinceShort: {
    id: 'places.province-short',
    does: 'a province’s short name is the province, not a county or district of the same short name',
    example:
      'outside pages (Inner Mongolia, Tianjin): 学习习近平在海南考察讲话精神 (海南省, not 乌海市海南区); 首页 安徽 北京 海南 河北',
    counterexample: 'made up: 乌海市海南区总工会 (written in full: the district)',
  },
  districtOnly: {
    id: 'places.district-only',
    does: 'a bare 区 stands for a district only, never for a county or a county-level city',
    example: 'outside page (Tibet): 自治区政协副主席、区总工会主席洛桑某…到昂仁县 (no 昂仁县总工会)',
    counterexample: 'made up: 天河区…区总工会 (a district: 广州市天河区总工会)',
  },
  fullAfter: {
    id: 'places.full-after',
    does: 'a bare 市 before any place is named is the first place of its level named in full after it, not one named short',
    example: 'outside page (Zhenjiang): 记者从市总工会获悉,在…(南通)联赛中,镇江市选手… (镇江市总工会)',
    counterexample: '市总工会…南通选手… (only a short form after: that place still)',
  },
  outletOwn: {
    id: 'places.outlet-own',
    does: 'a bare 市 on a city paper’s page is its city, not another city the text just named short',
    example: 'made up: 来源:沧州日报 … 沧州…与石家庄主会场同频…市总工会主席 (沧州市总工会)',
    counterexample: 'made up: 来源:沧州日报 … 石家庄市…市总工会 (named in full: 石家庄市总工会)',
  },
  regionWords: {
    id: 'places.region-words',
    does: 'a page that uses Hong Kong’s or Macau’s own words more often than it names mainland provinces and cities is that region’s',
    example: 'outside pages: 工联北区综合服务中心…协助本澳居民办理珠海社保 (Macau); 工联会惠州中心 (Hong Kong)',
    counterexample: 'outside pages: 广东省总工会…广州市…深圳市…接待澳门工联总会代表团 (mainland names outnumber)',
  },
  genericDistrict: {
    id: 'places.generic-district',
    does: 'a district named with an everyday word (城区, 郊区, 矿区) is that district only right after its city',
    example: 'made up: 阳泉市矿区总工会召开会议 (阳泉市矿区)',
    counterexample: 'made up: 鹤岗市…矿区工会主席王某、市总工会副主席李某 (a mining area; the 市 stays 鹤岗市)',
  },
  namedFederation: {
    id: 'places.named-federation',
    does: 'a bare 市/区/县总工会 is the federation of that level the article names in full, before any other place of the level named since',
    example:
      'outside page: 山东省邹城市总工会…疗休养…赴青岛工人疗养院…下一步,市总工会将… (邹城市总工会, not 青岛市总工会)',
    counterexample: 'made up: 邹城市…赴青岛…市总工会 (no federation named: the last city named)',
  },
  countyCity: {
    id: 'places.county-city',
    does: 'a county-level city named in full, or the one the towns named are in, is the 市 of 市总工会 when the article names no prefecture-level city',
    example: 'made up: 浙江省温岭市新河镇…市总工会代表、市人力社保局… (温岭市总工会, not 台州市总工会)',
    counterexample: 'made up: 台州市总工会…温岭市… (the prefecture named: its 市)',
  },
});

/**
 * Place context: which administrative divisions an article names, in reading order, so
 * that 市总工会 resolves to the city last named, 区总工会 to the district, and an
 * ambiguous county name to the one inside the province or city the article is about.
 */
export interface PlaceMention {
  place: Place;
  /** Sentence index within the article. */
  sentence: number;
  pos: number;
  /** Written in full (佛山市) rather than short (佛山). */
  full: boolean;
  /** As written (迪庆州 for 迪庆藏族自治州). */
  text: string;
  /** The Production and Construction Corps division written before a city it runs (第一师 of 一师阿拉尔市). */
  division?: string;
  /** Written on its parent's level character (市中区 of 内江市中区). */
  joined?: boolean;
  /** Written before 总工会: the article names the place's federation of unions (邹城市总工会). */
  federation?: boolean;
}

export interface ArticleContext {
  mentions: PlaceMention[];
  /** Codes of places named, most frequent first (for disambiguation). */
  codes: string[];
  /** The page's province, when the page names one place more than others. */
  province?: string;
  /** The place the page's own outlet is named after (来源:沧州日报): a bare 市 with nothing else to go by. */
  outlet?: Place;
  /** The development zones the article's bodies are named under (南昌高新区 of 南昌高新区总工会). */
  zones?: string[];
}

/** The characters a full place name ends with (街道 with 道), by char code: a scan tests every character. */
const LEVEL_CHARS = new Uint8Array(0x10000);
for (const ch of '省市区县镇乡道旗盟州') LEVEL_CHARS[ch.charCodeAt(0)] = 1;

type PlaceHit = {
  text: string;
  pos: number;
  candidates: Place[];
  full: boolean;
  division?: string;
  joined?: boolean;
};

/** A Corps division written before its city (一师阿拉尔市, 第八师石河子市). */
const DIVISION_BEFORE = /第?([一二三四五六七八九十]{1,3})师$/;

/**
 * The Corps division a name starts with, written in full (一师阿拉尔市… → 第一师), and its length.
 *
 * @example
 * divisionAt('一师阿拉尔市总工会') // → { division: '第一师', length: 2 }
 */
export function divisionAt(name: string): { division: string; length: number } | undefined {
  const m = /^第?([一二三四五六七八九十]{1,3})师/.exec(name);
  return m ? { division: `第${m[1]}师`, length: m[0].length } : undefined;
}

const scanCache = new Map<string, PlaceHit[]>();

/**
 * Finds place names in a sentence: full names (ending in a level character: 市, 区, 镇 …)
 * and short province/city names (广东, 佛山). County and town short names are too often
 * ordinary words to be trusted here.
 *
 * @example
 * scanPlaces('东莞市大岭山镇举办活动').map((h) => h.text) // → ['东莞市', '大岭山镇']
 */
export function scanPlaces(norm: string): PlaceHit[] {
  const cached = scanCache.get(norm);
  if (cached) return cached;
  const hits: PlaceHit[] = [];
  for (let j = 0; j < norm.length; j++) {
    if (LEVEL_CHARS[norm.charCodeAt(j)] !== 1) continue;
    const full = fullPlaceEndingAt(norm, j + 1, 9);
    if (full) hits.push({ text: full.text, pos: j + 1 - full.text.length, candidates: full.candidates, full: true });
  }
  for (const short of majorShortsIn(norm)) {
    hits.push({ text: short.text, pos: short.pos, candidates: short.candidates, full: false });
  }
  hits.sort((a, b) => a.pos - b.pos || b.text.length - a.text.length);
  const found: PlaceHit[] = [];
  let covered = -1;
  for (const hit of hits) {
    if (hit.pos < covered) {
      // 内江市中区, 青岛市南区: the district's name starts with its city's level character.
      const inside = sharesLevelChar(hit, covered, found.at(-1));
      if (!inside) continue;
      hit.candidates = inside;
      hit.joined = true;
    }
    if (hit.full && !hit.joined && GENERIC_DISTRICT_NAMES.has(hit.text) && on(R.genericDistrict)) {
      const inside = afterItsCity(hit, found.at(-1));
      if (!inside) continue;
      hit.candidates = inside;
    }
    covered = hit.pos + hit.text.length;
    if (inTitle(norm, hit) || givenNameAfterOffice(norm, hit) || conjunctionPlace(norm, hit.pos, hit.text)) continue;
    const division = DIVISION_BEFORE.exec(norm.slice(Math.max(0, hit.pos - 4), hit.pos));
    found.push(division ? { ...hit, division: `第${division[1]}师` } : hit);
  }
  // A page scans its sentences more than once; keep about a page's worth, not the pages before it.
  if (scanCache.size > 256) scanCache.clear();
  scanCache.set(norm, found);
  return found;
}

/**
 * The places a full name overlapping the one before it can be, when it starts on that name's
 * last (level) character and lies inside it: 市中区 of 内江市中区 is Neijiang's 市中区.
 */
function sharesLevelChar(hit: PlaceHit, covered: number, before: PlaceHit | undefined): Place[] | undefined {
  if (!hit.full || !before?.full || hit.pos !== covered - 1) return undefined;
  return placesInside(hit, before);
}

/** The places a district named with an everyday word can be when its city is written right before it. */
function afterItsCity(hit: PlaceHit, before: PlaceHit | undefined): Place[] | undefined {
  if (!before || before.pos + before.text.length !== hit.pos) return undefined;
  return placesInside(hit, before);
}

/** The candidates of `hit` that lie right inside one of `before`'s, if any. */
function placesInside(hit: PlaceHit, before: PlaceHit): Place[] | undefined {
  const parents = new Set(before.candidates.map((p) => p.code));
  const inside = hit.candidates.filter((p) => parents.has(p.parentCode ?? ''));
  return inside.length > 0 ? inside : undefined;
}

/**
 * A place named inside a title is not the place the text is about: “安康杯”竞赛 names a
 * competition, not 安康市, and “厦门市劳动模范” is an honour.
 */
function inTitle(norm: string, hit: PlaceHit): boolean {
  if (norm[hit.pos + hit.text.length] === '杯') return true;
  return (norm.includes('“') || norm.includes('「')) && enclosureAt(norm, hit.pos).quote;
}

/**
 * A place whose first character belongs to the words around it: the end of a word (全面完成县委交给的
 * 任务, 莅临县人大, 部分乡镇); or, for a two-character county, a conjunction after a word that is no
 * place (徐某和县总工会负责人) or before the township level (,和县乡人大代表), or an acting head's 代 (代县长). The
 * text holds that character and a bare 县.
 *
 * @example
 * conjunctionPlace('徐艺和县总工会负责人', 2, '和县') // → true
 */
export function conjunctionPlace(norm: string, pos: number, text: string): boolean {
  // 部分乡镇: 分 of 部分, not the town 分乡镇.
  if (pos > 0 && WORDS_ENDING_IN_PLACE_STARTS.has(norm.slice(pos - 1, pos + 1))) return true;
  if (text.length !== 2 || pos === 0) return false;
  // 代县长: the acting county head (代 + 县长), not 代县's.
  if (ACTING_HEAD.test(norm.slice(pos, pos + 3))) return true;
  if (!CONJUNCTION_STARTS.has(text[0] as string)) return false;
  // ,和县乡人大代表座谈: the county and township levels (县乡) after the conjunction, not 和县's.
  if (norm[pos + text.length] === TOWNSHIP_AFTER_COUNTY) return true;
  return isHan(norm[pos - 1]) && !fullPlaceEndingAt(norm, pos, 9) && !majorShortEndingAt(norm, pos);
}
/** 乡 right after 县: the two levels named together (县乡人大代表, 县乡工会干部). */
const TOWNSHIP_AFTER_COUNTY = '乡';
const CONJUNCTION_STARTS = new Set(['和', '与', '及']);

/** Whether a province's or city's short name ends at `end` (安徽和县: 安徽). */
function majorShortEndingAt(norm: string, end: number): boolean {
  return majorShortsIn(norm.slice(Math.max(0, end - 4), end)).some((s) => s.pos + s.text.length === Math.min(4, end));
}

/**
 * A city's short name that is the given name of a person written after an office (副主席徐海东:
 * 海东 is no city there): a surname right before it and an office right before the surname.
 */
function givenNameAfterOffice(norm: string, hit: PlaceHit): boolean {
  if (hit.full || surnameAt(norm, hit.pos - 1) !== 1) return false;
  const before = norm.slice(Math.max(0, hit.pos - 1 - LONGEST_OFFICE), hit.pos - 1);
  return OFFICE_LIST.some((office) => before.endsWith(office));
}
const OFFICE_LIST = [...new Set(OFFICES)];
const LONGEST_OFFICE = Math.max(...OFFICE_LIST.map((o) => o.length));

/**
 * Builds the place context of an article from its sentences.
 *
 * @example
 * articleContext(sentences, '440000').mentions[0]?.place.name // → '佛山市'
 */
export function articleContext(sentences: readonly Sentence[], province?: string, outlet?: Place): ArticleContext {
  const hits: Array<PlaceHit & { sentence: number; federation: boolean }> = [];
  for (const s of sentences)
    for (const hit of scanPlaces(s.norm))
      hits.push({ sentence: s.index, federation: s.norm.startsWith(FEDERATION, hit.pos + hit.text.length), ...hit });
  const named = namedProvinces(hits);
  const raw = hits.filter((hit) => !strayTown(hit.candidates, named));
  const counts = new Map<string, number>();
  for (const hit of raw) {
    if (hit.candidates.length !== 1) continue;
    const p = hit.candidates[0] as Place;
    for (const code of [p.code, ...p.ancestors]) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const codes = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  if (province) codes.push(province);
  const mentions: PlaceMention[] = [];
  for (const r of raw) {
    if (unplaced(r.candidates, codes)) continue;
    const place = provinceWrittenShort(r) ?? choosePlace(r.candidates, codes);
    if (!place) continue;
    const m: PlaceMention = { place, sentence: r.sentence, pos: r.pos, full: r.full, text: r.text };
    if (r.division) m.division = r.division;
    if (r.joined) m.joined = true;
    if (r.federation) m.federation = true;
    mentions.push(m);
  }
  // A short name written right before a place inside it (湖州南浔区) names it as fully as 湖州市 would.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as PlaceMention;
    const b = mentions[i + 1] as PlaceMention;
    if (
      !a.full &&
      b.sentence === a.sentence &&
      b.place.ancestors.includes(a.place.code) &&
      b.pos === a.pos + a.place.short.length
    ) {
      a.full = true;
    }
  }
  const ctx: ArticleContext = { mentions, codes };
  if (province) ctx.province = province;
  if (outlet) ctx.outlet = outlet;
  return ctx;
}

/**
 * 习近平在海南考察, 河北工会: a province's short name is the province, not a county or district of the same
 * short name (海南区 of 乌海, 河北区 of 天津), which is written with its level character; a city that shares it
 * (吉林市) is still chosen by the article.
 */
function provinceWrittenShort(hit: PlaceHit): Place | undefined {
  if (!on(R.provinceShort)) return undefined;
  const province = hit.candidates.find((p) => p.level === 'province' && p.short === hit.text);
  return province && hit.candidates.every((p) => p === province || p.level === 'county' || p.level === 'town')
    ? province
    : undefined;
}

/**
 * The province, city or county a page's own outlet is named after, read from its furniture and
 * datelines (来源:沧州日报, 山西工人报, 孝感日报讯): the place a bare 市总工会 or 省总工会 means
 * when the article names none.
 *
 * @example
 * outletPlace(['来源: 沧州日报  作者:赵宁'])?.name // → '沧州市'
 */
export function outletPlace(lines: readonly string[], textProvince?: () => string | undefined): Place | undefined {
  for (const line of lines) {
    OUTLET_NAME.lastIndex = 0;
    for (let m = OUTLET_NAME.exec(line); m; m = OUTLET_NAME.exec(line)) {
      const hit = scanPlaces(m[0])[0];
      const place =
        hit?.pos === 0 && hit.candidates.length === 1 ? hit.candidates[0] : districtOrCountyOutlet(m[0], textProvince);
      if (place && place.level !== 'town') return place;
    }
    const publisher = publisherPlace(line);
    if (publisher) return publisher;
  }
  return undefined;
}

/** 来源: 牟平区人民政府, 来源:溧阳市总工会: the region whose body published the page, written in full. */
function publisherPlace(line: string): Place | undefined {
  const m = SOURCE_LABEL.exec(line);
  if (!m || !on(R.publisher)) return undefined;
  const rest = line.slice(m.index + m[0].length);
  const hit = scanPlaces(rest)[0];
  // 来源:岳阳总工会: a city's federation named by the city's short name.
  const short = !hit?.full && rest.startsWith(FEDERATION, hit?.text.length ?? 0) && on(R.shortPublisher);
  // (岳阳 is the city's short name and its county's: the federation named so is the city's.)
  const candidates = short ? (hit?.candidates.filter((p) => p.level === 'city') ?? []) : (hit?.candidates ?? []);
  const place = hit?.pos === 0 && (hit.full || short) && candidates.length === 1 ? candidates[0] : undefined;
  return place && place.level !== 'town' ? place : undefined;
}
const SOURCE_LABEL = new RegExp(`(?:${SOURCE_LABELS.join('|')})[:：]\\s*`);

/**
 * A district's paper (宝安日报, 武进新闻), or a county's: not one the page's text places in another province
 * (濠江日报 on a Macau page is Macau's, not Shantou's 濠江区; 南海网 on a Hainan page is no 南海区).
 */
function districtOrCountyOutlet(outlet: string, textProvince?: () => string | undefined): Place | undefined {
  const place = countyOutlet(outlet, on(R.districtOutlet) ? ['市', '县', '区'] : ['市', '县']);
  // A county-level city's or a county's paper places the page as before; a district's is checked against the text.
  if (!place || place.name.endsWith('市') || place.name.endsWith('县')) return place;
  const province = textProvince?.();
  return province === undefined || province === provinceCodeOf(place) ? place : undefined;
}

/** 高邮日报, 诸暨日报: a county-level city's or county's paper, named by its short name. */
function countyOutlet(outlet: string, levels: readonly string[]): Place | undefined {
  if (OUTLETS_NAMED_LIKE_PLACES.has(outlet)) return undefined;
  for (const length of [2, 3]) {
    for (const level of levels) {
      const name = outlet.slice(0, length) + level;
      const candidates = lookupPlace(name)?.candidates ?? [];
      // The place's own name (高邮市), not a county's former one (新华日报 is no 新华县, now 新华区).
      if (candidates.length === 1 && candidates[0]?.level === 'county' && candidates[0].name === name)
        return candidates[0];
    }
  }
  return undefined;
}
const OUTLET_NAME = new RegExp(OUTLET_SOURCE, 'gu');

/**
 * The first place a page's furniture names unambiguously (a site's name, a breadcrumb, a link to
 * the site's other news: 上一条:大溪河镇纪委…), as a county or larger: where the site is, for an
 * article that names no place of its own.
 *
 * @example
 * furniturePlace(['上一条: 大溪河镇纪委:为秸秆禁烧“保驾护航”'])?.name // → '凤阳县'
 */
export function furniturePlace(lines: readonly string[]): Place | undefined {
  for (const line of lines) {
    for (const hit of scanPlaces(line)) {
      if (!hit.full || hit.candidates.length !== 1) continue;
      const place = hit.candidates[0] as Place;
      return place.level === 'town' && place.parentCode ? placeByCode(place.parentCode) : place;
    }
  }
  return undefined;
}

/**
 * A town known by one place only, in a province none of the article's unambiguous counties,
 * cities or provinces lies in: towns are renamed and merged too often for the gazetteer to hold
 * every one, so a 石滩乡 in a Nanjiang (Sichuan) article is Nanjiang's, not Hengdong's (Hunan),
 * and must not make 县总工会 Hengdong's.
 */
function strayTown(candidates: readonly Place[], provinces: ReadonlySet<string>): boolean {
  const town = candidates.length === 1 ? candidates[0] : undefined;
  return town?.level === 'town' && provinces.size > 0 && !provinces.has(provinceCodeOf(town));
}

/** The provinces of the article's unambiguous places above a town. */
function namedProvinces(hits: readonly { candidates: readonly Place[] }[]): Set<string> {
  const provinces = new Set<string>();
  for (const hit of hits) {
    const p = hit.candidates.length === 1 ? hit.candidates[0] : undefined;
    if (p && p.level !== 'town') provinces.add(provinceCodeOf(p));
  }
  return provinces;
}

/**
 * An ambiguous county or town name none of whose places lies in the province or city the
 * article is about: a 高新区 in a Zhaoqing article is Zhaoqing's, not a Jiangsu town of that name.
 * A town must lie in a city or county the article names: a province holds too many towns of one
 * name (板桥乡 in a Qingchuan article is none of Sichuan's others).
 */
function unplaced(candidates: readonly Place[], context: readonly string[]): boolean {
  if (candidates.length < 2) return false;
  const local = (p: Place): boolean =>
    context.some((code) => p.code === code || (p.ancestors.includes(code) && (p.level !== 'town' || holdsTowns(code))));
  return candidates.every((p) => (p.level === 'county' || p.level === 'town') && !local(p));
}

/** Whether a place named as context narrows a town's name enough: a city or county, not a province (but a municipality). */
function holdsTowns(code: string): boolean {
  const place = placeByCode(code);
  return place !== undefined && (place.level !== 'province' || isMunicipality(place));
}

/**
 * How the article writes a place in full (迪庆州 for 迪庆藏族自治州), else its gazetteer name.
 *
 * @example
 * writtenPlaceName(ctx, placeByCode('533400')!) // → '迪庆州' in an article that writes 迪庆州
 */
export function writtenPlaceName(ctx: ArticleContext, place: Place): string {
  const division = ctx.mentions.find((x) => x.place.code === place.code && x.division)?.division ?? '';
  const m = ctx.mentions.find((x) => x.place.code === place.code && x.full && x.text !== place.name);
  // 迪庆州 for 迪庆藏族自治州, and a county's former name (密云县 for 密云区), as the article writes them.
  const asWritten =
    m !== undefined &&
    ((m.text.length < place.name.length && place.name.endsWith('自治州')) ||
      m.text === `${place.short}县` ||
      (m.text === `${place.short}市` && place.name.endsWith('区')));
  return division + (asWritten ? m.text : place.name);
}

/**
 * The city a Corps division runs, named in the article (师市 → 阿拉尔市 after 一师阿拉尔市).
 *
 * @example
 * divisionCity(ctx)?.name // → '阿拉尔市'
 */
export function divisionCity(ctx: ArticleContext): Place | undefined {
  return ctx.mentions.find((m) => m.division)?.place;
}

/**
 * The place a point of the article is about when nothing at that point names one: a place named
 * in its sentence, else the place named last before it, else the article's first place.
 *
 * @example
 * placeAt(ctx, 1)?.name // 湖州市举办大赛。共有30名选手参赛。 → '湖州市'
 */
export function placeAt(ctx: ArticleContext, sentence: number): Place | undefined {
  const own = ctx.mentions.find((m) => m.sentence === sentence)?.place;
  if (own) return own;
  let last: Place | undefined;
  for (const m of ctx.mentions) if (m.sentence < sentence) last = m.place;
  return last ?? ctx.mentions[0]?.place;
}

/**
 * The province a page is about: the one its unambiguous place names fall in most often, else
 * Hong Kong or Macau when the page uses the region's own words (全港, 观塘, 本澳).
 */
export function pageProvince(sentences: readonly Sentence[]): string | undefined {
  const counts = new Map<string, number>();
  let major = 0;
  for (const s of sentences) {
    for (const hit of scanPlaces(s.norm)) {
      if (hit.candidates.length !== 1) continue;
      const p = hit.candidates[0] as Place;
      const province = provinceCodeOf(p);
      counts.set(province, (counts.get(province) ?? 0) + 1);
      if (p.level === 'province' || p.level === 'city') major++;
    }
  }
  // 工聯會…東區民政事務專員: a Hong Kong page's own words outweigh a district name that is also
  // a mainland county's (东区 of 攀枝花) when no mainland province or city is named.
  // So do they a mainland city named in passing (协助本澳居民办理珠海社保, 惠州中心): the region's own words
  // used more often than mainland provinces and cities are named.
  const special = major === 0 || regionWordsOutnumber(sentences, major) ? specialRegionOf(sentences) : undefined;
  if (special) return special;
  // A mainland page about cross-strait exchanges names Taiwan more often than its own province,
  // but its bare 省总工会 is its own: Taiwan is the page's only when no other province is named.
  if (counts.size > 1) counts.delete(TAIWAN_CODE);
  let best: string | undefined;
  let bestCount = 0;
  for (const [code, n] of counts) {
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  // 中国台湾网, 台湾同胞: a page that names Taiwan but none of its cities or offices is a mainland page about it.
  if (best === TAIWAN_CODE && !usesAny(sentences, TAIWAN_MARKERS)) best = undefined;
  return best ?? specialRegionOf(sentences);
}

/** Taiwan's code in the gazetteer (which lists no divisions under it). */

/** Whether Hong Kong's or Macau's own words occur on the page more often than `major` mainland names. */
function regionWordsOutnumber(sentences: readonly Sentence[], major: number): boolean {
  if (!on(R.regionWords)) return false;
  let n = 0;
  for (const s of sentences) {
    // One pass of the words' trie rules out the sentences (most of a mainland page's) that hold none.
    if (!REGION_WORD_TRIE.occursIn(s.norm)) continue;
    REGION_WORDS.lastIndex = 0;
    while (REGION_WORDS.exec(s.norm)) if (++n > major) return true;
  }
  return false;
}
const REGION_WORDS = new RegExp([...HONG_KONG_MARKERS, ...MACAU_MARKERS].join('|'), 'g');
const REGION_WORD_TRIE = new Lexicon([...HONG_KONG_MARKERS, ...MACAU_MARKERS]);

/** Whether any sentence holds one of `markers`. */
const usesAny = (sentences: readonly Sentence[], markers: readonly string[]): boolean =>
  sentences.some((s) => markers.some((m) => s.norm.includes(m)));

/** Hong Kong's or Macau's code when a page uses that region's own words and not the other's, else Taiwan's by its own. */
function specialRegionOf(sentences: readonly Sentence[]): string | undefined {
  const uses = (markers: readonly string[]) => usesAny(sentences, markers);
  const hongKong = uses(HONG_KONG_MARKERS);
  const macau = uses(MACAU_MARKERS);
  if (hongKong === macau) return !hongKong && uses(TAIWAN_MARKERS) ? TAIWAN_CODE : undefined;
  return hongKong ? '810000' : '820000';
}

/**
 * The place of a level that an unqualified 市/区/县/镇 refers to at a point of the article:
 * the last one named before it (that `fits`), else the first one named after it.
 */
export function recentPlace(
  ctx: ArticleContext,
  level: Place['level'],
  sentence: number,
  pos: number,
  fits: (place: Place) => boolean = () => true,
): Place | undefined {
  let before: Place | undefined;
  let beforeShort = false;
  let after: Place | undefined;
  // 记者从市总工会获悉,…(南通)联赛中,镇江市选手…: with nothing before, a place named in full after is the
  // region meant rather than one named short before it (a venue in a title, a place someone went).
  let afterFull: Place | undefined;
  const formerCities = level === 'city' ? citiesOfCountyLevel(ctx) : [];
  for (const m of ctx.mentions) {
    // 从化市 on a page written before it became 从化区: the county-level city (and its towns') is the 市 of 市总工会.
    const formerCity = formerCities.find((c) => c.code === m.place.code || isWithin(m.place.code, c.code));
    const p = (formerCity && fits(formerCity) ? formerCity : undefined) ?? levelOf(m.place, level, fits);
    if (!p || elsewhere(ctx, m, p) || !fits(p)) continue;
    if (m.sentence < sentence || (m.sentence === sentence && m.pos < pos)) {
      before = p;
      beforeShort = !m.full;
    } else {
      after ??= p;
      if (m.full) afterFull ??= p;
    }
  }
  if (afterFull && on(R.fullAfter)) after = afterFull;
  // Nothing in the article: the place the page's outlet is named after (来源:沧州日报).
  const outlet = ctx.outlet ? levelOf(ctx.outlet, level) : undefined;
  const own = outlet && fits(outlet) ? outlet : undefined;
  // 与石家庄主会场同频…市总工会主席: a city's paper means its own city by a bare 市, not one it just named short.
  if (own && before && beforeShort && before.code !== own.code && mentions(ctx, own.code) && on(R.outletOwn))
    return own;
  return before ?? after ?? own;
}

/**
 * The place a bare 市/区/县总工会 stands for when the article has named that federation in full before it
 * (山东省邹城市总工会…赴青岛工人疗养院…市总工会将…: 邹城市, not 青岛 named short since): a name written out
 * first and short after is the reader's habit. The last such federation before the point, of the level
 * and ending in the word (a 市总工会 is no 县's); undefined when none was named before, or when another
 * place of the level was named in full since.
 *
 * @example
 * federationPlace(ctx, '市', 'city', 2, 0)?.name // → '邹城市'
 */
export function federationPlace(
  ctx: ArticleContext,
  word: string,
  level: Place['level'],
  sentence: number,
  pos: number,
): Place | undefined {
  if (!on(R.namedFederation)) return undefined;
  let found: Place | undefined;
  for (const m of ctx.mentions) {
    if (m.sentence > sentence || (m.sentence === sentence && m.pos >= pos)) break;
    const p = m.place;
    const ofLevel = p.level === level || (level === 'city' && p.level === 'county');
    if (!ofLevel || !p.name.endsWith(word) || !standsFor(word, p)) continue;
    // 徐州市总工会…来到南通…南通市人大常委会副主任…市总工会主席: another place of the level named in full since is meant.
    if (m.federation) found = p;
    else if (m.full && found && p.code !== found.code) found = undefined;
  }
  return found;
}

/**
 * The county-level cities that are the article's 市: a district named as the city it was (从化市
 * for 从化区), and a county-level city named in full (温岭市) when the article names no
 * prefecture-level city (台州) itself — a page about 温岭 means 温岭's 市总工会.
 */
function citiesOfCountyLevel(ctx: ArticleContext): Place[] {
  const former = ctx.mentions.filter(isFormerCity).map((m) => m.place);
  if (!on(R.countyCity) || ctx.mentions.some((m) => m.place.level === 'city')) return former;
  // 柘皋镇, 黄麓镇 (a county-level city's site lists its towns): the city the towns are in is the 市.
  const ofTowns = ctx.mentions.filter((m) => m.place.level === 'town').map((m) => levelOf(m.place, 'county'));
  return [
    ...former,
    ...ctx.mentions.filter(isCountyCity).map((m) => m.place),
    ...ofTowns.filter((c): c is Place => c?.name.endsWith('市') === true),
  ];
}

/** A county-level city named in full (温岭市, 慈溪市). */
function isCountyCity(m: PlaceMention): boolean {
  return m.full && m.place.level === 'county' && m.place.name.endsWith('市') && m.text === m.place.name;
}

/** A district the page names as the county-level city it was (从化市 for 从化区). */
function isFormerCity(m: PlaceMention): boolean {
  return m.full && m.place.level === 'county' && m.place.name.endsWith('区') && m.text.endsWith('市');
}

/**
 * A short name of a place outside the page's province (考上了南京东南大学 on a Yanbian page) says
 * where someone went, not whose 市总工会 the article means, when the article names the level's place
 * in its own province too.
 */
function elsewhere(ctx: ArticleContext, m: PlaceMention, p: Place): boolean {
  const { province } = ctx;
  if (m.full || !province || p.code === province || isWithin(p.code, province)) return false;
  return ctx.mentions.some(
    (o) => o.full && levelOf(o.place, p.level) !== undefined && isWithin(o.place.code, province),
  );
}

/**
 * Whether a bare level character can stand for a place: 州 only for a prefecture named 州
 * (黔西南州, 延边朝鲜族自治州), never a city whose name ends in 州 (惠州市); 旗 only for a banner
 * (杭锦旗), Inner Mongolia's county; 市 only for a city, never a prefecture that is none (延边州 on
 * a page about 敦化市, one of its cities).
 *
 * @example
 * standsFor('州', placeByCode('441300')!) // → false (惠州市)
 */
/** Prefectures that are no city: autonomous prefectures, 地区 and 盟 (a former city, now a district, still is one). */
const NOT_CITY_PREFECTURE = /(?:州|地区|盟)$/;

export function standsFor(char: string, place: Place): boolean {
  if (char === '市' && on(R.cityOnly)) return !NOT_CITY_PREFECTURE.test(place.name);
  // 区总工会主席 on a page about 昂仁县: a district's, never a county's (a county made a district is one now).
  if (char === '区' && on(R.districtOnly)) return place.name.endsWith('区');
  return (char !== '州' && char !== '旗') || place.name.endsWith(char);
}

/** The place itself when it has the level, or its ancestor of that level. */
function levelOf(place: Place, level: Place['level'], fits: (p: Place) => boolean = () => true): Place | undefined {
  if (place.level === level) return place;
  // A county-level city (晋江市, 台山市) is the 市 of 市总工会 in an article about it; its prefecture is the
  // 州 of 州总工会 (恩施市 of 恩施州).
  if (level === 'city' && place.level === 'county' && place.name.endsWith('市') && fits(place)) return place;
  for (const code of place.ancestors) {
    const a = placeByCode(code);
    if (a?.level === level) return a;
  }
  // 市总工会 in a Beijing article: the municipality is the city.
  if (level === 'city') {
    for (const candidate of [place, ...place.ancestors.map(placeByCode)]) {
      if (candidate && isMunicipality(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Whether the article names this place (in full or short). */
export function mentions(ctx: ArticleContext, code: string): boolean {
  return ctx.mentions.some((m) => m.place.code === code);
}
