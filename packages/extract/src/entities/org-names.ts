import { charSet, inCharSet, isCnDigit, isDigit, isHan } from '../page/chars.ts';
import { wordEndingAt } from '../page/spans.ts';
import {
  type ArticleContext,
  conjunctionPlace,
  divisionAt,
  divisionCity,
  federationPlace,
  recentPlace,
  standsFor,
  writtenPlaceName,
} from '../places/context.ts';
import {
  childByShort,
  choosePlace,
  fullPlaceEndingAt,
  hasLength,
  insideTaiwanName,
  isMainland,
  isMunicipality,
  isSpecialRegion,
  isWithin,
  longestFrom,
  lookupPlace,
  type Place,
  type PlaceMatch,
  placeByCode,
  placeEndingAt,
  placeLengthsAt,
  placeStartingAt,
} from '../places/places.ts';
import { BEFORE_DATELINE_BYLINE, PROFILE_OF } from '../vocab/bylines.ts';
import { EVENT_NOUNS } from '../vocab/events.ts';
import { Lexicon } from '../vocab/lexicon.ts';
import { CENTRAL_BRANDS, NAMED_BEFORE_REGION, NATIONAL_PREFIX } from '../vocab/national-bodies.ts';
import { BODY_CATEGORIES, GENERIC_LEXICON } from '../vocab/org-generic.ts';
import {
  APPOSED_CATEGORIES,
  BARE_AFTER_CONJUNCTION,
  BRAND_OPENING_STOPS,
  CONJUNCTIONS,
  COUNT_CLASSIFIERS,
  DESIGNATION_ENDS,
  JING_WORD_ENDS,
  ORG_STOP_WORDS,
  PHRASES_OPENING_WITH_STOPS,
  POINTING_WORDS,
  STOPS_OWNING_ZHONG,
  stopInsideWord,
  VERBS_IN_NAMES,
  WORDS_OPENING_WITH_STOPS,
} from '../vocab/org-stops.ts';
import {
  LEGAL_FORMS,
  SUFFIX_BY_TEXT,
  SUFFIX_ENDINGS,
  SUFFIX_LEXICON,
  SUFFIX_RULES,
  WORD_ENDING_SUFFIXES,
} from '../vocab/org-suffixes.ts';
import { PLACE_ABBREVIATIONS } from '../vocab/place-abbreviations.ts';
import { GENERIC_DISTRICT_NAMES, HERE_REGIONS, HERE_WORD, SPECIAL_REGION_DISTRICTS } from '../vocab/place-words.ts';
import { surnameLength, WORDS_LIKE_NAMES } from '../vocab/surnames.ts';
import { HEAD_TITLES, OFFICES, RANKS } from '../vocab/titles.ts';

/**
 * Reading an organization's name: where it starts (scanning left from its suffix), which
 * places it starts with (湖州南浔区…, 东莞石龙…), and which region a bare 市/区/省 stands for
 * in the article (市总工会 in a Foshan article → 佛山市).
 */

const MAX_NAME = 32;

/** Words a name does not run back over: verbs and prepositions, and the titles of people (…秘书长黄国及…). */
const STOPS = new Set([...ORG_STOP_WORDS, ...HEAD_TITLES]);

/** What events are called (活动, 会议, 大赛): a name that starts with a place does not run back over one. */
const EVENT_WORDS = new Lexicon(EVENT_NOUNS.map(([noun]) => noun));

/** A region's short form at the start of a name and the level it stands for (市总工会 → the article's city). */
const REGION_SHORTS: ReadonlyArray<[string, Place['level']]> = [
  ['师市', 'city'],
  ['自治区', 'province'],
  ['特区', 'province'],
  ['街道', 'town'],
  ['省', 'province'],
  ['市', 'city'],
  ['州', 'city'],
  ['区', 'county'],
  ['县', 'county'],
  ['旗', 'county'],
  ['镇', 'town'],
  ['乡', 'town'],
];

/** One-character prepositions that stop a name right after a body's suffix even where they open a word (为民, 对口). */
const PREPOSITIONS_AFTER_BODY = new Set([...'为对在以']);

/** A body's suffix, then a two- or three-character name, end at `end` (…有限公司吴海军|). */
function afterBodyAndName(norm: string, end: number): boolean {
  if (!nameOpensAfterSuffix(norm, end - 2) && !nameOpensAfterSuffix(norm, end - 3)) return false;
  return personEndsAt(norm, end);
}

/** A body's suffix ends right before `start`, and what opens there is no conjunction (重庆轻轨集团和重庆…公司: 和 joins two bodies). */
function nameOpensAfterSuffix(norm: string, start: number): boolean {
  return inCharSet(SUFFIX_ENDING_CODES, norm, start - 1) && !inCharSet(CONJUNCTION_CODES, norm, start);
}
const SUFFIX_ENDING_CODES = charSet(SUFFIX_ENDINGS);
const CONJUNCTION_CODES = charSet(CONJUNCTIONS);

