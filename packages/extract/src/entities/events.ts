import type { Sentence } from '../page/sentences.ts';
import { stripQuotes, wordEndingAt } from '../page/spans.ts';
import type { EventPart, EventType } from '@reportgraph/contract';
import { findDate, hasRelativeDate } from './dates.ts';
import type { OrgMention } from './organizations.ts';
import type { PersonDraft } from './people.ts';

/**
 * Events: meetings, trainings, contests, ceremonies, campaigns and activities that were
 * held. A title ends in an event noun (推进会, 培训班, 大赛, 揭牌仪式, 专项行动 …) and is
 * held by a verb (召开, 举办, 开展 …) before it or after it (…在X召开). Directives
 * (会议要求…要开展), plans (将, 计划) and counts of recurring activities (开展宣讲活动75场)
 * are not events.
 */
export interface EventDraft {
  title: string;
  type: EventType;
  month?: number;
  day?: number;
  year?: number;
  /** The text gave only 近日/日前, or no date at all. */
  undated: boolean;
  location?: string;
  organizers: OrgMention[];
  participants: Array<{ person: PersonDraft; part: EventPart }>;
  sentence: Sentence;
  from: number;
  to: number;
  /** Read from the headline only. */
  fromHeading: boolean;
}

const NOUN_TYPES: ReadonlyArray<[string, EventType]> = [
  ['代表大会', 'meeting'],
  ['全体会议', 'meeting'],
  ['全委会', 'meeting'],
  ['常委会议', 'meeting'],
  ['推进会', 'meeting'],
  ['座谈会', 'meeting'],
  ['研讨会', 'meeting'],
  ['研判会', 'meeting'],
  ['交流会', 'meeting'],
  ['现场会', 'meeting'],
  ['报告会', 'meeting'],
  ['表彰大会', 'ceremony'],
  ['表彰会', 'ceremony'],
  ['动员会', 'meeting'],
  ['部署会', 'meeting'],
  ['分享会', 'activity'],
  ['宣讲会', 'activity'],
  ['联谊会', 'activity'],
  ['交友会', 'activity'],
  ['见面会', 'activity'],
  ['发布会', 'meeting'],
  ['培训会', 'training'],
  ['专题会', 'meeting'],
  ['学习会', 'meeting'],
  ['工作会议', 'meeting'],
  ['会议', 'meeting'],
  ['大会', 'meeting'],
  ['论坛', 'meeting'],
  ['讲坛', 'activity'],
  ['讲座', 'training'],
  ['培训班', 'training'],
  ['培训', 'training'],
  ['夜校', 'training'],
  ['特训营', 'training'],
  ['训练营', 'training'],
  ['技能大赛', 'competition'],
  ['大赛', 'competition'],
  ['竞赛', 'competition'],
  ['比赛', 'competition'],
  ['大比武', 'competition'],
  ['比武', 'competition'],
  ['运动会', 'competition'],
  ['擂台赛', 'competition'],
  ['揭牌仪式', 'ceremony'],
  ['启动仪式', 'ceremony'],
  ['开幕式', 'ceremony'],
  ['闭幕式', 'ceremony'],
  ['颁奖仪式', 'ceremony'],
  ['签约仪式', 'ceremony'],
  ['仪式', 'ceremony'],
  ['专项行动', 'campaign'],
  ['行动', 'campaign'],
  ['调研活动', 'visit'],
  ['活动', 'activity'],
  ['故事汇', 'activity'],
  ['集市', 'activity'],
  ['宣讲', 'activity'],
];
const TYPE_OF = new Map(NOUN_TYPES);
const NOUN_AT = new RegExp(
  NOUN_TYPES.map(([n]) => n)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'y',
);
const NOUN_PATTERN = new RegExp(
  NOUN_TYPES.map(([n]) => n)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** Verbs that hold an event named after them (召开…会议). */
const TRIGGERS_BEFORE = new Set(
  (
    '召开 举行 举办 开展 组织 承办 主办 协办 启动 推进 实施 推出 参加 参与 开设 组织开展 举办了 开展了 召开了 举行了 ' +
    '开启 发起 打造 走进 进行 参与了 参加了'
  ).split(' '),
);
/** Words a title does not extend past, leftwards. */
const TITLE_STOPS = new Set([
  ...TRIGGERS_BEFORE,
  ...'在 由 的 了 于 为 对 向 将 并 以 邀请 联合 围绕 结合 通过 依托 落实 贯彻 包括 等 宣布'.split(' '),
]);

const BARE_TITLES = new Set(['开幕式', '闭幕式', '开班式', '开营式', '会议', '大会', '仪式', '活动']);
/**
 * A title that is only an event noun (开幕式, 会议): in a sentence that names an event it refers
 * to that event (…运动会在体育中心开幕,运动员参加开幕式), not to another one.
 */
export const isBareTitle = (title: string): boolean => BARE_TITLES.has(stripQuotes(title));
const AFTER_TRIGGER =
  /^(?:在[^,，。;；]{1,30}?)?(?:隆重|正式|顺利|圆满|温情|同步|近日|日前)?(?:召开|举行|举办|开幕|闭幕|落幕|开讲|启动|成立|揭牌|开班|开营|开赛|拉开帷幕|开展)/;
const DIRECTIVE =
  /^(?:会议|大会|会上|研判会上|座谈会上|会议还|他|她|[^,，。]{0,16}(?:表示|强调|要求|指出|明确|提出|认为|希望))/;
const FUTURE = /将|要|计划|拟|力争|继续|持续|进一步|下一步|未来|今后|争取|谋划/;
const COUNT_AFTER =
  /^\s?(?:超过|超|近|约|共|达|累计)?\s?(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?(?:场|次|期|项|个|届|学时|课时|人)|^等/;
const PROPER = /[“”《》]|\d{4}\s?年|[省市区县镇]|工会|公司|协会|学院/;
const BAD_FOLLOW =
  /^(?:精神|上|中|期间|现场|结束|以来|成果|成效|经验|方案|体系|机制|平台|阵地|品牌|项目|工作室|模式|计划|规划|纲要|队伍|组)/;
const PLURAL = /多项|多场|各类|各项|一批|若干/;

function clauseStart(norm: string, pos: number): number {
  let a = pos;
  while (a > 0 && !/[,，。;；!！?？]/.test(norm[a - 1] as string)) a--;
  return a;
}

/** Walks left from an event noun over the title; returns the start and the word that stopped it. */
function scanTitle(norm: string, nounStart: number): { start: number; stop?: string } {
  // Inside quotation marks the title is the quotation (spaces and dashes included).
  const open = norm.lastIndexOf('“', nounStart);
  if (open >= 0 && norm.lastIndexOf('”', nounStart) < open && nounStart - open <= 60) return { start: open + 1 };
  const floor = Math.max(0, nounStart - 60);
  let i = nounStart;
  while (i > floor) {
    const ch = norm[i - 1] as string;
    if (ch === '”') {
      const open = norm.lastIndexOf('“', i - 2);
      if (open >= floor) {
        i = open;
        continue;
      }
      break;
    }
    if (ch === ')') {
      const open = norm.lastIndexOf('(', i - 2);
      if (open >= floor && i - open <= 10) {
        i = open;
        continue;
      }
      break;
    }
    if (ch === '—' || ch === '·') {
      i--;
      continue;
    }
    if (/[,，。;；:：!！?？、《》\s“]/.test(ch) && !(ch === ' ' && /\d/.test(norm[i - 2] ?? ''))) break;
    const stop = wordEndingAt(norm, i, TITLE_STOPS, 4);
    if (stop) return { start: i, stop };
    i--;
  }
  return { start: i };
}

function typeOf(noun: string, title: string): EventType {
  if (/揭牌|授牌|授旗|启动仪式|开幕式|成立/.test(title) && !/大赛|竞赛|运动会/.test(title)) return 'ceremony';
  if (/大赛|竞赛|比赛|比武|运动会/.test(title)) return 'competition';
  if (/培训|讲座|夜校|特训营|课堂/.test(title)) return 'training';
  if (/调研|视察|考察|走访/.test(title)) return 'visit';
  return TYPE_OF.get(noun) ?? 'activity';
}

function locationIn(clause: string): string | undefined {
  const m =
    /在([^,，。;；在]{2,24}?)(?:隆重|正式|顺利|圆满|温情)?(?:召开|举行|举办|开展|开讲|落幕|开幕|闭幕|启动|进行|揭牌)/.exec(
      clause,
    ) ?? /到([^,，。;；到]{2,20}?)(?:开展|举办|调研|进行)/.exec(clause);
  return m?.[1] ? stripQuotes(m[1]) : undefined;
}

/**
 * The part a named person plays, read from the words right after the name.
 *
 * @example
 * partOf('市总工会主席李灿出席会议并讲话。', '李灿') // → 'spoke'
 */
export function partOf(sentence: string, name: string): EventPart | undefined {
  const at = sentence.indexOf(name);
  if (at < 0) return undefined;
  const after = sentence.slice(at + name.length, at + name.length + 12);
  if (/^[^,，。]*?主持/.test(after)) return 'chaired';
  if (/^[^,，。]*?(?:讲话|致辞|发言|作[^,，。]{0,12}报告|授课|讲授|主讲|分享|介绍)/.test(after)) return 'spoke';
  if (/^[^,，。]*?(?:获得|荣获|夺得|摘得|分获|获)/.test(after)) return 'won';
  if (/^[^,，。]*?(?:出席|参加|参与|到会|调研|带队|陪同|宣布)/.test(after)) return 'attended';
  return undefined;
}

/**
 * Finds the events held in one sentence.
 *
 * @example
 * findEvents(sentence('10月29日,佛山市推进会在佛山市工会职校召开。'), [], [])[0]?.title // → '佛山市推进会'
 */
export function findEvents(
  sentence: Sentence,
  orgs: readonly OrgMention[],
  people: readonly PersonDraft[],
): EventDraft[] {
  const norm = sentence.norm;
  if (!sentence.heading && DIRECTIVE.test(norm)) return [];
  const out: EventDraft[] = [];
  NOUN_PATTERN.lastIndex = 0;
  for (let m = NOUN_PATTERN.exec(norm); m; m = NOUN_PATTERN.exec(norm)) {
    const noun = m[0];
    const end = m.index + noun.length;
    // 宣讲|活动: the compound ends later; judge it by its last noun.
    NOUN_AT.lastIndex = end;
    if (NOUN_AT.test(norm)) continue;
    if (BAD_FOLLOW.test(norm.slice(end))) continue;
    let { start, stop } = scanTitle(norm, m.index);
    let titleEnd = end;
    // A title in quotation marks (“求学圆梦行动”): the quotes belong to it, the verb stands before them.
    if (norm[start - 1] === '“' && norm[end] === '”' && stop === undefined) {
      start--;
      titleEnd++;
      stop = wordEndingAt(norm, start, TITLE_STOPS, 4);
    }
    // 举办A大赛、B大赛: a title listed after a held one is held too.
    const listed = norm[start - 1] === '、' && out.some((e) => e.to === start - 1);
    const clause = norm.slice(clauseStart(norm, start), Math.min(norm.length, titleEnd + 30));
    const beforeTitle = norm.slice(clauseStart(norm, start), start);
    const heldBefore =
      stop !== undefined &&
      (TRIGGERS_BEFORE.has(stop) || (stop === '的' && /主办|承办|举办|组织|开展|以/.test(beforeTitle)));
    const rest = norm.slice(titleEnd);
    const heldAfter = AFTER_TRIGGER.test(rest);
    if (!heldBefore && !heldAfter && !listed) continue;
    if (FUTURE.test(beforeTitle)) continue;
    let title = norm.slice(start, titleEnd).replace(/^(?:了|一场|一次|一系列|系列|各类|各项|形式多样的)/, '');
    title = title.replace(/\((?:以下简称|下称)[^)]*\)/g, '').trim();
    if (stripQuotes(title).length <= noun.length && !/^(?:专题会|研判会|座谈会)$/.test(title)) {
      if (!sentence.lead) continue;
    }
    if (PLURAL.test(title)) continue;
    const generic = !PROPER.test(title);
    if (!listed && generic && (!sentence.lead || COUNT_AFTER.test(rest))) continue;
    if (!listed && COUNT_AFTER.test(rest) && !/[“”]/.test(title)) continue;
    const draft: EventDraft = {
      title: sentence.text.slice(start, titleEnd).replace(/[(（](?:以下简称|下称)[^)）]*[)）]/g, ''),
      type: typeOf(noun, title),
      undated: true,
      organizers: organizersOf(norm, start, titleEnd, orgs),
      participants: [],
      sentence,
      from: start,
      to: titleEnd,
      fromHeading: sentence.heading,
    };
    const date = findDate(norm);
    if (date && !hasRelativeDate(norm.slice(0, date.pos))) {
      draft.month = date.month;
      draft.day = date.day;
      if (date.year) draft.year = date.year;
      draft.undated = false;
    }
    const location = locationIn(clause);
    if (location) draft.location = location;
    for (const person of people) {
      const part = partOf(norm, person.name);
      if (part) draft.participants.push({ person, part });
    }
    out.push(draft);
  }
  out.push(...foundings(sentence, orgs));
  if (out.length === 0) out.push(...visits(sentence, orgs, people));
  return out;
}

