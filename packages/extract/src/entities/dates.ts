import {
  HELD_ITSELF_VERBS,
  HOLDING_ADVERBS,
  HOLDING_VERBS,
  LEADING_WORDS,
  PARTY_LEADING_VERBS,
} from '../vocab/events.ts';
import { PUBLISHED_LABELS } from '../vocab/furniture.ts';
import { parseChineseNumeral } from './numbers.ts';

/**
 * Dates as reports write them (10月29日, 2025年3月16日, 近日, 日前) and the year a page
 * is about, inferred from the years it mentions when no publication date is given.
 */
export interface DateHit {
  year?: number;
  month: number;
  day: number;
  pos: number;
  length: number;
}

/**
 * A calendar date: 10月29日, 5月28号, 二月廿二日 (廿 and 卅 for twenty and thirty, as Hong Kong and Macau
 * write a day), 元月12日 (元月 is January), a day part for 日 (5月28午, 9月14晚: written in haste), and the first day of a span that
 * writes 日 once (10月15至18日, 6月19-20日, 1月19、20日). Some sites space the figures off their characters (2 月 6 日).
 */
const DATE =
  /(?:(\d{3,4})\s?年\s?)?(\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s?月\s?(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s?(?:日|号|(?=[上下中]?午|晚|早上)|(?=[至到\-—–~、]\d{1,2}[日号]))/g;

/** 元月: the first month's name. */
const FIRST_MONTH = '元';

/** Taiwan's pages count years from 1912 (民国纪年): 107年 is 2018. */
const ROC_YEAR_OFFSET = 1911;
const ROC_YEARS = { min: 100, max: 150 };

/** The year a date's year digits mean: four digits as written, three as a Taiwanese (ROC) year, else none. */
function yearOf(digits: string): number | undefined {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n >= ROC_YEARS.min && n <= ROC_YEARS.max ? n + ROC_YEAR_OFFSET : undefined;
}
const RELATIVE = /近日|日前|近期|前不久|不久前|近来/;

function toInt(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

/**
 * The first calendar date in a text.
 *
 * @example
 * findDate('本报讯 10月29日,佛山…') // → { month: 10, day: 29, pos: 4, length: 6 }
 */
export function findDate(text: string): DateHit | undefined {
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const month = m[2] === FIRST_MONTH ? 1 : toInt(m[2] as string);
    const day = toInt(m[3] as string);
    if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) continue;
    const hit: DateHit = { month, day, pos: m.index, length: m[0].length };
    const year = m[1] ? yearOf(m[1]) : undefined;
    if (year) hit.year = year;
    return hit;
  }
  return undefined;
}

/**
 * The month and day a dateline files its news on (中工网上海12月4日电, 湖南日报2月13日讯), read at the start of a
 * dateline or of an article's lead; undefined when it names none.
 *
 * @example
 * filedOn('新华社北京12月16日电(记者樊曦)中华全国总工会16日启动…') // → { month: 12, day: 16 }
 * filedOn('本报讯 5月3日,市总工会…') // → undefined (the day of the news, not of its filing)
 */
export function filedOn(text: string): { month: number; day: number } | undefined {
  const m = FILED_ON.exec(text);
  const [month, day] = [Number(m?.[1]), Number(m?.[2])];
  return m && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : undefined;
}
/** An outlet, perhaps a city, then the day and 电 or 讯, or the day, the city and 消息 (6月15日厦门消息). */
const FILED_ON = /^[^，,。;；\s]{0,20}?(\d{1,2})月(\d{1,2})日(?:电|讯|\p{Script=Han}{0,3}消息)/u;

/**
 * A day written without its month (22日,…; 22至24日,…; 工会5日在京举行…; 今(9)日), as papers date the news of
 * their own month: at the start of a clause, right after a body and before where or when, or in brackets after 今.
 *
 * @example
 * findDayOnly('22至24日,全总调研组赴川…') // → 22
 * findDayOnly('活动历时3日,…') // → undefined (a span of days)
 */
export function findDayOnly(text: string): number | undefined {
  const m = DAY_ONLY.exec(text) ?? DAY_AFTER_SUBJECT.exec(text);
  const bracketed = m ? undefined : DAY_IN_BRACKETS.exec(text)?.[0];
  const day = m ? (toInt(m[1] as string) ?? 0) : bracketed ? Number(/(\d+)日?\)/.exec(bracketed)?.[1]) : 0;
  return day >= 1 && day <= 31 ? day : undefined;
}
/** Words before a day's figures that make them a count of days, an ordinal or a span's end (第3日, 共5日, 至10日, 历时3日). */
const DAY_COUNT_WORDS = '年月第近共至到前后每期计续时';
const DAY_PART = '(?:上午|下午|晚上|晚|早上|中午|凌晨)';
/** Where a day written alone may stand: at a clause's start, after a dateline (讯, 电) or a byline's bracket. */
const DAY_BEFORE = '(?:^|[\\s)）】,，讯电])';
/** What follows such a day: a part of the day, a comma, or where or from when (在, 于, 起). */
const DAY_AFTER = `(?=${DAY_PART}|[,，在于起])`;
/** A day's figures: digits, or Chinese numerals as Taiwan's and Macau's papers write them (十五日, 廿六日). */
const DAY_FIGURES = '(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})';
const DAY_ONLY = new RegExp(`${DAY_BEFORE}${DAY_FIGURES}(?:[至到\\-—–~]\\d{1,2})?日${DAY_AFTER}`);
/**
 * 工会5日在京举行…, 副省长何某15日在…仪式上, “…联欢会”23日在广州举行: a day right after the clause's
 * subject (a body, a name, a quoted title) and before where, or before the verb that holds the event
 * (中华全国总工会16日启动…, 澳门工会联合总会29日举行…), perhaps with how (…与交通局27日共同举办), or the verb that
 * leads a party there (王某30日率慰问团赴…). Not after a word that makes it a count of days
 * or an ordinal (第3日, 共5日, 前10日, 连续3日).
 */