const isCapital = (ch: string): boolean => ch >= 'A' && ch <= 'Z';
/** Where the run of capital letters ending at `end` starts. */
function capitalsStart(norm: string, end: number): number {
  let j = end;
  while (j > 0 && isCapital(norm[j - 1] as string)) j--;
  return j;
}

/** How a national body's name opens (中国石化, 中华全国总工会). */
const NATIONAL_OPENING = /^中[国华]/;
const DESIGNATION_END = new RegExp(`(?:${DESIGNATION_ENDS.join('|')})”?$`);
const APPOSED = new Set(APPOSED_CATEGORIES);
const BRAND_OPENING = new RegExp(`^(?:${CENTRAL_BRANDS.join('|')})`);

/** A company's legal form opening the text: the suffix of a name that cannot be empty. */
const LEGAL_FORM_AT = new RegExp(`^(?:集团)?(?:${LEGAL_FORMS.join('|')})`);

/** Levels a number before them counts (九市, 三县): the places of that many regions, not one. */
const COUNTED_LEVELS = new Set([...'省市县区']);

/** The verb of taking an office (甲任工会主席) and the bare union it may stand before. */
const TAKES_OFFICE = '任';
const TAKEN_UNION = /^[省市县区]?总?工会/;

/** Verbs of going that stand right before a place (来安徽…, 去北京…); 到 and 赴 are stop words already. */
const MOTION_BEFORE_PLACE = new Set([...'来去']);

/**
 * Walks left from a suffix over the name; returns where the name starts. It stops at
 * punctuation, a verb or preposition (在, 由, 联合 …), a count (5家) or a year, and at a
 * conjunction when a complete name stands to its left (和, 及: two names).
 *
 * @example
 * scanLeft('调研组走访佛山天成材料有限公司', 11, () => false) // → 5
 */