/** 到/赴/在 somewhere (or 带队) + 调研/视察/慰问 …: an inspection or condolence visit, with what it looked into. */
const VISIT =
  /(?:(?:到|赴|深入|前往|来到|走进|在)([^,，。;；到赴在]{2,24}?)|带队)(?:开展)?(?:专题)?(?:调研|视察|考察|督导|检查|走访慰问|走访|慰问|看望)([^,，。;；]{0,24})/;

/**
 * A visit told in a news item's lead: 省总工会副主席赵丽在苏州市调研高温天气劳动保护工作. The
 * visitor (a person with a title, or an organization) stands before the verb in the same clause.
 */
function visits(sentence: Sentence, orgs: readonly OrgMention[], people: readonly PersonDraft[]): EventDraft[] {
  const norm = sentence.norm;
  if (!sentence.lead || sentence.heading) return [];
  const m = VISIT.exec(norm);
  if (!m || FUTURE.test(norm.slice(0, m.index))) return [];
  const start = clauseStart(norm, m.index);
  const visitor =
    people.find((p) => p.from !== undefined && p.from >= start && p.from < m.index) ??
    orgs.find((o) => o.from >= start && o.to <= m.index);
  if (!visitor || visitor.from === undefined) return [];
  const end = m.index + m[0].length;
  const draft: EventDraft = {
    title: sentence.text.slice(visitor.from, end),
    type: 'visit',
    undated: true,
    ...(m[1] ? { location: stripQuotes(m[1]) } : {}),
    organizers: orgs.filter((o) => o.from >= start && o.to <= m.index).slice(0, 3),
    participants: people
      .filter((p) => p.from !== undefined && p.from >= start && p.from < m.index)
      .map((person) => ({ person, part: 'attended' as const })),
    sentence,
    from: visitor.from,
    to: end,
    fromHeading: false,
  };
  const date = findDate(norm);
  if (date && !hasRelativeDate(norm.slice(0, date.pos))) {
    Object.assign(draft, { month: date.month, day: date.day, undated: false });
    if (date.year) draft.year = date.year;
  }
  return [draft];
}