const DAY_AFTER_SUBJECT = new RegExp(
  `(?<=[\\p{Script=Han}”])(?<![${DAY_COUNT_WORDS}一二三四五六七八九十廿卅])${DAY_FIGURES}日(?=${DAY_PART}?(?:${HOLDING_ADVERBS.join('|')})?(?:[在于]|${[...HOLDING_VERBS, ...HELD_ITSELF_VERBS, ...LEADING_WORDS, ...PARTY_LEADING_VERBS].join('|')}))`,
  'u',
);

/**
 * 今(9)日, 今(10日), 今日(16日), 昨(22), 今天(7月10日), 今午(29日): Hong Kong's, Macau's and Taiwan's papers and Hong
 * Kong's government give today's or yesterday's day in brackets, this morning's or noon's too.
 */
export const BRACKETED_DAY = '[今昨][日天午晨早晚]?\\s?\\((?:\\d{1,2}月)?\\d{1,2}日?\\)日?';
const DAY_IN_BRACKETS = new RegExp(BRACKETED_DAY);

/**
 * A date whose 月 the source lost (428日 for 4月28日, 111日 for 1月11日 or 11月1日), where a day
 * alone would stand: every month and day its figures can be read as.
 *
 * @example
 * findGluedDate('428日,某公司开展劳动竞赛') // → [{ month: 4, day: 28 }]
 * findGluedDate('111日,省总工会…') // → [{ month: 1, day: 11 }, { month: 11, day: 1 }]
 */
export function findGluedDate(text: string): Array<{ month: number; day: number }> {
  const digits = GLUED.exec(text)?.[1];
  if (!digits) return [];
  const out: Array<{ month: number; day: number }> = [];
  // A month of one or two figures, then a day of one or two that does not open with 0 (108日 is 10月8日).
  for (let cut = 1; cut <= 2; cut++) {
    const month = Number(digits.slice(0, cut));
    const day = Number(digits.slice(cut));
    if (digits[cut] !== '0' && digits.length - cut <= 2 && month <= 12 && day >= 1 && day <= 31)
      out.push({ month, day });
  }
  return out;
}
const GLUED = new RegExp(`${DAY_BEFORE}([1-9]\\d{2,3})日${DAY_AFTER}`);

/** 於日前(12月19日): a vague day glossed right after with its date in brackets, which dates the news after all. */
export const GLOSSED_VAGUE_DAY = /(?:近日|日前)\s?\($/;

/** True when the text dates its news only vaguely (近日, 日前). */
export function hasRelativeDate(text: string): boolean {
  return RELATIVE.test(text);
}

/**
 * ISO form of a date: `2025-10-29`, or `--10-29` when the year is unknown.
 *
 * @example
 * isoDate(10, 29) // → '--10-29'
 * isoDate(10, 29, 2025) // → '2025-10-29'
 */
export function isoDate(month: number, day: number, year?: number): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year ? `${year}-${mm}-${dd}` : `--${mm}-${dd}`;
}