export function scanLeft(norm: string, suffixStart: number, nameEndsAt: (end: number) => boolean): number {
  const floor = Math.max(0, suffixStart - MAX_NAME);
  let i = suffixStart;
  while (i > floor) {
    const found = placeEndingAtCached(norm, i);
    // 薛金平和江苏…公司, 张平和市人大常委会: a place ending in a conjunction (平和) right before another
    // name (a place, a region's short form) is the conjunction; 徐某和县总工会: so is a place opening
    // with one (和县) after a word that is no place.
    const joins =
      found &&
      ((CONJUNCTIONS.has(found.text.at(-1) ?? '') && startsName(norm, i)) ||
        conjunctionPlace(norm, i - found.text.length, found.text));
    const place = joins ? undefined : found;
    if (place) {
      // 区总工会联合镇总工会: a place opening with a stop word (联合镇) right after a body's suffix is the verb.
      const opening = openingStop(norm, i - place.text.length, i);
      if (opening > 0) return i - place.text.length + opening;
      // 前往北京中国石化集团公司: a place before a national body's 中国 or 中华 is where it is, not its
      // name's; so is a district before a central enterprise's brand (通州区中建二局安装工程有限公司).
      // Hong Kong's, Macau's and Taiwan's bodies open with their region and then 中华 (香港中华总商会).
      if (NATIONAL_OPENING.test(norm.slice(i, i + 2)) && place.candidates.some(isMainland)) break;
      if (/[区县]$/.test(place.text) && BRAND_OPENING.test(norm.slice(i, i + 3))) break;
      // 南岸区重庆经开区…: a district before its own city's name is where the body is, not part of its name.
      if (withinNextPlace(norm, i, place)) break;
      i -= place.text.length;
      // 全国工会职工书屋示范点湖北金禄科技有限公司: a designation before the place is the body's, not its name.
      // (施工单位省五建安装工程有限公司: so is a category of bodies, below.)
      if (DESIGNATION_END.test(norm.slice(Math.max(0, i - 5), i))) break;
      // 此次夏送清凉活动远安县总工会筹措资金: the event is the sentence's subject, not part of the name.
      if (EVENT_WORDS.endingAt(norm, i)) break;
      // 代表全总来安徽华能电缆公司: 来 or 去 before a place is the verb of going there.
      if (MOTION_BEFORE_PLACE.has(norm.charAt(i - 1))) break;
      continue;
    }
    const ch = norm[i - 1] as string;
    // 施工单位省五建安装工程有限公司: a category of bodies before a name stands in apposition to it.
    if (i < suffixStart && APPOSED.has(norm.slice(i - 2, i))) break;
    // 本次活动县总工会共筹资: so is the event before a region's short form.
    if (i === suffixStart && LEVEL_BEFORE_SUFFIX.has(ch) && EVENT_WORDS.endingAt(norm, i - 1)) return i - 1;
    // 颁奖晚会县委副书记, 表彰大会县委书记: so is the event before a region's party committee written bare.
    if (i === suffixStart && REGION_COMMITTEE_AT.test(norm.slice(i, i + 2)) && EVENT_WORDS.endingAt(norm, i)) return i;
    const enclosed = enclosureStart(norm, i, floor);
    if (enclosed !== undefined) {
      if (enclosed < 0) break;
      i = enclosed;
      continue;
    }
    // 厦门ABB开关有限公司, TCL科技集团: a brand's capital letters (two or more, not the tail of a file
    // name like …JPG or a stray letter) are part of the name.
    if (isCapital(ch)) {
      const run = capitalsStart(norm, i);
      if (i - run < 2 || /[A-Za-z0-9.]/.test(norm[run - 1] ?? '')) break;
      i = run;
      continue;
    }
    // 成都轨道交通13号线一期工程…项目部: a line's number is part of a project's name.
    if (isDigit(ch) && norm.startsWith(LINE_WORD, i)) {
      let run = i - 1;
      while (run > 0 && isDigit(norm[run - 1])) run--;
      if (i - run <= 2) {
        i = run;
        continue;
      }
    }
    if (!isHan(ch) && ch !== '·' && ch !== '〇') break;
    // ——记中建钢构有限公司…: a profile's 记 after its dash opens no name.
    if (ch === PROFILE_OF && norm[i - 2] === '—') break;
    // 肖某意任工会主席, 省委常委兼任省总工会主席: 任 right before a bare union (or a region's short form of one) is
    // the office taken, not the union's name (有限责任公司 keeps its 任: a company, not a union, follows it).
    if (ch === TAKES_OFFICE && TAKEN_UNION.test(norm.slice(i, suffixStart + 3))) break;
    // 本澳劳工事务局, 本港劳工处: "this" region's body is written bare, as the region's pages write it.
    if (ch === HERE_WORD && HERE_REGIONS.has(norm[i] ?? '')) return i + 1;
    // 湾仔香港君悦酒店: a district of Hong Kong or Macau before the region's name is the address.
    if (districtBeforeRegion(norm, i)) break;
    // 宁波华舜铝材有限公司吴海军浙江沃可…公司: a person's name after one body and before a place opens another.
    if (i < suffixStart && afterBodyAndName(norm, i) && placeStartingAt(norm, i) && !placeEndingAtCached(norm, i))
      break;
    // 经龙江县委同意, 经公司工会推荐: 经 before a region's body or a word it does not form (经济, 经信局) is "by".
    if (ch === '经' && (!JING_WORD_ENDS.has(norm[i] ?? '') || placeStartingAt(norm, i) || regionShort(norm.slice(i))))
      break;
    const word = wordEndingAt(norm, i, STOPS);
    // 公共资源交易中心, 就业服务中心: a one-character stop inside a word of the name's is no stop,
    // unless it is a preposition right after a body's suffix (外判公司为民顺清洁有限公司: the body is the
    // subject; 集团有限公司 keeps its 有).
    const preposition = word !== undefined && PREPOSITIONS_AFTER_BODY.has(word) && suffixEndsAt(norm, i - 1);
    // 安徽同济建设集团, 北京同仁堂: a place takes no preposition 同, so after the place that opens the phrase
    // it is the brand's first character (not 各 or a conjunction: 坡头区各镇工会). So it is when it opens
    // the phrase itself (同济大学工会举办…), unless a place or a region's short form follows
    // (,同市文体局联合…: "with").
    const brandAfterPlace =
      word !== undefined &&
      BRAND_OPENING_STOPS.has(word) &&
      (placeOpensPhrase(norm, i - 1) ||
        (!isHan(norm[i - 2]) && !placeStartingAt(norm, i) && !regionShort(norm.slice(i, i + 4))));
    // 建设有限公司: a longer stop (设有) whose last character opens a word of the name's (有限) stops nothing
    // either (中 before 国 is read below).
    const opensWord =
      (word?.length ?? 0) > 1 && !word?.endsWith('中') && WORDS_OPENING_WITH_STOPS.has(norm.slice(i - 1, i + 1));
    const stop =
      (word?.length === 1 && (stopInsideWord(norm, i) || brandAfterPlace) && !preposition) || opensWord
        ? undefined
        : word;
    // A verb that names a service may end a name's core (职工培训中心), unless it starts the phrase (,组织部署).
    // So may any word right before a company's legal form, which needs a name before it (钢铁联合有限责任公司),
    // with 集团 between them or a union after them too (中建联合集团有限公司, 钢铁联合有限责任公司工会).
    // 协调劳动关系三方委员会: so does a stop that opens a phrase such bodies are named by.
    const inside =
      stop !== undefined &&
      (PHRASES_OPENING_WITH_STOPS.some((p) => p.startsWith(stop) && norm.startsWith(p, i - stop.length)) ||
        (((i === suffixStart && VERBS_IN_NAMES.has(stop)) || (stop.length > 1 && LEGAL_FORM_AT.test(norm.slice(i)))) &&
          isHan(norm[i - stop.length - 1])));
    // 今年中国电信…: a time word's 中 that opens 中国 is the name's first character (but 其中国家级…
    // is 其中, then 国家级).
    if (stop?.endsWith('中') && !STOPS_OWNING_ZHONG.has(stop) && NATIONAL_OPENING.test(norm.slice(i - 1, i + 1)))
      return i - 1;
    if (stop && !inside) break;
    if (CONJUNCTIONS.has(ch)) {
      // …相继与台中市总工会: 与 or 及 right after a stop word opens no name (和 may: 走访和昌电业公司).
      // ;与华电西藏能源有限公司…开展: nor does one that opens the clause.
      // 于2016年5月28日与人力资源办公室合并: nor one right after a day, which a name never ends in.
      const afterStop =
        ch !== '和' &&
        (wordEndingAt(norm, i - 1, STOPS) !== undefined || !isHan(norm[i - 2]) || dayEndsAt(norm, i - 1));
      // 西安市灞桥区和陕建七建集团: a place named in full before it is the other item, not the name's.
      const placeBefore = fullPlaceEndingAt(norm, i - 1, 9) !== undefined;
      // 各企业及申远新材料有限公司: a category word before it is the other item.
      // “三最”和…: a quotation before it is another item (a slogan, a campaign).
      const category = BODY_CATEGORIES.has(norm.slice(i - 3, i - 1)) || norm[i - 2] === '”';
      // 劳工局与总工会携手: a body's suffix before it ends the other item (劳工局), as 文化和旅游局's 文化 does not.
      const bodyBefore = suffixEndsAt(norm, i - 1) && !WORD_ENDING_SUFFIXES.has(norm[i - 2] as string);
      // 企业经营者和工会主席: a union's bare suffix right after it is the union in general.
      const bareUnion = i === suffixStart && BARE_AFTER_CONJUNCTION.some((suffix) => norm.startsWith(suffix, i));
      if (
        bareUnion ||
        afterStop ||
        nameEndsAt(i - 1) ||
        startsName(norm, i) ||
        personEndsAt(norm, i - 1) ||
        placeBefore ||
        category ||
        bodyBefore
      )
        break;
      i--;
      continue;
    }
    // 5家, 20余家, 一百四十几名: a count before a name is not part of it.
    if (countedAt(norm, i, ch)) break;
    // 7月份工会主席例会: a month before a name is not part of it.
    if (ch === '份' && norm[i - 2] === '月' && isDigit(norm[i - 3])) break;
    // 2024 年佛山市…, 4月12日全省总工会…: a year or a day before a name is not part of it.
    if (dayEndsAt(norm, i)) break;
    // 县委县政府, 市委市政府: the region's party committee and then its government, two bodies.
    if (ch === '委' && LEVEL_BEFORE_SUFFIX.has(norm[i - 2] as string) && norm[i] === norm[i - 2]) break;
    // 2024年度优秀工会主席: so is a year's 年度.
    if (ch === '度' && norm[i - 2] === '年' && isDigit(norm[i - 3])) break;
    i--;
  }
  return i;
}