/** The organizations acting as the subject of the event's clause, named by 由…主办, or opening its title. */
function organizersOf(norm: string, titleStart: number, titleEnd: number, orgs: readonly OrgMention[]): OrgMention[] {
  const by = /由([^,，。]{2,60}?)(?:主办|承办|举办|组织)/.exec(norm);
  if (by) {
    const a = by.index;
    const b = a + by[0].length;
    const named = orgs.filter((o) => o.from >= a && o.to <= b);
    if (named.length > 0) return named;
  }
  const clause = clauseStart(norm, titleStart);
  const subjects = orgs.filter((o) => o.to <= titleStart && o.from >= clause - 40 && o.to > clause - 40).slice(0, 3);
  if (subjects.length > 0) return subjects;
  // 南京市总工会十五届五次全委会议召开: a body's own meeting, named after it, is held by it.
  return orgs.filter((o) => o.from === titleStart && o.to < titleEnd).slice(0, 1);
}

/** A body's founding told in a lead: …产业链工会工作联盟成立. */
function foundings(sentence: Sentence, orgs: readonly OrgMention[]): EventDraft[] {
  if (!sentence.lead) return [];
  const out: EventDraft[] = [];
  for (const org of orgs) {
    const after = sentence.norm.slice(org.to, org.to + 6);
    if (!/^(?:正式)?(?:揭牌)?成立/.test(after)) continue;
    const end = org.to + after.indexOf('成立') + 2;
    out.push({
      title: `${org.name}成立`,
      type: 'ceremony',
      undated: true,
      organizers: [],
      participants: [],
      sentence,
      from: org.from,
      to: end,
      fromHeading: false,
    });
  }
  return out;
}