/**
 * The year a page reports on, from the years it names: the latest one that is not a
 * target (到2027年, 2025—2027年) or a span's end.
 *
 * @example
 * pageYear('总结2025年工作,部署2026年任务。计划到2027年…') // → 2026
 */
export function pageYear(text: string): number | undefined {
  let best: number | undefined;
  const re = /(\d{4})\s?年/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const year = Number(m[1]);
    if (year < 1990 || year > 2100) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    // 到2027年, 2025—2027年: a target or a span's end; a dash after words (致敬劳动者——2026年…) sets off a title.
    if (/(?:到|至|力争|\d\s?[—\-–~])$/.test(before)) continue;
    if (best === undefined || year > best) best = year;
  }
  return best;
}

const PUBLISHED_LINE = new RegExp(
  `(?:^|[\\s|｜])(?:${[...PUBLISHED_LABELS].sort((a, b) => b.length - a.length).join('|')})\\s*[:：]\\s*(\\d{4}|1[0-4]\\d)\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})?`,
  'm',
);

/** A line of the page's head that opens with a date in figures (2024-05-24 08:07:58 来源:…, 2026.01.12, 2022年11月24日 19:50). */
const HEAD_DATE_LINE = /^\s*(\d{4})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})(?!\d)/;
/** A head line that opens with a date written day first and its time (28.04.2016  18:40), as some portals print it. */
const HEAD_DAY_FIRST_LINE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}/;
/** How many lines the head of a page (headline, date, source) spans at most. */
const HEAD_LINES = 8;

/**
 * The year and month of the page's own publication date, as a site prints it in its meta line
 * (发布时间:2024-01-18, 时间:2026年01月22日) or as a bare date line under the headline
 * (2020-07-30, 2024-05-24 08:07:58 来源:三秦都市报); years in the prose are often the year
 * reported on (2019年度青浦工匠 in a 2020 page).
 *
 * @example
 * publishedOn('来源:成都工人报 发布时间:2024-01-18\n2023年全市…') // → { year: 2024, month: 1 }
 * publishedOn('青浦启动职工技能竞赛\n2020-07-30\n为2019年度…')?.year // → 2020
 * publishedOn('省暨某市庆祝“五一”\n\n28.04.2016  18:40\n')?.month // → 4
 * publishedOn('發布日期:100-04-27')?.year // → 2011
 */
export function publishedOn(text: string): { year: number; month: number; day?: number } | undefined {
  const published = PUBLISHED_LINE.exec(text);
  const m = published ? [published[1], published[2], published[3]] : headDateLine(text);
  if (!m) return undefined;
  // 發布日期:100-04-27: Taiwan's government sites print the ROC year.
  const year = yearOf(m[0] as string) ?? 0;
  const month = Number(m[1]);
  if (year < 1990 || year > 2100 || month < 1 || month > 12) return undefined;
  const day = Number(m[2]);
  return day >= 1 && day <= 31 ? { year, month, day } : { year, month };
}

/** The first of the page's head lines that opens with a date in figures, else one that stamps a date with its time. */
function headDateLine(text: string): [string, string, string] | null {
  const lines = text.split('\n', HEAD_LINES);
  for (const head of lines) {
    const m = HEAD_DATE_LINE.exec(head);
    if (m) return [m[1] as string, m[2] as string, m[3] as string];
    const dayFirst = HEAD_DAY_FIRST_LINE.exec(head);
    if (dayFirst) return [dayFirst[3] as string, dayFirst[2] as string, dayFirst[1] as string];
  }
  // 来源:某日报 编辑:某某 2024-12-25 09:36:18, www.workercn.cn2014-10-24 15:23:28来源: …: a date with its clock
  // time anywhere in a head line, the time a site stamps on what it publishes.
  for (const head of lines) {
    const m = HEAD_TIMESTAMP.exec(head);
    if (m) return [m[1] as string, m[2] as string, m[3] as string];
  }
  return null;
}
// (…/宜蘭報導 2017.05.02 00:00, www.sina.com.cn 2006年02月12日11:41: dots or 年月日 as well as dashes.)
const HEAD_TIMESTAMP = /(?<!\d)(\d{4})\s?[-./年]\s?(\d{1,2})\s?[-./月]\s?(\d{1,2})日?\s*\d{1,2}:\d{2}(?!\d)/;