/**
 * Whether the character before `i`, `ch`, is a classifier, 人, 次 or a level closing a count (5家, 20余家,
 * 一百四十几名, 曾200人, 3批次, 九市总工会): the count is not part of the name before which it stands. Only
 * those characters are looked at: scanLeft asks at every character it passes.
 */
function countedAt(norm: string, i: number, ch: string): boolean {
  const classifier = COUNT_CLASSIFIERS.has(ch);
  if (!classifier && ch !== '人' && ch !== '次' && !COUNTED_LEVELS.has(ch)) return false;
  const counted = APPROXIMATORS.has(norm[i - 2] as string) ? norm[i - 3] : norm[i - 2];
  // 万家美物业: a bare 万, 千 or 百 before 家 is a word of the name, not a count.
  const bareMagnitude =
    MAGNITUDES.has(counted as string) &&
    !isDigit(norm[i - 3]) &&
    !isCnDigit(norm[i - 3]) &&
    !APPROXIMATE_BEFORE.has(norm[i - 3] as string);
  if (classifier && (isDigit(counted) || isCnDigit(counted)) && !bareMagnitude) return true;
  if (classifier && POINTING_WORDS.has(norm[i - 2] ?? '')) return true;
  // 曾200人包围…: people counted in figures (第八人民医院 keeps its 人).
  if (ch === '人' && isDigit(counted)) return true;
  // 3批次省级创新工作室: 次 after a classifier is part of the count; so is 次 after a number
  // (四次…), and a level after a number counts places (九市总工会).
  if (ch === '次' && COUNT_CLASSIFIERS.has(norm[i - 2] ?? '') && (isDigit(norm[i - 3]) || isCnDigit(norm[i - 3])))
    return true;
  return (ch === '次' || COUNTED_LEVELS.has(ch)) && (isDigit(counted) || isCnDigit(counted));
}

/** Whether a date written in figures (5月28日, 2016年, 2024 年) ends at `end`. */
function dayEndsAt(norm: string, end: number): boolean {
  return (
    DATE_UNITS.has(norm[end - 1] as string) &&
    (isDigit(norm[end - 2]) || (norm[end - 2] === ' ' && isDigit(norm[end - 3])))
  );
}
const DATE_UNITS = new Set(['年', '月', '日']);

/** Words after a count that make it approximate (20余家, 一百四十几名). */
const APPROXIMATORS = new Set(['余', '多', '几']);
/** Words before a bare magnitude that make it a count (近千名, 上万家, 逾百名). */
const APPROXIMATE_BEFORE = new Set(['近', '上', '逾', '超', '数', '几', '约']);
/** Magnitudes that may stand bare in a name (万家美物业). */
const MAGNITUDES = new Set(['万', '千', '百']);

/** The length of a stop word opening the place at [from, to) when a body's suffix ends right before it, else 0. */
function openingStop(norm: string, from: number, to: number): number {
  if (!suffixEndsAt(norm, from)) return 0;
  // 学院会同集团工会: the whole short name (会同) may be the word.
  for (let end = to; end > from; end--) if (STOPS.has(norm.slice(from, end))) return end - from;
  return 0;
}

/** What follows a metro or railway line's number (13号线). */
const LINE_WORD = '号线';

/** The places ending at each position of the sentence last scanned (names overlap, so scans repeat). */
// By position (an array, not a Map: positions are small integers); null where no place ends.
let placeCache: { norm: string; at: Array<PlaceMatch | null> } = { norm: '', at: [] };

function placeEndingAtCached(norm: string, end: number): PlaceMatch | undefined {
  if (placeCache.norm !== norm) placeCache = { norm, at: [] };
  const cached = placeCache.at[end];
  if (cached !== undefined) return cached ?? undefined;
  const hit = placeEndingAt(norm, end, 2);
  placeCache.at[end] = hit ?? null;
  return hit;
}

/**
 * Whether a suffix of the lexicon ends at `end`.
 *
 * @example
 * suffixEndsAt('国网供电公司程旭', 6) // → true
 */
export function suffixEndsAt(norm: string, end: number): boolean {
  return SUFFIX_LEXICON.lengthEndingAt(norm, end) > 0;
}

/**
 * A person's name after a title or a body ends at `end` (…秘书长黄国及…, …供电公司程旭和…): what
 * follows a conjunction there is another name.
 */
function personEndsAt(norm: string, end: number): boolean {
  // 副政委吐尔逊拜·达那别克和…: a dotted (transliterated) name right after an office ends there.
  const dotted = DOTTED_NAME_END.exec(norm.slice(Math.max(0, end - 8), end));
  if (dotted) {
    const dot = end - dotted[0].length;
    for (let start = dot - 2; start >= dot - 6 && start > 0; start--)
      if (wordEndingAt(norm, start, OFFICE_SET)) return true;
  }
  for (const len of [2, 3, 4]) {
    const name = norm.slice(end - len, end);
    // 会长欧阳广球和…: four characters only with a two-character surname.
    if (name.length !== len || surnameLength(name) === 0 || (len === 4 && surnameLength(name) !== 2)) continue;
    // 副调研员张某和…: a rank before the name is as good as an office.
    if (wordEndingAt(norm, end - len, HEAD_TITLES) || wordEndingAt(norm, end - len, RANK_SET)) return true;
    // …总工会劳动和经济工作部: a word after a body (劳动) is no name.
    if (suffixEndsAt(norm, end - len) && !WORDS_LIKE_NAMES.has(name.slice(0, 2))) return true;
  }
  return false;
}

const DOTTED_NAME_END = /[·•・]\p{Script=Han}{1,6}$/u;
const OFFICE_SET: ReadonlySet<string> = new Set(OFFICES);
const RANK_SET: ReadonlySet<string> = new Set(RANKS);

/** A place, a region's short form, a national prefix, an ordinal or a bare company suffix starts at `at`: a name of its own begins there. */
function startsName(norm: string, at: number): boolean {
  const rest = norm.slice(at, at + 8);
  if (NATIONAL_PREFIX.test(rest) || regionShort(rest) !== undefined || placeStartingAt(norm, at) !== undefined)
    return true;
  // …指挥部和第五分公司, …雄鹰班和有限公司天津分公司: an ordinal or a bare company suffix opens a second item.
  return norm[at] === '第' || BARE_COMPANY.test(rest);
}
/** A company's legal suffix standing for the parent company it ends (有限公司天津分公司: the parent's branch). */
const BARE_COMPANY = new RegExp(
  `^(?:${SUFFIX_RULES.filter((r) => r.kind === 'company' && r.strength === 'strong' && r.suffix.includes('有限'))
    .map((r) => r.suffix)
    .join('|')})`,
);

/**
 * A quotation or bracket closing right before `i`: where it opens (the name runs over it),
 * -1 when it cannot be part of a name, undefined when `i` is not after a closing mark.
 */
function enclosureStart(norm: string, i: number, floor: number): number | undefined {
  const ch = norm[i - 1];
  if (ch === '”') {
    const open = norm.lastIndexOf('“', i - 2);
    // “进万家门,知万家情”: a slogan with a pause in it is no part of a name.
    return open >= floor && i - open <= 20 && !/[,，。;；]/.test(norm.slice(open, i)) ? open : -1;
  }
  if (ch === ')') {
    const open = norm.lastIndexOf('(', i - 2);
    const inner = open >= 0 ? norm.slice(open + 1, i - 1) : '';
    // 和美电器(佛山)有限公司, 北京市工业(国防)工会; not (以下简称…), a list 省(区、市) nor a dateline's byline (…电 (江飞波)).
    const byline = BEFORE_DATELINE_BYLINE.test(norm.slice(Math.max(0, open - 2), open));
    return open >= floor &&
      inner.length <= 6 &&
      /^[\p{Script=Han}]+$/u.test(inner) &&
      !/简称|下称/.test(inner) &&
      !byline
      ? open
      : -1;
  }
  return undefined;
}

/** The places a name starts with, and a district the gazetteer lacks after them (大亚湾区, 高新区). */
export interface Chain {
  places: Place[];
  pseudo?: string;
  length: number;
}

/**
 * Reads the places a name starts with (湖州南浔区…, 东莞石龙…, 惠州大亚湾区…).
 *
 * @example
 * parseChain('湖州南浔区总工会', ['330500']).places.map((p) => p.name) // → ['湖州市', '南浔区']
 */
/** A region's party committee written bare (县委, 市委), its level character first. */
const REGION_COMMITTEE_AT = /^[省市区县镇州]委$/;

const SPECIAL_REGION_INITIALS = new Set([...SPECIAL_REGION_DISTRICTS.keys()].map((region) => region.charAt(0)));

/** Whether a district of Hong Kong or Macau ends at `at`, right before the region's own name. */
function districtBeforeRegion(norm: string, at: number): boolean {
  // One character test first: the scan passes here at every character of a name.
  if (!SPECIAL_REGION_INITIALS.has(norm.charAt(at))) return false;
  const districts = SPECIAL_REGION_DISTRICTS.get(norm.slice(at, at + 2));
  return districts?.some((d) => norm.startsWith(d, at - d.length)) === true;
}

/** Whether the place right after `at` contains `place` (重庆 after 南岸区): the order of an address, not of a name. */
function withinNextPlace(norm: string, at: number, place: PlaceMatch): boolean {
  const next = placeStartingAt(norm, at);
  return next !== undefined && place.candidates.some((c) => next.candidates.some((n) => c.ancestors.includes(n.code)));
}

export function parseChain(name: string, context: readonly string[]): Chain {
  let memo = chainMemo.get(context);
  if (!memo) {
    memo = new Map();
    chainMemo.set(context, memo);
  }
  const known = memo.get(name);
  if (known) return known;
  const chain = readChain(name, context);
  memo.set(name, chain);
  return chain;
}

/** Chains already read, per article (its context codes): an article names the same bodies again and again. */
const chainMemo = new WeakMap<readonly string[], Map<string, Chain>>();

function readChain(name: string, context: readonly string[]): Chain {
  const places: Place[] = [];
  let pos = 0;
  while (pos < name.length) {
    const next = nextPlace(name, pos, places.at(-1), places, context);
    if (!next) break;
    places.push(next.place);
    pos += next.length;
  }
  const chain: Chain = { places, length: pos };
  const last = places.at(-1);
  if (last && (last.level === 'city' || last.level === 'county')) {
    const m = /^[\p{Script=Han}]{1,4}?(?:新区|开发区|高新区|区)/u.exec(name.slice(pos));
    if (m && m[0].length <= 6 && !/[总工会委局]/.test(m[0])) {
      chain.pseudo = m[0];
      chain.length += m[0].length;
    }
  }
  return chain;
}

function nextPlace(
  name: string,
  pos: number,
  prev: Place | undefined,
  places: readonly Place[],
  context: readonly string[],
): { place: Place; length: number } | undefined {
  const lengths = placeLengthsAt(name, pos);
  // The codes a candidate is chosen among: the chain so far and the article's places (built once).
  let known: string[] | undefined;
  // A town's short name after its county or city (东莞石龙) is not in the index: up to 4 characters.
  const longest = Math.max(lengths ? longestFrom(name.charAt(pos)) : 0, prev ? 4 : 0);
  for (let len = Math.min(longest, name.length - pos); len >= 2; len--) {
    const inIndex = hasLength(lengths, len);
    if (!inIndex && !(prev && len <= 4)) continue;
    const text = name.slice(pos, pos + len);
    const hit = inIndex ? lookupPlace(text) : undefined;
    let candidates = hit?.candidates ?? [];
    if (prev) candidates = candidates.filter((c) => c.ancestors.includes(prev.code));
    // A county's short name (西乡, 斗门) is trusted only inside the places the article is about.
    if (hit && !hit.full && !prev) {
      candidates = candidates.filter((c) => c.level !== 'county' || c.ancestors.some((a) => context.includes(a)));
    }
    // So is a district named with an everyday word (矿区工会: a mining area's union, not 阳泉's).
    if (hit && !prev && GENERIC_DISTRICT_NAMES.has(text)) {
      candidates = candidates.filter((c) => c.ancestors.some((a) => context.includes(a)));
    }
    // A town's short name after its parent (东莞石龙); a suffix there (佛山市总工会) ends the places.
    if (candidates.length === 0 && prev && len <= 4 && !startsWithSuffix(name, pos)) {
      const child = childByShort(prev.code, text);
      if (child) candidates = [child];
    }
    if (candidates.length === 0) continue;
    // 吉林敦化市: of a name that is both a province's and a city's (吉林), the one the next place lies in.
    if (candidates.length > 1 && !prev && pos + len < name.length) {
      const leading = candidates.filter((c) => nextPlace(name, pos + len, c, [...places, c], context) !== undefined);
      if (leading.length > 0) candidates = leading;
    }
    known ??= [...places.map((p) => p.code), ...context];
    const chosen = choosePlace(candidates, known);
    if (chosen) return { place: chosen, length: len };
  }
  return undefined;
}

/** Whether a suffix of the lexicon starts at `pos` (总工会 of 佛山市总工会). */
function startsWithSuffix(name: string, pos: number): boolean {
  return SUFFIX_LEXICON.lengthStartingAt(name, pos) > 0;
}

/**
 * Whether the words of a name's core are all generic (企业, 基层, 先行示范 …).
 *
 * @example
 * isGenericCore('基层企业') // → true
 */
export function isGenericCore(core: string): boolean {
  const text = core.replace(/\([^)]*\)/g, '');
  // 湘澳工会, 粤港澳工会: the unions of the regions named by their one-character short names.
  if (text.length >= 2 && [...text].every((ch) => PLACE_ABBREVIATIONS.has(ch))) return true;
  let i = 0;
  while (i < text.length) {
    const matched = GENERIC_LEXICON.lengthStartingAt(text, i);
    if (matched === 0) return false;
    i += matched;
  }
  return true;
}

/**
 * Writes a place with as much of its parentage as the article names (南海区 → 佛山市南海区).
 *
 * @example
 * qualifiedPlaceName(placeByCode('440605')!, ctxOfAFoshanArticle) // → '佛山市南海区'
 */
export function qualifiedPlaceName(place: Place, ctx: ArticleContext): string {
  const own = writtenPlaceName(ctx, place);
  const parent = place.parentCode ? placeByCode(place.parentCode) : undefined;
  if (!parent || (parent.level === 'province' && !isMunicipality(parent))) return own;
  // A county-level city is written on its own (台山市), not under its prefecture.
  if (place.level === 'county' && place.name.endsWith('市')) return own;
  // The parent must be named as a place (佛山市, 湖州南浔区), not only as a word in a headline or a company
  // name; a city's district is written under its city all the same, as many cities have a 鼓楼区 or a 西湖区
  // (when the page tells which: its name is the only one, or it lies in the page's province).
  const district = own.endsWith('区') && isKnownDistrict(place, ctx);
  if (!district && !ctx.mentions.some((m) => m.place.code === parent.code && m.full)) return own;
  // As the article writes it: 内江市中区, not 内江市市中区.
  const joined = ctx.mentions.some((m) => m.place.code === place.code && m.joined);
  return qualifiedPlaceName(parent, ctx) + (joined ? own.slice(1) : own);
}

/**
 * A city's district (鼓楼区) the page places: no other district has its name, or it lies in the page's
 * province. Only a district written as one: a county or county-level city made a district since
 * (崇明县, 从化市) is written as the article writes it.
 */
function isKnownDistrict(place: Place, ctx: ArticleContext): boolean {
  if (place.level !== 'county' || !place.name.endsWith('区')) return false;
  if (ctx.province !== undefined && isWithin(place.code, ctx.province)) return true;
  return (lookupPlace(place.name)?.candidates.filter((c) => c.level === 'county').length ?? 0) === 1;
}

/** The level characters a region's own body is written with right before its suffix (…市总工会, …区政府). */
const LEVEL_BEFORE_SUFFIX = new Set([...'省市区县州旗镇乡']);

/** Whether a place's name ends at `end` and opens its phrase (after a break, a stop word or at the start). */
function placeOpensPhrase(norm: string, end: number): boolean {
  const place = placeEndingAtCached(norm, end);
  if (!place) return false;
  const start = end - place.text.length;
  return !isHan(norm[start - 1]) || wordEndingAt(norm, start, STOPS) !== undefined;
}

/**
 * Where a region's own body really starts in a name read leftwards from its suffix. Such a body
 * is named by its places alone, so when the name does not start with a place, a region's short
 * form, a Corps division or the national prefix, or starts with places that stop short of its
 * suffix, but other places end right before its suffix, what stands before them is the
 * sentence's (感激兴庆区总工会 → 兴庆区总工会, 欢迎您进入乐山市总工会 → 乐山市总工会). 0 when the
 * name stands as read.
 *
 * @example
 * ownBodyStart('感激兴庆区总工会', 3, []) // → 2
 */
export function ownBodyStart(written: string, suffixLength: number, context: readonly string[]): number {
  const head = written.length - suffixLength;
  // “我的工会我的家”深圳工会: a quotation right before a place and the suffix is a slogan, not the name's.
  const close = written.lastIndexOf('”', head - 1);
  if (close > 0) {
    const rest = written.slice(close + 1, head);
    const chain = rest.length >= 2 ? parseChain(rest, context) : undefined;
    if (chain && chain.places.length > 0 && chain.length === rest.length) return close + 1;
  }
  // …市总工会, or a province's short name (台湾总工会, 香港工会联合会).
  if (head < 3) return 0;
  if (!LEVEL_BEFORE_SUFFIX.has(written[head - 1] as string) && !endsInProvince(written, head)) return 0;
  if (NATIONAL_PREFIX.test(written) || NAMED_BEFORE_REGION.test(written) || divisionAt(written)) return 0;
  const first = parseChain(written, context);
  const opening = first.places.length > 0 ? first.length : (regionShort(written)?.length ?? 0);
  if (opening === head) return 0;
  // 省总工会主要职能青海省总工会: places that stop short of the suffix open other words, unless they
  // are a body's, and the later places name its unit (陕西省总工会商洛地区办事处).
  const later = laterChainEnds(written, head, context, opening > 0 ? opening + 2 : 1);
  if (later === undefined || (opening > 0 && namesUnitOrOffice(written.slice(opening, later)))) return 0;
  return later;
}

/** A province's short or full name ends at `end` (台湾, 香港). */
function endsInProvince(text: string, end: number): boolean {
  return placeEndingAt(text, end)?.candidates.some((p) => p.level === 'province') ?? false;
}

/**
 * What stands between a body's places and a later place is the body's own: a suffix (陕西省总工会
 * 商洛地区办事处), or a body and 驻 before its office in another city (毕节市人民政府驻广州办事处).
 */
function namesUnitOrOffice(between: string): boolean {
  if (SUFFIX_BY_TEXT.has(between)) return true;
  return between.endsWith('驻') && suffixEndsAt(between, between.length - 1);
}

/** Where the first chain of places that ends exactly at `head` starts, at `from` or after. */
function laterChainEnds(written: string, head: number, context: readonly string[], from = 1): number | undefined {
  for (let p = from; p < head - 1; p++) {
    const chain = parseChain(written.slice(p), context);
    if (chain.places.length > 0 && chain.length === head - p && !insideTaiwanName(written, p, head)) return p;
  }
  return undefined;
}

/** A region's short form at the start of a name (市总工会, 自治区总工会, 特区政府). */
export function regionShort(name: string): { word: string; level: Place['level']; length: number } | undefined {
  for (const [word, level] of REGION_SHORTS) if (name.startsWith(word)) return { word, level, length: word.length };
  return undefined;
}

/** The region a bare 市/区/省 stands for at a point of the article (`federation`: the region's 总工会 is meant). */
export function resolveRegion(
  ctx: ArticleContext,
  region: { word: string; level: Place['level'] },
  sentence: number,
  pos: number,
  federation = false,
): Place | undefined {
  // 师市: the city a Corps division runs (第一师阿拉尔市).
  if (region.word === '师市') return divisionCity(ctx);
  if (region.level !== 'province') {
    const fits = (p: Place) => standsFor(region.word, p);
    const recent =
      (federation ? federationPlace(ctx, region.word, region.level, sentence, pos) : undefined) ??
      recentPlace(ctx, region.level, sentence, pos, fits);
    if (recent || region.word !== '区') return recent;
    // 区总工会 on an autonomous region's page that names no district: the region's own (自治区总工会).
    const page = ctx.province ? placeByCode(ctx.province) : undefined;
    return page?.name.endsWith('自治区') ? page : undefined;
  }
  // 省 is a province, 自治区 an autonomous region, 特区 Hong Kong or Macau: the page's if it is one, else the last named.
  const fits = (p: Place | undefined): p is Place => p !== undefined && PROVINCE_KINDS[region.word]?.(p) === true;
  const page = ctx.province ? placeByCode(ctx.province) : undefined;
  if (fits(page)) return page;
  const recent = recentPlace(ctx, 'province', sentence, pos);
  return fits(recent) ? recent : undefined;
}

/** Which province-level regions each short form can stand for. */
const PROVINCE_KINDS: Readonly<Record<string, (p: Place) => boolean>> = {
  省: (p) => p.name.endsWith('省'),
  自治区: (p) => p.name.endsWith('自治区'),
  特区: (p) => isSpecialRegion(p),
};

/** A name written from a county or town (南海区总工会) gets the parents the article names. */
export function qualifyFirst(first: Place, writtenPrefix: string, ctx: ArticleContext): string {
  const qualified = qualifiedPlaceName(first, ctx);
  const own = writtenPlaceName(ctx, first);
  return qualified.slice(0, qualified.length - own.length) + writtenPrefix;
}
