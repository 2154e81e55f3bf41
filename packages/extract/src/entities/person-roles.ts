import { isCnDigit, isDigit, isHan, LINE_MARKS } from '../page/chars.ts';
import { type ArticleContext, recentPlace, standsFor } from '../places/context.ts';
import { choosePlace, type Place, placeStartingAt } from '../places/places.ts';
import { matchesOf } from '../regex-matches.ts';
import { defineRules, fired, on } from '../rules/registry.ts';
import { PROFILE_OF } from '../vocab/bylines.ts';
import { DESCRIPTIONS_BEFORE_DE } from '../vocab/descriptions.ts';
import { ANAPHORS } from '../vocab/events.ts';
import {
  AWARD_HONOUR,
  BARE_MEDAL,
  BODIES_AWARD,
  HONOUR_ANAPHOR,
  HONOUR_HOLDERS,
  HONOUR_SCOPES,
  HONOUR_TAIL,
  HONOUR_TITLES,
  HONOURS,
  PRIZE_GROUPS,
  PRIZE_SOURCE,
  WINNERS_ARE,
} from '../vocab/honours.ts';
import { Lexicon } from '../vocab/lexicon.ts';
import { NOT_REGION_START, NOT_UNION_AFTER_ZONG } from '../vocab/org-generic.ts';
import { WORDS_ENDING_IN_STOPS } from '../vocab/org-stops.ts';
import { FEDERATION, SUFFIX_RULES } from '../vocab/org-suffixes.ts';
import {
  ADVERBS,
  COUNT_AFTER,
  ELECTED_VERBS,
  ELECTING_VERBS,
  ELECTION_WORDS,
  HOLDERS_IN_LEAD,
  HOLDING,
  LEAD_WORDS_OPENING_ON_STOPS,
  NEGATIONS,
  ORDERING,
  RESPECTIVELY,
  ROLE_LEAD_STOPS,
  SAYING_WHAT,
  WINNING,
} from '../vocab/person-verbs.ts';
import { ZONE_BODIES, ZONE_WORDS } from '../vocab/place-words.ts';
import { NOT_IN_GIVEN_NAME_CHARS, surnameLength } from '../vocab/surnames.ts';
import {
  ADMINISTRATIONS,
  CALLING_SOURCE,
  CALLINGS,
  CIVIL_RANKS,
  COMPANY_OFFICES,
  COUNTED_THEN,
  DELEGATE_SEAT,
  DEPARTMENT_ENDS,
  ELECTED_OFFICES,
  GENERAL_OFFICE,
  GENERIC_BODY_LEADS,
  GLUED_FIRST_OFFICES,
  GROUP_CALLINGS,
  MEETING_LEADS,
  NAME_NOTE_SOURCE,
  NATIONAL_PREFIXES,
  OFFICE_NOTES,
  OFFICES,
  PARTY_COMMITTEES,
  PARTY_OFFICE_ENDS,
  PLACE_OFFICES,
  RANKS,
  REGION_BODIES,
  REGION_POLITICAL_BODIES,
  SHARED_BU_TITLES,
  SHORT_COMMITTEES,
  SUB_BODIES,
  TITLE_PREFIXES,
  TOWN_LEVELS,
  TOWN_PARTY_COMMITTEES,
  UNION_COMMITTEES,
  WORDS_OPENING_WITH_OFFICES,
  WORK_FIELD_WORDS,
} from '../vocab/titles.ts';
import { qualifiedPlaceName, suffixEndsAt } from './org-names.ts';
import type { OrgMention } from './organizations.ts';

/**
 * Person roles: the titles the text gives a person, with the organization written out in
 * full (市总工会主席 → 佛山市总工会主席). A role is read from the chain of titles right before
 * a name (市人大常委会副主任、市总工会主席李灿), from an office taken after it (沈左权当选自治区
 * 总工会主席, 选举杨军日为主席), or from an honour won after it (…等8人荣获全国五一劳动奖章).
 * A role is a title, never a sentence fragment: its lead stops at verbs and prepositions.
 */
const R = defineRules({
  civilRank: {
    id: 'roles.civil-rank',
    does: 'a civil servant’s rank after a body’s offices in a chain is held in that body (…副主席王某,副巡视员张某)',
    example: 'e4_02: 中国金融工会党组成员、副主席王海光,副巡视员张亮',
    counterexample: '某公司董事长甲,高级技师乙 (a skill grade is the person’s, not the company’s post)',
  },
  fullCommittee: {
    id: 'roles.full-committee',
    does: 'a union committee shortened in a title is written in full (省总女职委主任 → 省总工会女职工委员会主任)',
    example: 'r3_06: 省总女职委主任王丽华; f3_05: 省总女职委主任饶冬梅',
    counterexample: '女职工委员会主任 (written in full already)',
  },
  placeGovernment: {
    id: 'roles.place-government',
    does: 'a place office written after its government keeps the government (宜城市人民政府副市长)',
    example: 'g3_09: 宜城市人民政府副市长陈珊; e3_07: 市政府副市长金福银',
    counterexample: 'r2_12: 区长黄小燕 (no government written: 南昌市西湖区区长)',
  },
  chainInherit: {
    id: 'roles.chain-inherit',
    does: 'an office after 、 in a chain belongs to the body named before it (党组书记、常务副主席)',
    example: 'r2_05: 淳安县总工会党组书记、常务副主席方文田; r3_01: 附属口腔医院党委副书记、纪委书记、工会主席王宏丽',
    counterexample: 'r2_12: 西湖区委副书记、区长黄小燕 (区长 heads the district, not the party committee)',
  },
  levelChain: {
    id: 'roles.level-chain',
    does: 'a chain that opens with a bare level at its political body (县委常委、总工会主席) has that level’s federation',
    example:
      'outside pages: 旗政协副主席、总工会主席云某琴 (旗总工会主席, written out with the banner); 县委常委、总工会主席',
    counterexample: '市总工会党组成员、正县级调研员 (the chain opens with the federation itself)',
  },
  chainTown: {
    id: 'roles.chain-town',
    does: 'a chain that opens with a town, street or county (某街道党工委委员、总工会主席) is in that place, though no body was read there',
    example:
      'outside pages: 莞城街道党工委委员、总工会主席曾某荣; 石龙镇党委委员、总工会主席黄某明; 赛罕区党组成员、总工会副主席刘某',
    counterexample: 'made up: 城关镇党委书记、总工会主席 (a town name many counties have: no place)',
  },
  officeNameJoin: {
    id: 'roles.office-name-join',
    does: 'a 及 that joins two words of one office’s name (劳工及福利局长, 安全及环保总经理) is inside the lead, when no office stands before it in the clause',
    example:
      'outside pages (HK and Macau): 勞工及福利局長羅某光; 社工局家庭及社區服務廳長李某萍; 某煤氣有限公司安全及環保總經理張某堅',
    counterexample: '市长甲及副市长乙 (an office and its holder before 及: two people)',
  },
  siblingDepartment: {
    id: 'roles.sibling-department',
    does: 'a department, sub-body or committee after an office in a department (another person’s, or the same person’s before 、) is that department’s sibling, in the body above it',
    example:
      'outside pages: 学校审计处副处长甲、工会副主席乙 (学校工会副主席); 中联办社工部部长甲、社联部部长乙 (中联办社联部部长); 县总工会法律保障部部长、经审委主任丙 (县总工会经审委主任)',
    counterexample: '市总工会女工部部长甲、副部长乙 (a deputy of the same office: in the same department)',
  },
  electedDelegate: {
    id: 'roles.elected-delegate',
    does: 'a congress delegate’s seat taken after a name (当选全国人大代表) is a role, though 代表 alone is a calling',
    example: 'outside pages: 刘某再次当选全国人大代表; 苏某欢再次当选为全国人大代表',
    counterexample: 'made up: 胡乐当选为优秀志愿者 (a calling taken: no role)',
  },
  committeeDeputy: {
    id: 'roles.committee-deputy',
    does: 'a deputy listed after a union committee’s head (经审委主任甲、副主任乙) sits in the same committee',
    example: 'outside pages: 市总工会经审委主任樊某薇、副主任石某; 州总工会第六届女职工委员会主任…、副主任…',
    counterexample: 'made up: 市总工会经审委主任甲、副主席乙 (副主席 is no deputy of 主任: the federation’s)',
  },
  subBodyDeputy: {
    id: 'roles.sub-body-deputy',
    does: 'a deputy listed after the head of a sub-body written alone (工会主席甲、副主席乙) is in that sub-body',
    example: 'outside pages: 工会主席杨建勤、副主席吴新华; 会议由工会主席甲主持,副主席乙作报告',
    counterexample: 'made up: 工会主席甲、总经理乙 (总经理 is no deputy of 主席)',
  },
  unionCommittee: {
    id: 'roles.union-committee',
    does: 'a union committee’s office listed after an office in a union (工会主席甲、女职工委员会主任乙) is in that union’s committee',
    example:
      'outside pages: 园区工会主席段某然、副主席陈某梅、女职工委员会主任杨某玲; 局工会副主席、女职工委员会主任张某娣',
    counterexample: 'made up: 公司总经理甲、女职工委员会主任乙 (no union before: the committee stays as written)',
  },
  ownBodyEnds: {
    id: 'roles.own-body-ends',
    does: 'an office at a body of its own ends what the offices after it inherit from names before it',
    example:
      'outside page: 区总工会副主席甲、组织部长乙;某街工委书记丙,副书记、纪委书记丁 (丁 is not the federation’s)',
    counterexample: '市总工会主席甲、全国劳模乙、副主席丙 (a calling names no body: 丙 is the federation’s)',
  },
  actingOffice: {
    id: 'roles.acting-office',
    does: 'an acting or the government’s place office is written out as the plain one is (代县长 → 衡东县代县长, 政府副县长 → 裕民县副县长)',
    example: 'outside pages: 县委副书记、代县长袁某; 省委副书记、代省长于某国; 县委常委、政府副县长于某',
    counterexample: '代表 (no place office after 代)',
  },
  colonHead: {
    id: 'roles.colon-head',
    does: 'a title before a colon, 还有 or 包括 is the role of each name listed after it that has none',
    example: 'outside pages: 雇员代表:周某松、陈某光…;雇主代表:何某柱; 出席会议的省领导还有:李某聚、陈某英',
    counterexample: '记者:甲 (a byline label, read as a byline before)',
  },
  bodyBeforeDe: {
    id: 'roles.body-before-de',
    does: 'a body and its 的 right before a title are the title’s body (华为公司的工程师, 春风动力公司的职工代表)',
    example:
      'outside pages: 著名的华为公司的工程师胡某宇; 来自春风动力公司的职工代表熊某明; 在环宇集团因病致贫的职工李某玲',
    counterexample: '在市总工会的支持下,主席张某 (no title right after the 的)',
  },
  gluedOffices: {
    id: 'roles.glued-offices',
    does: 'two offices written with nothing between (党组书记常务副主席) are two offices of one body',
    example: 'outside pages: 区总工会党组书记常务副主席臧某华; 党委常委副校长奚某睿; 国资委党委委员副主任崔某伟',
    counterexample: '副主任委员, 总经理助理 (one office)',
  },
  sisterCompany: {
    id: 'roles.sister-company',
    does: 'in a chain, an office whose lead opens with the brand of the body before names a body of its own (a sister company, or the body with one of its own), not a unit inside the first',
    example:
      'outside pages: 陕煤集团副总经理、陕煤股份总经理; 三一集团董事、三一重卡董事长; 三一集团党委书记、三一重工总裁',
    counterexample: 'a lead of the body’s own short form (陕煤集团副总经理、陕煤董事): the body itself, inherited',
  },
  partyUnit: {
    id: 'roles.party-unit',
    does: 'after an office in a unit’s party committee, its administration’s office (办事处主任, 管委会主任) or an office no party committee holds (院长, 副主任) is the unit’s',
    example:
      'outside pages: 某街道党工委副书记、办事处主任 (three sites), 某开发区党工委书记、管委会主任 (two), 某医院党总支副书记兼院长, 某动物园党总支副书记、副主任',
    counterexample: '长沙县委副书记、统战部部长 (a department of the party committee itself: 长沙县委统战部部长)',
  },
  siblingBody: {
    id: 'roles.sibling-body',
    does: 'in a chain, an office of another sub-body of the same company (党委…、工会主席) or the company’s own officer (工会主席、副总经理) is written under the company, not inside the first sub-body',
    example:
      'outside pages: 某石化公司党委常务副书记、工会主席甲; 某铁路局集团有限公司工会主席、副总经理乙; r3_01: 附属口腔医院党委副书记、纪委书记、工会主席王宏丽',
    counterexample: '…管理局工会副主席、工会办公室主任 (the same sub-body: its office is in it)',
  },
  unitWrittenOnce: {
    id: 'roles.unit-written-once',
    does: 'an office that writes again the generic unit its chain opened with (校党委副书记、校长 → 校校长, to be written out) takes it once when the article names no such body',
    example:
      'outside pages of two universities: 校党委副书记、校工会主席郝某; 院党委书记、院长章某; 局党组书记、局长张某',
    counterexample: '上海市材料工程学校党委副书记、校长 (the school is named: 上海市材料工程学校校长)',
  },
  officeLead: {
    id: 'roles.office-lead',
    does: 'an office or a field of work before an office in a chain (总经理助理, 财务总监) is no unit the next office is in',
    example: 'outside pages of two companies: 总经理助理、安环办主任某某; 副董事长、财务总监甲,副总经理乙',
    counterexample: '公司办公室主任、副主任某某 (a department: the next office is in it)',
  },
  parallelInherit: {
    id: 'roles.parallel-inherit',
    does: 'an office without a body, after a clause naming another person of a body, is of that body',
    example: 'r3_10: 市总工会党组书记、副主席姚红,党组成员、副主席杨军波; made up: 市总工会副主席甲、女工部部长乙',
    counterexample: 'r4_06: …主席陈杰平,中国机械冶金建材职工技术协会执行会长毛迎春 (names its own body)',
  },
  placeQualify: {
    id: 'roles.place-qualify',
    does: 'a role that starts with a bare level (市长, 区政协副主席, 省劳动模范) gets the place the article is about',
    example: 'r2_10: 市长庄稼汉 → 厦门市市长; r1_13: 自治区副主席马宗保 → 宁夏回族自治区副主席',
    counterexample: 'r2_12: 南昌市西湖区委副书记 (already written out)',
  },
  zoneQualify: {
    id: 'roles.zone-qualify',
    does: 'a role that opens with a bare zone (高新区党工委书记), or a bare 区 before a zone’s own body (区管委会主任), gets the one zone the article’s bodies are named under',
    example:
      'outside pages: 南昌高新区总工会… 区党工委副书记、管委会主任刘某 → 南昌高新区党工委副书记; 松江经开区… 经开区党工委副书记 → 松江经开区党工委副书记',
    counterexample:
      'a page naming 西安高新区 and 曲江新区 leaves 高新区 to the one and 新区 to the other; 区委书记 is a district’s',
  },
  holdingAfter: {
    id: 'roles.holding-after',
    does: 'an office taken after the name: 当选/连任/担任/任 …, or 为 after 选举',
    example: 'r1_13: 沈左权当选自治区总工会十三届委员会主席; r4_02: 选举杨军日为主席',
    counterexample: 'r4_13: 陈志光及周联侨不再担任副理事长 (not taken)',
  },
  prizeAfter: {
    id: 'roles.prize-after',
    does: 'a place or prize won after the name (获得第一名, 获个人组一等奖) → the role, after the article’s contest',
    example: 'r2_15: 文登威力工具集团有限公司的滕卫兵获得第一名; n2_06 (set D): …张海获个人组一等奖',
    counterexample: 'r3_09: 3个集体荣获…称号 (a body, not a person; an honour, not a place)',
  },
  roleSaid: {
    id: 'roles.said',
    does: 'what a name is said to be after 是, 系 or 现任, when a title ends the clause, is its role',
    example:
      'outside pages: 成某东是天津港一公司拖车队副队长; 杜某庆是麦市镇黄龙小学语文教师; 毛某现任…焊工培训中心主任',
    counterexample: '张某是推动改革的带头人 (a 的 phrase describes; no title ends the clause in 张某是大家的榜样)',
  },
  roleSaidOf: {
    id: 'roles.said-of',
    does: 'what a name is said to be may join a body to its title with 的 (…是某公司的首席技师): the role is the body’s title',
    example:
      'outside pages: 车工王保森是中国航天科工集团有限公司的首席技师; 王伟豪是湖北襄阳供电公司营销运营中心的计量运维工',
    counterexample: '张某是推动改革的带头人 (no body before the 的: a description, no role)',
  },
  honourAfter: {
    id: 'roles.honour-after',
    does: 'an honour won after the name (and a count): 荣获/获/被授予 … 劳动奖章 → 获得者',
    example: 'r1_09: 汪焕兴等8人荣获全国五一劳动奖章; r2_11: 张文山被授予全国五一劳动奖章',
    counterexample: 'r3_09: 3个集体荣获“全国模范职工小家”称号 (a body, not a person)',
  },
});

/** One role of a person: the full role, the bare title, the body when the text names one. */
export interface RoleDraft {
  /** Full role: the organization written out and the title (佛山市总工会主席). */
  role: string;
  title: string;
  org?: OrgMention;
  /** Set for bylines: the article the person reported for. */
  article?: number;
  /**
   * The generic word the role opens with (集团工会主席, 公司党委书记), written at the start of a
   * clause: the company the article is about, which the article resolves.
   */
  genericLead?: string;
  /**
   * A bare office taken with no body in its clause (…当选为主席): the body whose officers the article
   * reports electing, which the article resolves.
   */
  bareOffice?: boolean;
  /** A place or prize won (第一名, 个人组一等奖): written after the article's contest, which the article resolves. */
  prize?: boolean;
}

/** An office or calling found in a sentence. */
export interface TitleHit {
  title: string;
  from: number;
  to: number;
  calling: boolean;
}

const OFFICE_CORES = new Lexicon([...OFFICES, ...PLACE_OFFICES]);
const NOT_OFFICES = new Lexicon(WORDS_OPENING_WITH_OFFICES);
const OFFICE_PREFIXES = new Lexicon(TITLE_PREFIXES);
const CALLING_WORDS = new Lexicon(CALLINGS);

/** The office starting at `at`: (prefix)? 副? core, the longest reading. */
function officeStartingAt(norm: string, at: number): string | undefined {
  // 田径场主席台两侧: the rostrum, no 主席.
  if (NOT_OFFICES.lengthStartingAt(norm, at) > 0) return undefined;
  let end = coreEnd(norm, at);
  const prefix = OFFICE_PREFIXES.startingAt(norm, at);
  // 资深大律师: a prefix with no office after it is none.
  const cored = prefix ? coreEnd(norm, at + prefix.length) : at;
  if (prefix && cored > at + prefix.length) end = Math.max(end, cored);
  return end > at ? norm.slice(at, end) : undefined;
}

/** Where 副? core starting at `at` ends (at itself when none does). */
function coreEnd(norm: string, at: number): number {
  let end = at;
  const core = OFFICE_CORES.startingAt(norm, at);
  if (core) end = at + core.length;
  if (norm.charCodeAt(at) === VICE) {
    const vice = OFFICE_CORES.startingAt(norm, at + 1);
    if (vice) end = Math.max(end, at + 1 + vice.length);
  }
  return end;
}
const VICE = '副'.charCodeAt(0);

/**
 * The offices and callings of a sentence, left to right, longest first where two start together.
 *
 * @example
 * titlesIn('市总工会党组书记、主席李灿').map((t) => t.title) // → ['党组书记', '主席']
 */
export function titlesIn(norm: string): TitleHit[] {
  const out: TitleHit[] = [];
  for (let i = 0; i < norm.length; i++) {
    if (TITLE_START[norm.charCodeAt(i)] !== 1) continue;
    const office = officeStartingAt(norm, i);
    const calling = CALLING_WORDS.startingAt(norm, i);
    const title = office && (!calling || office.length >= calling.length) ? office : calling;
    if (!title) continue;
    out.push({ title, from: i, to: i + title.length, calling: title !== office });
    i += title.length - 1;
  }
  return out;
}

/** First characters of any office (with its prefixes and 副) or calling. */
const TITLE_START = new Uint8Array(0x10000);
for (const w of [...OFFICES, ...PLACE_OFFICES, ...TITLE_PREFIXES, '副', ...CALLINGS]) TITLE_START[w.charCodeAt(0)] = 1;

/**
 * The office or calling that ends at `end`, the longest (市总工会主席 → 主席; 常务副主席 whole).
 *
 * @example
 * titleEndingAt('党组书记、常务副主席欧阳明', 10)?.title // → '常务副主席'
 */
export function titleEndingAt(norm: string, end: number): TitleHit | undefined {
  if (norm.charCodeAt(end - 1) === CLOSE_QUOTE) return quotedCalling(norm, end - 1);
  if (norm.charCodeAt(end - 1) === CLOSE_BRACKET) return notedTitle(norm, end);
  if (!OFFICE_CORES.mayEndAt(norm, end) && !CALLING_WORDS.mayEndAt(norm, end)) return undefined;
  // 民主管|理经验: an office that runs on into a word (主管 of 民主管理) ends no title before a name.
  const found = OFFICE_CORES.endingAt(norm, end);
  const core = found && NOT_OFFICES.lengthStartingAt(norm, end - found.length) > 0 ? undefined : found;
  let from = end;
  if (core) {
    from -= core.length;
    if (norm.charCodeAt(from - 1) === VICE) from--;
    from -= OFFICE_PREFIXES.lengthEndingAt(norm, from);
  }
  const calling = CALLING_WORDS.endingAt(norm, end);
  // 环卫工人: 环卫工 ends inside a longer title, not at `end`.
  if (calling && end - calling.length < from && titleLength(norm, end - calling.length) <= calling.length) {
    // 全国“五一劳动奖章”获得者, 全国“五一”劳动奖章获得者: the quoted honour a holder is named by is the title's.
    const quoted = HONOUR_HOLDER_SET.has(calling)
      ? QUOTED_HONOUR_BEFORE.exec(norm.slice(Math.max(0, end - 30), end))
      : null;
    const start = quoted ? end - quoted[0].length : end - calling.length;
    return { title: norm.slice(start, end), from: start, to: end, calling: true };
  }
  return core && titleLength(norm, from) <= end - from
    ? { title: norm.slice(from, end), from, to: end, calling: false }
    : undefined;
}

const CLOSE_QUOTE = '”'.charCodeAt(0);
const HONOUR_HOLDER_SET: ReadonlySet<string> = new Set(HONOUR_HOLDERS);
/** A quoted honour, with its scope before it and its kind after it, right before a holder's calling. */
const QUOTED_HONOUR_BEFORE = new RegExp(
  `(?:${HONOUR_SCOPES.join('|')})?“[^“”]{2,12}”\\p{Script=Han}{0,4}?(?:${HONOUR_HOLDERS.join('|')})$`,
  'u',
);
const CLOSE_BRACKET = ')'.charCodeAt(0);

/** An office with a note on its duty before the name (副主席(主持工作)吴某): the office, ending after the note. */
function notedTitle(norm: string, end: number): TitleHit | undefined {
  const open = norm.lastIndexOf('(', end - 1);
  if (open < 1 || end - open > 9 || !OFFICE_NOTES.test(norm.slice(open, end))) return undefined;
  const office = titleEndingAt(norm, open);
  return office && !office.calling ? { ...office, to: end } : undefined;
}

/** A calling quoted as an honour right before a name (“人民工匠”许振超, “最美职工”李某): the whole quote. */
function quotedCalling(norm: string, close: number): TitleHit | undefined {
  const open = norm.lastIndexOf('“', close);
  if (open < 0 || close - open > 12) return undefined;
  if (!CALLING_WORDS.endingAt(norm, close)) return undefined;
  return { title: norm.slice(open + 1, close), from: open + 1, to: close, calling: true };
}

/** The length of the longest title starting at `at`. */
function titleLength(norm: string, at: number): number {
  return Math.max(officeStartingAt(norm, at)?.length ?? 0, CALLING_WORDS.lengthStartingAt(norm, at));
}

/**
 * The office starting at `at`, if any (王丽华副主席).
 *
 * @example
 * officeAt('王丽华副主席出席', 3) // → '副主席'
 */
export function officeAt(norm: string, at: number): string | undefined {
  return officeStartingAt(norm, at);
}

/** A level character and 上 ending a lead (县上领导): the level's region. */
const LEVEL_AT = /^([省市县区])上$/;

/** An honour its holder is called by (中车株洲车辆有限公司的大国工匠易某: the body is the employer, not the honour's). */
const HONOUR_TITLE_END = new RegExp(`(?:${HONOUR_TITLES.join('|')})$`);
/** Punctuation, spaces and quotes: a role's lead never crosses them. */
const LEAD_BREAK = new RegExp(`[,，、。;；:：︰\\s“”()（）《》【】〔〕［］!！?？—${LINE_MARKS}]`);
const LEAD_STOPS = new Lexicon(ROLE_LEAD_STOPS);
const MAX_LEAD = 24;

/**
 * Where a role's lead starts, scanning left from `end` over at most MAX_LEAD characters.
 *
 * @example
 * leadStart('会议由集团工会主席许友宏主持', 7) // → 3 (the lead is 集团工会)
 */
export function leadStart(norm: string, end: number): number {
  let a = end;
  while (a > 0 && end - a < MAX_LEAD) {
    // 上海仪电(集团)有限公司职工董事: a short bracket inside a body's name is part of the lead.
    if (norm[a - 1] === ')') {
      const open = bracketInName(norm, a);
      if (open === undefined) break;
      a = open;
      continue;
    }
    if (LEAD_BREAK.test(norm[a - 1] as string)) break;
    // 公司5位全国劳动模范孙某: a count of people before the title is the clause's, not the role's.
    if (COUNTED_PEOPLE.has(norm[a - 1] as string) && (isDigit(norm[a - 2]) || isCnDigit(norm[a - 2]))) break;
    // The longest stop word of at most three characters ending here.
    let stop = LEAD_STOPS.lengthEndingAt(norm, a, 3);
    // …汇报和田地委副书记: a conjunction that opens a place's name (和田, 和平区) is the place's, and the
    // lead starts there.
    if (stop === 1 && norm[a - 1] === '和' && placeStartingAt(norm, a - 1)) return a - 1;
    // 兼职网格员代表, 受助学生代表, 省总工会代表团团长: the stop opens a word of the lead.
    if (stop > 0 && LEAD_WORDS_OPENING_ON_STOPS.some((w) => norm.startsWith(w, a - stop))) stop = 0;
    // 某国有林场场长: nor one that ends a word of it (国有, 公有).
    if (stop === 1 && WORDS_ENDING_IN_STOPS.has(norm.slice(a - 2, a))) stop = 0;
    // 劳工及福利局长, 安全及环保总经理: 及 joins two words of one office's name when no office (and so no
    // person holding one) stands before it in the clause (市长甲及副市长乙 joins two people).
    if (stop === 1 && norm[a - 1] === '及' && a < end && joinsOfficeWords(norm, a - 1)) stop = 0;
    // 中华技能大奖获得者代表: the holders right before the title are whom it stands for.
    if (a === end && HOLDERS_IN_LEAD.has(norm.slice(a - stop, a))) {
      a -= stop;
      continue;
    }
    if (stop > 0) break;
    a--;
  }
  // ——记中建钢构有限公司华南大区总工程师甲: a profile's subtitle opens with 记 ("of"), no part of the title.
  if (norm[a] === PROFILE_OF && norm[a - 1] === '—') return a + 1;
  return a;
}

/**
 * Whether the 及 at `at` joins words of an office's name: what stands before it in the clause has no
 * office (no holder of one) and cannot be a name (a character no given name has, or too long for one:
 * 候任会长甲、乙及候任理事长丙 lists people).
 */
function joinsOfficeWords(norm: string, at: number): boolean {
  if (!on(R.officeNameJoin)) return false;
  let s = at;
  while (s > 0 && at - s < MAX_LEAD && !LEAD_BREAK.test(norm[s - 1] as string)) s--;
  const before = norm.slice(s, at);
  if (before.length < 2 || !isHan(before[before.length - 1] as string) || titlesIn(before).length > 0) return false;
  return before.length > 4 || [...before].some((ch) => NOT_IN_GIVEN_NAME_CHARS.has(ch));
}

/** Classifiers of people (5位, 3名). */
const COUNTED_PEOPLE = new Set(['位', '名']);

/** Where a short bracket closing at `end` opens, when Han characters stand on both sides of it (仪电(集团)有限公司). */
function bracketInName(norm: string, end: number): number | undefined {
  const open = norm.lastIndexOf('(', end - 1);
  if (open < 1 || end - open > 8 || !isHan(norm[open - 1]) || !isHan(norm[end])) return undefined;
  return /^[\p{Script=Han}]+$/u.test(norm.slice(open + 1, end - 1)) ? open : undefined;
}

/** The bodies of a region that have no union of their own (人大常委会, 政协, 区委), as a name ends in them. */
const REGION_POLITICAL_BODY = new RegExp(`(?<=[省市区县州旗盟])(?:${REGION_POLITICAL_BODIES.join('|')})$`);
/** A street's or a town's party committee (某街道党工委, 某镇党委), which has no union of its own. */
const TOWN_PARTY_COMMITTEE = new RegExp(`(?<=${TOWN_LEVELS.join('|')})(?:${TOWN_PARTY_COMMITTEES.join('|')})$`);
/** What a union office's lead opens with (工会主席, 工会常务副主席). */
const UNION_LEAD = '工会';

/** Sub-bodies a unit's office may be held in (党委, 纪委, 工会): the unit before them is the body. */
const SUB_BODY = new RegExp(`(?:${SUB_BODIES.join('|')})$`);

/** A lead naming a place or a body of its own (区委, 市政协, a region's 总工会 or 妇联): it does not inherit the body before it. */
// 兵团党委书记: the Production and Construction Corps is a body of its own, as a region is.
const OWN_BODY = new RegExp(`[省市区县镇乡街村州旗盟]|政协|人大|立法|议会|选委|兵团|${REGION_BODIES.join('|')}`);
/** A lead that is a region's mass body alone (总工会, 妇联): the body of the place the chain is in. */
const REGION_BODY_LEAD = new Set(REGION_BODIES);
/** A lead ending in a region's mass body: nothing of it is a sub-body to strip. */
const OWN_BODY_END = new RegExp(`(?:${REGION_BODIES.join('|')})$`);
/** A lead that names a body of its own from the country down (中国金融工会), not a sub-body of the one before. */
// 中央军委主席: the Party's central bodies are national ones too.
const NATIONAL_LEAD = new RegExp(`^(?:${NATIONAL_PREFIXES.join('|')}|中央)`);

/** A lead that is only the level an honour is given at (全国劳动模范, 省级技术能手). */
const LEVEL_ONLY = /^(?:全国|全省|全市|全区|全县|国家级|省部级|省级|市级|县级|区级)$/;

/** A lead that opens with the meeting (大会主席团, 大会执行): its offices are the meeting's. */
const MEETING_OPENING = new RegExp(`^(?:${ANAPHORS.join('|')})?(?:${MEETING_LEADS.join('|')})`);
/** A lead that is the meeting itself (大会执行主席, 会议主持人): no body, so no unit the next office is in. */
const MEETING_ONLY = new RegExp(`${MEETING_OPENING.source}$`);

/** A lead naming a company in full (上海仪电(集团)有限公司): a body of its own too. */
const COMPANY_LEAD = /有限(?:责任)?公司/;

function ownBody(lead: string): boolean {
  return OWN_BODY.test(lead) || NATIONAL_LEAD.test(lead) || COMPANY_LEAD.test(lead);
}

/**
 * 陕煤集团副总经理、陕煤股份总经理, 三一集团董事、三一重卡董事长: a lead of four characters or more that opens with
 * the brand the chain's body opens with names a body of its own: the group's sister company, or the body again with
 * one of its own (炎黄科技园副总经理、炎黄科技园企业联合工会委员会主席), not a unit inside the body before.
 */
function sisterCompany(lead: string, orgName: string): boolean {
  return (
    lead.length >= 4 && orgName.length >= 4 && lead.slice(0, 2) === orgName.slice(0, 2) && !orgName.startsWith(lead)
  );
}

interface ChainEntry {
  hit: TitleHit;
  org?: OrgMention;
  lead: string;
}

/** The one town, street or county a lead opens with, written in full (莞城街道党工委 → 莞城街道), if any. */
function townOpening(lead: string): Place | undefined {
  const match = placeStartingAt(lead, 0);
  const only = match?.full && match.candidates.length === 1 ? match.candidates[0] : undefined;
  // 赛罕区党组成员、总工会副主席: a county or district named alike nowhere else is such a place too.
  return only?.level === 'town' || only?.level === 'county' ? only : undefined;
}

/**
 * A bare level a chain opens with at its political bodies (县 of 县委常委, 旗 of 旗政协副主席): the federation later in the
 * chain is that level's (县总工会), which the article's place then writes out.
 */
function levelOpening(lead: string): string | undefined {
  return on(R.levelChain) ? LEVEL_POLITICAL_OPENING.exec(lead)?.[1] : undefined;
}
const LEVEL_POLITICAL_OPENING = /^([省市区县旗州盟])(?:委|人大|政协|政府)/;

/** The zone a zone's own body opens with (松江经开区 of 松江经开区党工委副书记, 包头市稀土高新区 of …管委会). */
function zoneOpening(text: string): string | undefined {
  for (const body of ZONE_BODIES) {
    const at = text.indexOf(body);
    if (at > 0 && ZONE_WORDS.some((w) => text.startsWith(w, at - w.length))) return text.slice(0, at);
  }
  return undefined;
}

/** A name and a conjunction right after an office (…副主席赵万里和…): the office has its own holder. */
function heldBeforeConjunction(after: string): boolean {
  return surnameLength(after) > 0 && HOLDER_THEN_CONJUNCTION.test(after);
}
const HOLDER_THEN_CONJUNCTION = /^[\p{Script=Han}]{2,3}[和及与]/u;

/** What a clause opens after: a sentence's start (the empty string), a stop or a colon. */
const CLAUSE_OPENS = /^(?:|[。;；:：!！?？])$/;

/**
 * Walks left from the title right before a name over the chain [body] title (、|，) …, up to an
 * office written after another name (总工会代表陈水林理事长、大台南总工会代表郑山林: 理事长 is 陈水林's).
 */
/** Where a body's name ends with its quotation marks: “职工盟”主席, as Hong Kong papers quote a body. */
function quotedEnd(norm: string, o: OrgMention): number {
  return norm[o.to] === '”' && norm[o.from - 1] === '“' ? o.to + 1 : o.to;
}

function chainBefore(
  norm: string,
  last: TitleHit,
  orgs: readonly OrgMention[],
  nameEndsAt: (end: number) => boolean = () => false,
) {
  const chain: ChainEntry[] = [];
  let current: TitleHit | undefined = last;
  while (current) {
    const hit: TitleHit = current;
    // 区总工会党组书记常务副主席甲, 党委常委副校长乙: two offices written with nothing between them are two
    // offices of one body, as if 、 stood between them.
    const inner = on(R.gluedOffices) && !hit.calling ? titleEndingAt(norm, hit.from) : undefined;
    // (人大常委副主任 is the congress's standing committee's; 副书记书记 repeats an office, as a misprint does.)
    const glued =
      inner &&
      !inner.calling &&
      GLUED_FIRST_OFFICES.some((o) => inner.title.endsWith(o)) &&
      !inner.title.endsWith(officeRank(hit.title));
    if (inner && glued) {
      chain.unshift({ hit, lead: '' });
      fired(R.gluedOffices, 'role', norm.slice(inner.from, hit.to));
      current = inner;
      continue;
    }
    // The nearest body before the title (…副主席赵万里和全总书记处书记: 全总, not the one before it).
    let org: OrgMention | undefined;
    // …劳工局专门委员陈小菲代表市长: a stop between a body and the title leaves the title without it.
    const leadFrom = leadStart(norm, hit.from);
    for (const o of orgs) {
      const end = quotedEnd(norm, o);
      if (o.to > hit.from || hit.from - end > 12 || LEAD_BREAK.test(norm.slice(end, hit.from))) continue;
      if (leadFrom > end) continue;
      // 全国总工会副主席赵万里和全总书记处书记: another office between them, with its own holder, holds that body.
      const between = norm.slice(end, hit.from);
      if (titlesIn(between).some((t) => !t.calling && heldBeforeConjunction(between.slice(t.to)))) continue;
      if (!org || o.to > org.to) org = o;
    }
    // 华为公司的工程师胡某宇: a body and its 的 right before the title are its body, with no lead between.
    const ofDe =
      !org && norm.charAt(hit.from - 1) === '的' && !HONOUR_TITLE_END.test(hit.title) && on(R.bodyBeforeDe)
        ? orgs.find((o) => quotedEnd(norm, o) === hit.from - 1)
        : undefined;
    if (ofDe) {
      org = ofDe;
      fired(R.bodyBeforeDe, 'role', `${ofDe.name}${hit.title}`);
    }
    // A lead that runs into the body before it (…工会主席) starts at the body.
    const written = ofDe ? '' : norm.slice(org ? quotedEnd(norm, org) : leadFrom, hit.from);
    // 县上领导, 市上领导: the region's leaders, as north-western papers write it (上 is "at").
    const entry: ChainEntry = { hit, lead: written.replace(LEVEL_AT, '$1') };
    if (org) entry.org = org;
    chain.unshift(entry);
    const at = org ? org.from - (quotedEnd(norm, org) > org.to ? 1 : 0) : hit.from - written.length;
    const sep = norm.charAt(at - 1);
    if (sep !== '、' && sep !== ',' && sep !== '，' && sep !== '兼') break;
    // 区委副书记、区长: a lead naming a body of its own starts another body; keep walking all the same.
    current = titleEndingAt(norm, at - 1);
    if (current && nameEndsAt(current.from)) break;
    // 由甲担任工作委员会主任,乙…工会主席: across a comma, an office taken by the name before is not on this chain.
    if (current && sep !== '、' && sep !== '兼' && takenBefore(norm, leadStart(norm, current.from))) break;
    // …慰问农牧民工和八大群体会员,市总工会副主席苏日娜: across a comma a calling goes on the chain only
    // when it opens its clause (;全国五一劳动奖章获得者,…高级技师王学勇), not as a verb's object.
    if (
      current?.calling &&
      sep !== '、' &&
      sep !== '兼' &&
      !CLAUSE_OPENS.test(norm[leadStart(norm, current.from) - 1] ?? '')
    )
      break;
  }
  return chain;
}

/**
 * The roles of the chain of titles right before a name (市人大常委会副主任、市总工会主席李灿 →
 * two roles at two bodies). `inherited` is the body of the person named before in the sentence.
 *
 * @example
 * rolesBefore(norm, titleEndingAt(norm, at)!, orgs).map((r) => r.role) // → ['清远市人大常委会副主任', '清远市总工会主席']
 */
export function rolesBefore(
  norm: string,
  last: TitleHit,
  orgs: readonly OrgMention[],
  inherited?: BodyOf,
  nameEndsAt?: (end: number) => boolean,
): RoleDraft[] {
  const chain = chainBefore(norm, last, orgs, nameEndsAt);
  // 《工人日报》副总编辑: an office of the publication just named, not of the body named before.
  const first = chain[0];
  const body = first && norm[first.hit.from - first.lead.length - 1] === '》' ? undefined : inherited;
  const roles: RoleDraft[] = [];
  let org: OrgMention | undefined;
  let unit = '';
  let generic: string | undefined;
  // The place the chain's bodies are in, kept when a later lead names a body of its own (市纪委).
  let place: Place | undefined;
  // The union a unit was written with (局 of 局工会副主席): a union committee later in the chain is its.
  let unitUnion = false;
  // The development zone whose own body the chain is at (松江经开区 of 松江经开区党工委), or the bare level it opens
  // with (县 of 县委常委): a federation later in the chain is that one's.
  let zone: string | undefined;
  chain.forEach((entry, i) => {
    const { hit, lead } = entry;
    // 莞城街道党工委委员、总工会主席: a town or street the chain opens with, though no body was read there.
    if (!entry.org && !place && i === 0 && on(R.chainTown)) place = townOpening(lead);
    if (!entry.org && i === 0) zone = zoneOpening(lead) ?? levelOpening(lead);
    if (entry.org) {
      org = entry.org;
      place = entry.org.place ?? place;
      zone = zoneOpening(entry.org.name);
      unit = '';
      unitUnion = false;
    } else if (
      i === 0 &&
      (SUB_BODY_ONLY.test(lead) || isDepartment(lead, hit.title, body?.org) || unionCommitteeOf(lead, body)) &&
      !hit.calling &&
      body &&
      (!body.deputiesOnly || deputyOf(body, lead, hit.title)) &&
      on(R.parallelInherit)
    ) {
      // 公司工会主席何伟、工会副主席袁纲: a bare office (or sub-body) after another person's is of the same
      // body; so is a department's (市总工会副主席甲、女工部部长乙).
      org = body.org;
      // A department of its own replaces the one the body was read with (部长甲、机械工作部部长乙).
      // 公司工会主席甲、副主席乙: a deputy of the office before is in its sub-body (工会) too; 总经理 after
      // 工会主席 is the company's.
      const deputy = deputyOf(body, lead, hit.title);
      const department = isDepartment(lead, hit.title, body.org);
      // 园区工会主席甲、副主席乙、女职工委员会主任丙: a union's committee is the union's, under its 工会.
      const committee = unionCommitteeOf(lead, body);
      unit = department ? '' : deputy || committee ? `${body.unit}${body.sub ?? ''}` : body.unit;
      generic = body.genericLead;
      fired(R.parallelInherit, 'role', hit.title);
      // 公司财务部部长甲、工会副主席乙, 中联办社工部部长甲、社联部部长乙: another department or sub-body is
      // the first department's sibling, in the body above it.
      const above = lead !== '' && !deputy && !committee ? bodyAbove(body) : undefined;
      if (above) {
        org = above.org;
        unit = above.unit;
        fired(R.siblingDepartment, 'role', hit.title);
      }
    }
    let role: string;
    let which: OrgMention | undefined;
    // 办公室主任、一级调研员: a rank after a department's office is the person's, not the department's.
    const inDepartment = unit !== '' || (org !== undefined && DEPARTMENT_NAME_END.test(org.name));
    const rank = isRank(hit.title) || (inDepartment && CIVIL_RANK.test(hit.title));
    // 省委副书记、大会主席团常务主席: an office of the meeting itself is the meeting's, not the body's before.
    const sister = on(R.sisterCompany) && sisterCompany(lead, org?.name ?? unit);
    const inherits = (org || unit) && !ownBody(lead) && !sister && !rank && !hit.calling && !MEETING_OPENING.test(lead);
    if (isPlaceOffice(hit.title)) {
      // 宜城市人民政府副市长, 市政府副市长: an office of the government the text names is written with it.
      const government =
        entry.org?.kind === 'government' && GOVERNMENT_END.test(entry.org.name) ? entry.org : undefined;
      role = government && on(R.placeGovernment) ? `${government.name}${lead}${hit.title}` : `${lead}${hit.title}`;
      which = government;
    } else if (entry.org) {
      role = `${entry.org.name}${lead}${hit.title}`;
      which = entry.org;
    } else if (REGION_BODY_LEAD.has(lead) && (zone || org?.place || place) && i > 0 && on(R.chainInherit)) {
      // 县委常委、宣传部长、总工会主席: the federation (or 妇联, 科协) of the place the chain's body is in; the
      // offices after it are the federation's (县人大常委会副主任、总工会党组书记、主席). 高新区党工委副书记、
      // 总工会主席: of the zone, which the gazetteer does not hold.
      const federation = `${zone ?? (org?.place ?? place)?.name}${lead}`;
      role = `${federation}${hit.title}`;
      org = undefined;
      unit = federation;
      fired(R.chainInherit, 'role', role);
    } else if (inherits && (i > 0 || body) && on(R.chainInherit)) {
      // …管理局工会副主席、工会办公室主任: the office is in the union named, not in a second 工会 of it.
      const own = org && !unit ? SUB_BODIES.find((b) => org?.name.endsWith(b) && lead.startsWith(b)) : undefined;
      // 区人大常委会副主任、工会主席: a region's congress, consultative conference or party committee has no
      // union of its own; the union is the region's federation (…区总工会主席).
      const region = org && !unit && lead.startsWith(UNION_LEAD) ? REGION_POLITICAL_BODY.exec(org.name) : null;
      // 某街道党工委副书记、工会主席, 某镇党委副书记、工会主席: the union is the street's or the town's, as
      // written (a town's party committee has no union of its own either).
      const town = org && !unit && !region && lead.startsWith(UNION_LEAD) ? TOWN_PARTY_COMMITTEE.exec(org.name) : null;
      // 某石化公司党委常务副书记、工会主席: another sub-body of the same company, not one inside the first;
      // …公司工会主席、副总经理: a company's own officer is the company's.
      const sibling =
        org && !unit && !own && !region && !town
          ? (siblingOf(org.name, lead, hit.title) ?? departmentSibling(org, lead, hit.title))
          : undefined;
      // 公司人力资源部部长、财务部部长: a department after a department is its sibling, in the body above it.
      const above =
        !org && unit !== '' && DEPARTMENT_ONLY.test(lead) && on(R.siblingDepartment)
          ? unitAboveDepartment(unit)
          : undefined;
      if (above !== undefined) fired(R.siblingDepartment, 'role', `${above}${lead}${hit.title}`);
      role = region
        ? `${org?.name.slice(0, region.index)}总${lead}${hit.title}`
        : town
          ? `${org?.name.slice(0, town.index)}${lead}${hit.title}`
          : sibling !== undefined
            ? `${sibling}${lead}${hit.title}`
            : above !== undefined
              ? `${above}${lead}${hit.title}`
              : `${org?.name ?? ''}${unit}${unitUnion && COMMITTEE_SET.has(lead) ? UNION_LEAD : ''}${own ? lead.slice(own.length) : lead}${hit.title}`;
      which = region || town || sibling !== undefined ? undefined : org;
      if (sibling !== undefined) fired(R.siblingBody, 'role', role);
      if (i > 0) fired(R.chainInherit, 'role', role);
    } else {
      role = `${lead}${hit.title}`;
      // 县总工会党组书记、副主席: the unit is the federation itself, not 县总 before its 工会. A lead with a
      // body of its own (上海市委常委、临港新片区党工委书记、管委会主任) is the unit from there on.
      if (!org || ownBody(lead) || sister) {
        if (sister) fired(R.sisterCompany, 'role', role);
        org = undefined;
        // 全国劳动模范、徐矿总医院主任医师: an honour's level is no unit the next office is in.
        // 总经理助理、销售中心主任, 财务总监、副总经理: an office (总经理) or a field of work (财务, 营销)
        // written before an office names no unit the next office is in.
        unit =
          LEVEL_ONLY.test(lead) || MEETING_ONLY.test(lead) || (noUnitLead(lead) && on(R.officeLead))
            ? ''
            : OWN_BODY_END.test(lead)
              ? lead
              : lead.replace(SUB_BODY, '');
        unitUnion = unit !== '' && lead === `${unit}${UNION_LEAD}` && on(R.unionCommittee);
      }
    }
    const draft: RoleDraft = { role: fullCommittee(role), title: hit.title };
    if (which) draft.org = which;
    // 集团党委书记、董事长: the generic word the chain opens with stands for the article's company in every role.
    // 大会执行主席、公司纪委书记: after the meeting's own office, the chain's body starts afresh.
    const opens = i === 0 || MEETING_ONLY.test(chain[i - 1]?.lead ?? '');
    if (opens && !which) generic = genericLeadAt(norm, hit.from - lead.length, lead) ?? generic;
    if (generic && !which && role.startsWith(generic)) draft.genericLead = generic;
    roles.push(draft);
  });
  return roles;
}

/**
 * A role whose generic lead stands for no body the article names, as it reads: an office that wrote the
 * unit its chain opened with again (校党委副书记、校长 → 校校长, written so that the school can replace one
 * 校) takes it once.
 *
 * @example
 * unresolvedRole({ role: '校校长', title: '校长', genericLead: '校' }) // → '校长'
 */
export function unresolvedRole(draft: RoleDraft): string {
  const lead = draft.genericLead;
  if (!lead || !draft.role.startsWith(`${lead}${lead}`) || !on(R.unitWrittenOnce)) return draft.role;
  const role = draft.role.slice(lead.length);
  fired(R.unitWrittenOnce, 'role', role);
  return role;
}

/**
 * The company a sub-body's name is written under (某公司 of 某公司党委), when the next office is in
 * another of its sub-bodies (工会主席) or is the company's own (副总经理); else undefined.
 */
function siblingOf(orgName: string, lead: string, title: string): string | undefined {
  if (!on(R.siblingBody)) return undefined;
  const sub = SUB_BODIES.find((b) => orgName.endsWith(b));
  // 广东省总工会党组成员、纪检组组长: a region's federation is no company's sub-body; the company must end in
  // a body's suffix of its own (…公司, …医院).
  const company = sub ? orgName.slice(0, -sub.length) : '';
  if (!sub || company.length < 2) return undefined;
  // 某街道党工委副书记、办事处主任, 某开发区党工委书记、管委会主任: the administration is the street's or the zone's.
  if (on(R.partyUnit) && PARTY_COMMITTEES.includes(sub) && ADMINISTRATIONS.some((a) => lead.startsWith(a)))
    return company;
  // 某医院党总支副书记兼院长, 某动物园党总支副书记、副主任: an office no party committee holds is the unit's, whatever
  // the unit's name ends in.
  const partyOffice = PARTY_OFFICE_ENDS.some((end) => title.endsWith(end));
  if (on(R.partyUnit) && PARTY_COMMITTEES.includes(sub) && lead === '' && !partyOffice) return company;
  if (!suffixEndsAt(company, company.length)) return undefined;
  // 某公司工会主席、纪委书记: an office of another sub-body, its name written in the office, is the company's too.
  const other = SUB_BODIES.find((b) => b !== sub && (lead.startsWith(b) || (lead === '' && title.startsWith(b))));
  return other || (lead === '' && COMPANY_OFFICES.includes(title)) ? company : undefined;
}

/**
 * The body above a department (赤城县总工会 of …总工会法律保障部) when the next office is in another
 * department or committee of it (法律保障部部长、经审委主任); else undefined.
 */
function departmentSibling(org: OrgMention, lead: string, title: string): string | undefined {
  if (!on(R.siblingDepartment) || !(isDepartment(lead, title, org) || COMMITTEE_LEAD.test(lead))) return undefined;
  return departmentParent(org);
}

/** The body a department read as a body of its own is in (赤城县总工会 of …总工会法律保障部), as written. */
/** The body a unit's closing department is in (公司 of 公司人力资源部, '' of 人力资源部); undefined when it ends in none. */
function unitAboveDepartment(unit: string): string | undefined {
  for (let k = 0; k < unit.length; k++) if (DEPARTMENT_ONLY.test(unit.slice(k))) return unit.slice(0, k);
  return undefined;
}
function departmentParent(org: OrgMention): string | undefined {
  return org.parent && DEPARTMENT_NAME_END.test(org.name) ? org.parent : undefined;
}
/** A lead that is an office (总经理 of 总经理助理) or a field of work (财务 of 财务总监): it names no body or department. */
function noUnitLead(lead: string): boolean {
  return lead.length >= 2 && (OFFICE_LEAD.lengthEndingAt(lead, lead.length) > 0 || WORK_FIELDS.has(lead));
}
/** Offices of two characters or more, one of which may end a lead (read backwards from its end, not by a regex tried at every position). */
const OFFICE_LEAD = new Lexicon(OFFICES.filter((o) => o.length >= 2));
const WORK_FIELDS = new Set(WORK_FIELD_WORDS);

/** A committee of a body written short (经审委, 女职委, 工会工委). */
const COMMITTEE_LEAD = /^\p{Script=Han}{1,4}委$/u;

/** A bare office that is a rank of the office before it (主席甲、副主席乙). */
function deputyOf(body: BodyOf, lead: string, title: string): boolean {
  return lead === '' && body.office !== undefined && officeRank(title) === body.office;
}

/**
 * Whether a lead is a union's committee (女职工委员会, 经审会) and the office before was in a union: the
 * union named (郑州园区工会) or a unit's 工会 (局工会副主席).
 */
function unionCommitteeOf(lead: string, body: BodyOf | undefined): boolean {
  if (!body || !COMMITTEE_SET.has(lead) || !on(R.unionCommittee)) return false;
  return body.sub === UNION_LEAD || (body.unit === '' && body.org?.kind === 'union');
}

/** 会议由集团工会主席…, 听取了集团总经理…: a generic body word opening a lead right after a break, a preposition or a verb’s 了. */
function genericLeadAt(norm: string, start: number, lead: string): string | undefined {
  const word = GENERIC_LEAD_WORDS.find((w) => lead.startsWith(w));
  // 院长助理, 局长助理: the word and 长 are an office the lead holds, no body.
  if (word && lead.charAt(word.length) === HEAD_MARK) return undefined;
  return word && (start === 0 || GENERIC_LEAD_AFTER.test(norm.charAt(start - 1))) ? word : undefined;
}
const HEAD_MARK = '长';
const GENERIC_LEAD_WORDS = [...GENERIC_BODY_LEADS.keys()].sort((a, b) => b.length - a.length);
const GENERIC_LEAD_AFTER = /[,，。;；:：、\s(“由在和与及了向对为]/;

/** The body a person's first role is in: a named body, or the unit written before its sub-body (公司 of 公司工会). */
export interface BodyOf {
  org?: OrgMention;
  unit: string;
  /** The generic word the unit is (公司 of 公司工会主席), for the article to resolve. */
  genericLead?: string;
  /** The sub-body the last role was in (工会 of 公司工会主席): a deputy's bare office after it is in it too. */
  sub?: string;
  /** The last role's office without its deputy's marks (主席 of 副主席): a bare deputy of it shares the sub-body. */
  office?: string;
  /** The unit is a region's mass body (市总工会): only a deputy of the same office is in it. */
  deputiesOnly?: boolean;
}

/** An office without the marks of its deputies (常务副主席 → 主席). */
export const officeRank = (title: string): string => title.replace(/^(?:常务)?副/, '');
const SUB_BODY_START = new RegExp(`^(?:${SUB_BODIES.join('|')})(?=.)`);

/**
 * The body of a person’s last role, for the next person’s bare office (see rolesBefore): in
 * 区人大常委会副主任、区总工会主席甲,常务副主席乙, 乙 is the union’s.
 *
 * @example
 * bodyOf([{ role: '公司工会主席', title: '主席' }]) // → { unit: '公司' }
 */
export function bodyOf(roles: readonly RoleDraft[]): BodyOf | undefined {
  const last = roles.at(-1);
  if (!last || isPlaceOffice(last.title)) return undefined;
  if (last.org) {
    // 市总工会女工部部长甲、副部长乙: the department is the next bare office's unit too.
    const between = last.role.slice(last.org.name.length, last.role.length - last.title.length);
    const written = last.role.startsWith(last.org.name);
    // 市总工会经审委主任甲、副主任乙: the committee is the sub-body a deputy of the same office is in.
    if (written && COMMITTEE_SET.has(between) && on(R.committeeDeputy))
      return { org: last.org, unit: '', sub: between, office: officeRank(last.title) };
    return { org: last.org, unit: written && DEPARTMENT_ONLY.test(between) ? between : '' };
  }
  const lead = last.role.slice(0, last.role.length - last.title.length);
  // 总工会主席: a region's mass body is no sub-body to strip (总 alone names nothing).
  const unit = OWN_BODY_END.test(lead) ? lead : lead.replace(SUB_BODY, '');
  // 工会主席甲、副主席乙: a sub-body written alone is passed on to its own office's deputies.
  if (!unit && lead !== '' && SUB_BODY_ONLY.test(lead) && on(R.subBodyDeputy))
    return { unit: '', sub: lead, office: officeRank(last.title), deputiesOnly: true };
  // 财务总监甲,副总经理乙: a field of work or an office names no body the next person's office is in.
  if (!unit || (noUnitLead(unit) && on(R.officeLead))) return undefined;
  // 市总工会主席甲、副主席乙, 山东省环科院院长甲、副院长乙, 某街工委书记甲,副书记乙: a body written with its
  // place that the article did not resolve is passed on to its own office's deputies only.
  const regionBody = OWN_BODY.test(unit);
  // 公司党委书记: the sub-body may be written as part of the title (党委书记) rather than of its lead.
  const titled = SUB_BODY_START.exec(last.title)?.[0] ?? '';
  const sub = lead.slice(unit.length) + titled;
  const office = officeRank(last.title.slice(titled.length));
  return {
    unit,
    office,
    ...(sub ? { sub } : {}),
    ...(last.genericLead ? { genericLead: last.genericLead } : {}),
    ...(regionBody ? { deputiesOnly: true } : {}),
  };
}

/**
 * The body a bare office after a person's roles is of: theirs (see `bodyOf`); none when their
 * last office was written with a lead that is passed on to no one (财务总监甲, 副总经理乙: not the
 * body named before 甲); else the one before them.
 *
 * @example
 * nextBody([{ role: '财务总监', title: '总监' }], before) // → undefined
 */
export function nextBody(roles: readonly RoleDraft[], before: BodyOf | undefined): BodyOf | undefined {
  const own = bodyOf(roles);
  const last = roles.at(-1);
  if (own || !last || isPlaceOffice(last.title) || !on(R.ownBodyEnds)) return own ?? before;
  const lead = last.role.slice(0, last.role.length - last.title.length);
  return SUB_BODY_ONLY.test(lead) ? before : undefined;
}

/** A lead that is nothing or a sub-body alone (工会, 党组): the office is of a body named before. */
const SUB_BODY_ONLY = new RegExp(`^(?:${SUB_BODIES.join('|')})?$`);
/**
 * A lead that is a department alone (女工部, 财务部, 法律部, 办公室), no place or body of its own
 * before it (市委宣传部 is the committee's): a department of a body named before. A 中心 or a 室
 * (…创新工作室) is often a body of its own, so those endings are left out.
 */
const COMMITTEE_SET: ReadonlySet<string> = new Set(UNION_COMMITTEES);
const DEPARTMENT_ONLY = new RegExp(
  `^(?:${GENERAL_OFFICE}|[^省市县区州镇乡委局厅会司办]{1,5}(?:${DEPARTMENT_ENDS.filter((e) => e !== '中心' && e !== '室').join('|')}))$`,
  'u',
);

/** A role with a union's committee written in full (…女职委主任 → …女职工委员会主任). */
function fullCommittee(role: string): string {
  if (!on(R.fullCommittee)) return role;
  for (const [short, full] of SHORT_COMMITTEES) {
    if (!role.includes(short)) continue;
    // 省总女职委: the federation's short form before it is written in full too.
    return role.replace(`总${short}`, `总工会${short}`).replace(short, full);
  }
  return role;
}

/** A region's government (宜城市人民政府, 县政府), whose place offices are written with it. */
const GOVERNMENT_END = /政府$/;

/**
 * A skill or professional grade (高级技师, 高级工程师): a person's, not a post in the body before it. A civil
 * servant's rank (副巡视员) is held in the body that employs him, and inherits it (not a department of it).
 */
function isRank(title: string): boolean {
  return RANK.test(title) && !(on(R.civilRank) && CIVIL_RANK.test(title));
}
const RANK = new RegExp(`(?:${RANKS.join('|')})$`);
const CIVIL_RANK = new RegExp(`(?:${CIVIL_RANKS.join('|')})$`);

/**
 * The body above the department a person's office was in (公司 of 公司财务部, 中联办 of 中联办社工部),
 * when the body was read with one; else undefined.
 */
function bodyAbove(body: BodyOf): { org?: OrgMention; unit: string } | undefined {
  if (!on(R.siblingDepartment)) return undefined;
  const { org, unit, genericLead } = body;
  // 审计处副处长甲、工会副主席乙: the body above a department written alone is the article's, unnamed.
  if (unit !== '' && DEPARTMENT_ONLY.test(unit)) return { ...(org ? { org } : {}), unit: '' };
  if (!org && genericLead && unit.startsWith(genericLead) && DEPARTMENT_ONLY.test(unit.slice(genericLead.length)))
    return { unit: genericLead };
  const parent = org && unit === '' ? departmentParent(org) : undefined;
  return parent ? { unit: parent } : undefined;
}

/**
 * Whether a lead is a department of the body before, also when its head's title shares the
 * department's 部 (组织部长 for 组织部部长). A government's departments are 局 and 厅: a 部长 written
 * after one heads a ministry (台中市政府劳工局长甲、劳动部长乙).
 */
function isDepartment(lead: string, title: string, body: OrgMention | undefined): boolean {
  if (DEPARTMENT_ONLY.test(lead)) return true;
  return SHARED_BU_TITLES.has(title) && lead !== '' && body?.kind !== 'government' && DEPARTMENT_ONLY.test(`${lead}部`);
}

/** A body that is a department of another (…总工会办公室, …劳动和经济工作部). */
const DEPARTMENT_NAME_END = new RegExp(`(?:${DEPARTMENT_ENDS.join('|')})$`);

/**
 * True when a role names a body of its own place (区长, 市政协副主席): no body is inherited into it.
 *
 * @example
 * isPlaceOffice('常务副县长') // → true
 */
export function isPlaceOffice(title: string): boolean {
  return PLACE_OFFICES.has(title.replace(/^(?:常务|执行)?副?/, ''));
}

const LEVEL_OF: Record<string, Place['level']> = {
  自治区: 'province',
  省: 'province',
  市: 'city',
  州: 'city',
  区: 'county',
  县: 'county',
  旗: 'county',
  镇: 'town',
  乡: 'town',
};
/**
 * A role that opens with a bare level: 市长, 副区长, 区政协副主席, 自治区党委副书记, 省劳动模范; or
 * with one pointed back to (该镇党委委员), which is the article's recent place of that level too.
 */
const BARE_LEVEL =
  /^该?(?:代理|代|政府)?(?:常务|执行)?副?(自治区|[省市区县州旗镇乡])(?![\p{Script=Han}]{0,1}[省市区县])/u;
/** What may stand before a place office and is kept (代县长: acting) or dropped (政府副县长: the government's). */
const PLACE_OFFICE_OPENING = /^(?:代理|代|政府)/;

/**
 * Writes out the place a role opens with (市长 → 厦门市市长), from the places the article named
 * before the role; roles already written out, or with a body of their own, are kept.
 *
 * @example
 * qualifyRole({ role: '市长', title: '市长' }, ctx, 1, 0).role // → '厦门市市长' (in an article about 厦门市)
 */
export function qualifyRole(
  draft: RoleDraft,
  ctx: ArticleContext | undefined,
  sentence: number,
  pos: number,
): RoleDraft {
  if (!ctx || draft.org || !on(R.placeQualify)) return draft;
  const town = townFederationRole(draft.role, ctx);
  if (town) return { ...draft, role: town };
  const zone = zoneRole(draft.role, ctx.zones);
  if (zone) return { ...draft, role: zone };
  // 市场监管局局长, 市政分公司技术员: a word opening with a level character names no region.
  const m = NOT_REGION_START.test(draft.role) ? null : BARE_LEVEL.exec(draft.role);
  const level = m?.[1] ? LEVEL_OF[m[1]] : undefined;
  if (!m || !level) return draft;
  const place = recentPlace(ctx, level, sentence, pos, (p) => standsFor(m[1] as string, p));
  // 省总工会主席 on a page about Macau: 省 is a province's, never a special region's.
  if (!place || (place.level === 'province' && !place.name.endsWith(m[1] as string))) return draft;
  const name = place.level === 'province' ? place.name : qualifiedPlaceName(place, ctx);
  // 市长 → 厦门市市长, 副区长 → 南昌市西湖区副区长, 区政协副主席 → 南昌市西湖区政协副主席; 市总党组书记:
  // 市总 is the city's federation of unions, written short.
  // 代县长 → 衡东县代县长, 政府副县长 → 裕民县副县长: an acting office keeps its 代, the government's drops 政府.
  const rest = draft.role.slice(m[0].length);
  const opening = isPlaceOffice(draft.title) ? PLACE_OFFICE_OPENING.exec(draft.role)?.[0] : undefined;
  const office = opening && draft.role === `${opening}${draft.title}` && on(R.actingOffice) ? draft.title : undefined;
  const role = office
    ? `${name}${opening === '政府' ? '' : opening}${office}`
    : isPlaceOffice(draft.title) && m.index === 0 && draft.role === draft.title
      ? `${name}${draft.role}`
      : `${name}${UNION_SHORT.test(rest) ? `总工会${rest.slice(1)}` : rest}`;
  fired(R.placeQualify, 'role', role);
  return { ...draft, role };
}

/**
 * A town's or a street's federation office (莞城街道总工会主席, 坦洲镇总工会主席) written as its bodies are named:
 * under the city or district the article places it in (东莞市莞城街道总工会主席).
 */
function townFederationRole(role: string, ctx: ArticleContext): string | undefined {
  if (!role.includes(FEDERATION)) return undefined;
  const match = placeStartingAt(role, 0);
  if (!match?.full || !role.startsWith(`${match.text}${FEDERATION}`)) return undefined;
  const town = choosePlace(match.candidates, ctx.codes);
  if (town?.level !== 'town') return undefined;
  const qualified = qualifiedPlaceName(town, ctx);
  return qualified.length > match.text.length ? `${qualified}${role.slice(match.text.length)}` : undefined;
}

/**
 * An office in a zone written bare (高新区党工委书记, 区管委会主任) under the one zone the article names (南昌高新区党工委
 * 书记, 南昌高新区管委会主任): a bare 区 only before a zone's own bodies, a district having none.
 */
function zoneRole(role: string, zones: readonly string[] | undefined): string | undefined {
  if (!zones?.length || !on(R.zoneQualify)) return undefined;
  const word = ZONE_WORDS.find((w) => role.startsWith(w));
  const bare = word ?? (ZONE_BODIES.some((b) => role.startsWith(b, 1)) && role[0] === '区' ? '区' : undefined);
  if (!bare) return undefined;
  const own = oneZone(zones.filter((z) => z.endsWith(bare)));
  if (!own) return undefined;
  const qualified = `${own}${role.slice(bare.length)}`;
  fired(R.zoneQualify, 'role', qualified);
  return qualified;
}

/** The zone a list names, when all its names are one zone's (西安高新区 and 西安市高新区: the longer). */
function oneZone(zones: readonly string[]): string | undefined {
  const longest = zones.reduce<string | undefined>((a, z) => (a && a.length >= z.length ? a : z), undefined);
  return longest && zones.every((z) => inOrder(z, longest)) ? longest : undefined;
}

/** Whether the characters of `short` occur in `long` in order (西安高新区 in 西安市高新区). */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** 总 after a level (市总党组书记, 省总副主席) that is its federation of unions, not 总经理 or 总工会. */
const UNION_SHORT = new RegExp(`^总(?!${NOT_UNION_AFTER_ZONG.join('|')})`);

/** A count after a name, as a regex source without its anchor (等15人). */
const COUNT_SOURCE = `(?:${COUNT_AFTER.source.replace(/^\^/, '')})`;
const ADVERB_SOURCE = [...ADVERBS].sort((a, b) => b.length - a.length).join('|');
const HOLDING_SOURCE = [...HOLDING].sort((a, b) => b.length - a.length).join('|');
/** A verb of taking an office right before a lead (担任|工作委员会主任): the few characters a verb spans are read, not the whole prefix. */
const TAKEN_BEFORE = new RegExp(`(?:${HOLDING_SOURCE})$`);
const HOLDING_LONGEST = Math.max(...HOLDING.map((w) => w.length));
function takenBefore(norm: string, at: number): boolean {
  return TAKEN_BEFORE.test(norm.slice(Math.max(0, at - HOLDING_LONGEST), at));
}
/** What is taken after a name: (adverbs) holding-verb (为)? phrase, up to a clause break. */
// Two-character verbs only: 任 alone is inside 主任.
const HOLDING_INSIDE = new RegExp(HOLDING.filter((w) => w.length >= 2).join('|'));
const HOLDING_AFTER = new RegExp(
  `^(?:${NAME_NOTE_SOURCE})?(?:同志|先生|女士)?(?:${COUNT_SOURCE})?(?:同志)?(?:(?:${ADVERB_SOURCE}))*(?:${HOLDING_SOURCE})为?([^,，。;；:：!！?？“”\\s]{2,40})`,
  'u',
);
/**
 * 选举杨军日为主席,黄敬平…为副主席: an office after 为, when the sentence elected or appointed before the name (…选出委员,
 * 甲当选主席;乙为经费审查委员会主任: across the semicolons that part the committees).
 */
const ELECTED_BEFORE = new RegExp(`(?:${[...ELECTING_VERBS, ...ELECTED_VERBS].join('|')})[^。]{0,80}$`);
const NEGATED = new RegExp(`^(?:${NEGATIONS.join('|')})`);
/** 为 and the office, right after the name or after how it is addressed (选举甲同志为主席, 乙、丙等同志为委员). */
const FOR_AFTER = /^(?:等)?(?:同志|先生|女士)?为([^,，。;；:：!！?？“”]{1,40})/;
const NEXT_ELECTED = /、[\p{Script=Han}]{2,4}为.*$/u;
const OF_BODY_ELECTED = /的.*$/;

/**
 * 肖某意任工会主席、陈某龙任经费审查委员: the next name taking its own office (a surname, a given name, 任) ends this
 * one's (、办公室主任 is an office: no surname opens it, and 主 before 任 makes 主任).
 */
function nextNamedOffice(phrase: string): string {
  for (const m of matchesOf(NEXT_TAKING, phrase)) {
    const name = m[1] as string;
    if (surnameLength(name) > 0 && !name.endsWith('主')) return phrase.slice(0, m.index);
  }
  return phrase;
}
const NEXT_TAKING = /、([\p{Script=Han}]{2,3})(?:担任|任)/gu;

/** Splits an office phrase taken after a name into its roles (会长及理事长, 副秘书长兼社会工作部部长). */
function officePhrases(phrase: string, orgs: readonly OrgMention[], offset: number): RoleDraft[] {
  const out: RoleDraft[] = [];
  let body: OrgMention | undefined;
  let at = 0;
  for (const part of phrase.split(/(?<=[^,，])(?:及|和|、|兼(?!职|任))/)) {
    // …当选为名誉会长、董某当选新一届会长: the next item is another person's election.
    if (HOLDING_INSIDE.test(part)) break;
    // 当选全国人大代表: a delegate's seat is taken by election, though 代表 alone is a calling.
    const offices = titlesIn(part).filter((t) => !t.calling || (DELEGATE_SEAT.test(part) && on(R.electedDelegate)));
    const last = offices.at(-1);
    if (last) {
      const end = last.to;
      const text = part.slice(0, end);
      const org = orgs.find((o) => o.from >= offset + at && o.to <= offset + at + end);
      if (org) body = org;
      const inherits = !org && body && !OWN_BODY.test(text);
      const role = org
        ? `${org.name}${part.slice(org.to - offset - at, end)}`
        : inherits
          ? `${body?.name}${text}`
          : text;
      const draft: RoleDraft = { role, title: last.title };
      const which = org ?? (inherits ? body : undefined);
      if (which) draft.org = which;
      else if (isBareElected(text)) draft.bareOffice = true;
      out.push(draft);
    }
    at += part.length + 1;
  }
  return out;
}

/**
 * Offices a name takes after it: 当选/连任/担任 … or 为 after 选举 (选举杨军日为主席). The body
 * of a bare office is the one the clause names (会议选举产生了中国国防邮电工会第四届全国委员会…).
 *
 * @example
 * rolesAfter('沈左权当选自治区总工会主席', 3, []).map((r) => r.role) // → ['自治区总工会主席']
 */
export function rolesAfter(norm: string, to: number, orgs: readonly OrgMention[], subject?: ElectingBody): RoleDraft[] {
  if (!on(R.holdingAfter)) return [];
  const rest = norm.slice(to);
  if (NEGATED.test(rest)) return [];
  const held = HOLDING_AFTER.exec(rest);
  const elected = !held && ELECTED_BEFORE.test(norm.slice(0, to)) ? FOR_AFTER.exec(rest) : null;
  const m = held ?? elected;
  if (!m?.[1]) return held || elected ? [] : rolesSaid(rest, to, orgs);
  // 选举丁某为主席、姚某为副主席: the next name elected to its own office ends this one's; 以甲为主席、乙等为委员的
  // 新一届委员会: so does the 的 of the body they were elected to.
  const phrase = nextNamedOffice(
    held ? m[1].replace(NEXT_ELECTED, '') : m[1].replace(NEXT_ELECTED, '').replace(OF_BODY_ELECTED, ''),
  );
  const offset = to + m[0].length - phrase.length;
  const roles = officePhrases(phrase, orgs, offset).map((r) =>
    !r.org && subject && !OWN_BODY.test(r.role) ? withBody(r, subject) : r,
  );
  for (const r of roles) fired(R.holdingAfter, 'role', r.role);
  return roles;
}

/**
 * What a name is said to be (成某东是天津港一公司拖车队副队长, 毛某现任…焊工培训中心主任): the phrase after 是, 系
 * or 现任, to its clause's end, when a title ends it; a calling is a role there too (…小学语文教师).
 */
function rolesSaid(rest: string, to: number, orgs: readonly OrgMention[]): RoleDraft[] {
  if (!on(R.roleSaid)) return [];
  const m = SAID_AFTER.exec(rest);
  const said = m?.[1];
  if (!m || !said) return [];
  const offset = to + m[0].length - said.length;
  // 王保森是中国航天科工集团有限公司的首席技师: a body's 的 joins the body to the title after it.
  const de = said.indexOf('的');
  const of = de >= 0 && on(R.roleSaidOf) ? orgs.find((o) => o.from >= offset && o.to === offset + de) : undefined;
  if (de >= 0 && (!of || said.includes('的', de + 1))) return [];
  // (…有限公司的一名普通职工: the count after the 的 is no part of the title, as it is none right after 是.)
  const phrase = of ? said.slice(0, de) + said.slice(de + 1).replace(ONE_OF, '') : said;
  const titles = titlesIn(phrase);
  const last = titles.at(-1);
  if (!last || last.to !== phrase.length) return [];
  const org = of ?? orgs.find((o) => o.from >= offset && o.to <= offset + last.from);
  const role = org ? `${org.name}${phrase.slice(org.to - offset)}` : phrase;
  fired(R.roleSaid, 'role', role);
  return [org ? { role, title: last.title, org } : { role, title: last.title }];
}
/** One of (一名, 一位) before what a name is said to be, after 是 or after a body's 的: no part of the title. */
const ONE_OF_SOURCE = '一名|一位';
const ONE_OF = new RegExp(`^(?:${ONE_OF_SOURCE})`);
const SAID_AFTER = new RegExp(
  `^(?:同志|先生|女士)?(?:${ADVERB_SOURCE})*(?:${SAYING_WHAT.join('|')})(?:${ONE_OF_SOURCE})?([^,，。;；:：!！?？“”、\\s]{2,30})(?=[,，。;；!！?？]|$)`,
  'u',
);

/**
 * The body of a clause that elects or appoints (中国国防邮电工会第四届全国委员会): a body with the
 * 第N届委员会 after it, for the bare offices taken after the names.
 *
 * @example
 * electingBody('会议选举产生了中国国防邮电工会第四届全国委员会领导机构', [])?.text // → '中国国防邮电工会第四届全国委员会'
 */
export function electingBody(norm: string, orgs: readonly OrgMention[]): ElectingBody | undefined {
  if (!ELECTING.test(norm)) return undefined;
  for (const org of orgs) {
    if (org.kind !== 'union' && org.kind !== 'association') continue;
    const tail = TERM_COMMITTEE.exec(norm.slice(org.to, org.to + 16))?.[0] ?? '';
    return { org, text: `${org.name}${tail}` };
  }
  // 中国国防邮电工会第四届全国委员会: the body and its committee as written, when no body was found.
  const term = TERM_IN_TEXT.exec(norm);
  if (!term) return undefined;
  const start = leadStart(norm, term.index + (term[1] as string).length);
  const body = norm.slice(start, term.index + (term[1] as string).length);
  return body.length > (term[2] as string).length
    ? { text: `${body}${norm.slice(term.index + (term[1] as string).length, term.index + term[0].length)}` }
    : undefined;
}

/** The suffixes of unions and associations, whose committees are elected by term. */
const UNION_SUFFIXES = SUFFIX_RULES.filter((r) => r.kind === 'union' || r.kind === 'association').map((r) => r.suffix);
const TERM_COMMITTEE = /^第?[一二三四五六七八九十\d]+届(?:全国)?委员会/;
const TERM_IN_TEXT = new RegExp(
  `([\\p{Script=Han}]*?(${UNION_SUFFIXES.join('|')}))第?[一二三四五六七八九十\\d]+届(?:全国)?委员会`,
  'u',
);

const ELECTED = new Set(ELECTED_OFFICES);

/** An office a congress elects, written bare or with a rank (主席, 荣誉会长, 常务副主席). */
function isBareElected(text: string): boolean {
  const rank = BARE_RANK.exec(text)?.[0] ?? '';
  return ELECTED.has(text.slice(rank.length));
}

/** The rank a bare office may carry (常务, 专职, 兼职, 名誉, 荣誉, 第一). */
const BARE_RANK = /^(?:常务|专职|兼职|名誉|荣誉|第一)/;

function withBody(r: RoleDraft, subject: ElectingBody): RoleDraft {
  const { bareOffice: _bare, ...rest } = r;
  const out: RoleDraft = { ...rest, role: `${subject.text}${r.role}` };
  if (subject.org) out.org = subject.org;
  return out;
}

/** A clause that elects or appoints a body's officers. */
const ELECTING = new RegExp(ELECTION_WORDS.join('|'));

/** The body whose officers a clause elects, and its name with the 第N届委员会 after it. */
export interface ElectingBody {
  org?: OrgMention;
  text: string;
}

const HONOUR_WORDS = [...HONOURS].sort((a, b) => b.length - a.length).join('|');
const WIN_SOURCE = [...WINNING, ...HOLDING.filter((w) => w.startsWith('当选'))]
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * After a name: (在内的)? (等N人, or N名 and a calling)? (date)? (adverb)? win-verb (a body 授予/评为)? honours
 * (、-separated): 甲等8人荣获…, 包括甲在内的3名选手被授予….
 */
const HONOUR_AFTER = new RegExp(
  `^(?:在内的)?(?:${COUNT_SOURCE}|(?:\\d+|[一二两三四五六七八九十]+)(?:人|名|位)(?:${CALLING_SOURCE})?)?[\\p{Script=Han}]{0,4}?[,，]?(?:\\d{4}年)?(?:${ADVERB_SOURCE})*` +
    `(?:${WIN_SOURCE}|被[^,，。;；]{2,20}?(?:授予|评为)|授予)了?((?:[^,，。;；:：!！?？\\s]{0,30}?(?:${HONOUR_WORDS})(?:称号)?、?)+)”?(?:称号)?(?=[,，。;；和及\\s]|$)`,
  'u',
);

/** 授予…, 命名张某等30人“…”荣誉称号: a body grants the honour before the names. */
const GRANTED_BEFORE = /(?:授予|命名)[^,，。;；]*$/;
const HONOUR_GRANTED = new RegExp(
  `^${COUNT_SOURCE}(?:${CALLING_SOURCE}|同志|个人)?为?((?:[^,，。;；:：!！?？]{0,30}?(?:${HONOUR_WORDS})(?:称号)?、?)+)”?(?:荣誉)?(?:称号)?(?=[,，。;；和及]|$)`,
  'u',
);

/**
 * An honour won after a name: 荣获全国五一劳动奖章 → 全国五一劳动奖章获得者, 荣获省劳动模范称号 → 省劳动模范.
 *
 * @example
 * honourAfter('汪焕兴等8人荣获全国五一劳动奖章。', 3)[0]?.role // → '全国五一劳动奖章获得者'
 */
export function honourAfter(norm: string, to: number): RoleDraft[] {
  if (!on(R.honourAfter)) return [];
  // 授予…聂新宇等100名职工长春市五一劳动奖章: the honour follows the count when 授予 came first.
  const granted = GRANTED_BEFORE.test(norm.slice(Math.max(0, to - 40), to))
    ? HONOUR_GRANTED.exec(norm.slice(to))
    : null;
  const m = granted ?? HONOUR_AFTER.exec(norm.slice(to));
  if (!m?.[1]) return [];
  // “齐鲁大工匠”和“齐鲁工匠”: quoted honours joined by 和 are two, as those listed with 、 are.
  return (
    m[1]
      // …单项奖第二名并获得“全国针织行业技术能手”: a second win joined by 并 is a second honour.
      .split(/、|(?<=”)[和及与](?=“)|并(?:获得|荣获|获评|被评为|被授予)/)
      .filter(Boolean)
      .map((text) => balanceQuotes(text.replace(HONOUR_TAIL, '').replace(/^[“”—]+|[“”]+$/g, '')))
      .map(sharedHead)
      .filter((honour) => !HONOUR_ANAPHOR.test(honour) && !COUNTED_CLAUSE.test(honour) && !BODIES_AWARD.test(honour))
      .map((honour) => {
        const role = AWARD_HONOUR.test(honour) ? `${honour}获得者` : honour;
        fired(R.honourAfter, 'role', role);
        return { role, title: role };
      })
  );
}

/**
 * 全国五一劳动奖状、奖章: a bare medal listed after a body's award shares its head (全国五一劳动奖章).
 * Map callback: reads the item before it.
 */
function sharedHead(honour: string, i: number, all: readonly string[]): string {
  const before = all[i - 1];
  return honour === BARE_MEDAL && before !== undefined && BODIES_AWARD.test(before)
    ? `${before.replace(BODIES_AWARD, '')}${honour}`
    : honour;
}

/**
 * A place or prize won after a name (滕某兵获得第一名, 甲、乙获个人组一等奖): the prize, for the article
 * to write after its contest; a place in one of its events named with it (获创伤急救项目第二名) as written.
 *
 * @example
 * prizeAfter('滕某兵获得第一名。', 3)[0]?.role // → '第一名'
 */
export function prizeAfter(norm: string, to: number): RoleDraft[] {
  if (!on(R.prizeAfter)) return [];
  const m = PRIZE_AFTER.exec(norm.slice(to, to + 40));
  if (!m?.[2]) return [];
  // 获创伤急救项目第二名: a place in an event of the contest named with it stands as written.
  const role = `${m[1] ?? ''}${m[2]}`;
  fired(R.prizeAfter, 'role', role);
  return [m[1] ? { role, title: role } : { role, title: role, prize: true }];
}
const PRIZE_AFTER = new RegExp(
  `^(?:${COUNT_SOURCE})?(?:${ADVERB_SOURCE})*(?:${WIN_SOURCE})了?([\\p{Script=Han}]{2,8}?(?:项目|赛项)的?)?((?:${PRIZE_GROUPS.join('|')})?${PRIZE_SOURCE})(?=[,，。;；、和及\\s]|$)`,
  'u',
);

/** 率领…新当选的141名全国劳动模范: a clause about others counted, not an honour the person won. */
const COUNTED_CLAUSE = /^的|\d+名/;

/** 2025年“大国工匠年度人物: a quotation opened inside an honour is closed with it. */
function balanceQuotes(text: string): string {
  return text.includes('“') && !text.includes('”') ? `${text}”` : text;
}

/**
 * Every honour won later in a sentence about one person (黄晓磊是…,2021年获评省劳动模范).
 *
 * @example
 * honoursLater('黄晓磊是后起之秀,2021年获评省劳动模范。', 3)[0]?.role // → '省劳动模范'
 */
export function honoursLater(norm: string, to: number): RoleDraft[] {
  if (!on(R.honourAfter)) return [];
  const out: RoleDraft[] = [];
  const rest = norm.slice(to);
  if (!MAY_WIN.test(rest)) return out;
  HONOUR_LATER.lastIndex = 0;
  for (let m = HONOUR_LATER.exec(rest); m; m = HONOUR_LATER.exec(rest)) out.push(...honourAfter(rest, m.index));
  return out;
}
/** A character every winning verb has (获, 授, 评, 选, 夺, 摘). */
const MAY_WIN = /[获授评选夺摘]/;
const HONOUR_LATER = new RegExp(`(?<=[,，])(?:\\d{4}年)?(?:${WIN_SOURCE})`, 'g');

/**
 * A calling counted after a name: 马荣、袁文华等10名“榜样劳模” → 榜样劳模; 沈某玲等45名同志为无锡市五一
 * 巾帼标兵 → 无锡市五一巾帼标兵 (the title they were named).
 */
// (邱某明、罗某婷和张某清三位市级劳模: the count may follow the names with no 等; …等6名劳模工匠参加活动:
// a verb of taking part may follow the calling, or their homes: 甲、乙和丙三位老劳模家中.)
const COUNTED = new RegExp(
  `^等?(?:\\d+|[一二两三四五六七八九十百]+)(?:余|多)?(?:名|位)(?:同志为)?“?([^,，。;；“”]{0,10}?(?:${CALLING_SOURCE}))”?(?=[,，。;；、和及以的]|进行|受到|家中|${COUNTED_THEN.join('|')}|$)`,
);
/** Groups that say only who was there (等领导出席, 等代表, 等成员): no title of any one of them. */
const UNTITLED_GROUPS = new Set(['领导', '代表', '成员', '会员']);
/**
 * 窦在林、张清本等困难劳模进行了慰问: a kind of people after 等 without a count, before what is done to
 * them (or their homes: 来到甲、乙等困难农户家中).
 */
const GROUPED = new RegExp(
  `^等((?:困难|优秀|先进|一线)?(?:${[...GROUP_CALLINGS]
    .filter((c) => !UNTITLED_GROUPS.has(c))
    .sort((a, b) => b.length - a.length)
    .join('|')}))(?=进行|参加|出席|受到|说|表示|纷纷|一致|先后|分别|家中|[对向为在都均也,，。;；、和及]|$)`,
);

/**
 * @example
 * countedRole('马荣、袁文华等10名“榜样劳模”,', 5)[0]?.role // → '榜样劳模'
 */
export function countedRole(norm: string, to: number): RoleDraft[] {
  if (!on(R.honourAfter)) return [];
  const rest = norm.slice(to, to + 24);
  const m = COUNTED.exec(rest) ?? GROUPED.exec(rest);
  // 以盖军衔、冯鸿昌、陈清洲等为代表的劳动模范: the names stand for their kind.
  const standing = m ? null : STANDING_FOR.exec(rest);
  // 40位家喻户晓的大国工匠: a description and its 的 are no part of what the people are called.
  const role = (m?.[1] ?? (standing?.[1] ? `${standing[1]}代表` : undefined))?.replace(DESCRIBED, '');
  if (!role) return [];
  fired(R.honourAfter, 'role', role);
  return [{ role, title: role }];
}
const DESCRIBED = new RegExp(`^(?:${DESCRIPTIONS_BEFORE_DE.join('|')})的(?=.{2})`);
const STANDING_FOR = new RegExp(`^等?为代表的([^,，。;；“”]{0,8}?(?:${CALLING_SOURCE}|${HONOURS.join('|')}))`);

/** 10位“大国工匠年度人物”分别是: the head of a list of names. */
const LIST_HEAD =
  /(?:\d+|[一二三四五六七八九十]+)(?:位|名)((?:[^,，。:：“”]{0,16}的)?(“?[^,，。:：“”]{2,16}”?))[,，]?(?:分别是|分别为|依次是|依次为)[:：]?/;

/**
 * The role a list's head gives the names after it, and where the names start.
 *
 * @example
 * listHead('10位“大国工匠年度人物”分别是:甲,乙')?.role.role // → '“大国工匠年度人物”'
 */
export function listHead(norm: string): { role: RoleDraft; at: number } | undefined {
  if (!on(R.honourAfter) || !RESPECTIVELY.some((w) => norm.includes(w))) return undefined;
  const m = LIST_HEAD.exec(norm);
  const role = m?.[2]?.replace(ORDERED_BY, '');
  if (!m || !role || role.length < 2) return undefined;
  fired(R.honourAfter, 'role', role);
  return { role: { role, title: role }, at: m.index + m[0].length };
}
/**
 * 7名同志获得“全国劳动模范”荣誉称号,他们分别是: people counted winning an honour head the list of their names,
 * and the honour is each name's role.
 */
const WON_HEAD = new RegExp(
  `(?:\\d+|[一二两三四五六七八九十]+)(?:位|名|人)(?:${CALLING_SOURCE}|同志)?(?:${WIN_SOURCE}|被授予|被评为)了?` +
    `(“?[^,，。:：“”]{0,20}(?:${HONOUR_WORDS})”?)(?:荣誉)?(?:称号)?[,，](?:他们|她们)?(?:分别是|分别为|依次是|依次为)[:：]?`,
  'g',
);

/**
 * 被命名为“石狮名匠”的有10人,分别为…; 荣获全国五一巾帼标兵的是:…: the honour won, then who won it (的有, 的是),
 * heads the list of their names.
 */
const WON_ARE = new RegExp(
  `(?:${WIN_SOURCE}|被命名为|被授予|被评为)了?(“[^“”]{2,20}”|[^,，。:：“”]{0,20}(?:${HONOUR_WORDS}))(?:荣誉)?(?:称号)?` +
    `(?:${WINNERS_ARE.join('|')})(?:(?:\\d+|[一二两三四五六七八九十]+)(?:位|名|人)[,，]?(?:(?:他们|她们)?(?:分别是|分别为|依次是|依次为))?)?[:：]?`,
  'g',
);

/**
 * Each honour a count of winners heads a list of names with, where its names start and where the list ends.
 *
 * @example
 * wonHeads('7名同志获得“全国劳动模范”荣誉称号,他们分别是甲、乙;').map((h) => h.role.role) // → ['全国劳动模范']
 */
export function wonHeads(norm: string): Array<{ role: RoleDraft; at: number; until: number }> {
  if (!on(R.honourAfter)) return [];
  const heads = [
    ...(RESPECTIVELY.some((w) => norm.includes(w)) ? matchesOf(WON_HEAD, norm) : []),
    ...(WINNERS_ARE.some((w) => norm.includes(w)) ? matchesOf(WON_ARE, norm) : []),
  ];
  const out: Array<{ role: RoleDraft; at: number; until: number }> = [];
  for (const m of heads) {
    const honour = (m[1] as string).replace(/^“|”$/g, '');
    const role = AWARD_HONOUR.test(honour) ? `${honour}获得者` : honour;
    const at = m.index + m[0].length;
    fired(R.honourAfter, 'role', role);
    out.push({ role: { role, title: role }, at, until: listEnd(norm, at) });
  }
  return out;
}

/**
 * Titles that head a list of names after a colon, or after 还有 or 包括 (雇员代表:甲、乙;雇主代表:丙, 出席会议的
 * 省领导还有:甲、乙): each title with where its names start and where the list ends.
 *
 * @example
 * colonHeads('雇员代表:甲、乙;雇主代表:丙').map((h) => h.role.role) // → ['雇员代表', '雇主代表']
 */
export function colonHeads(norm: string): Array<{ role: RoleDraft; at: number; until: number }> {
  if (!on(R.colonHead) || !/[:：]|还有|包括/.test(norm)) return [];
  const out: Array<{ role: RoleDraft; at: number; until: number }> = [];
  for (const m of matchesOf(COLON_HEAD, norm)) {
    const hit = titleEndingAt(norm, m.index);
    if (!hit) continue;
    const from = Math.max(leadStart(norm, hit.from), norm.lastIndexOf('的', hit.from) + 1);
    const role = norm.slice(from, m.index);
    const at = m.index + m[0].length;

    if (role.length < 2) continue;
    fired(R.colonHead, 'role', role);
    out.push({ role: { role, title: hit.title }, at, until: listEnd(norm, at) });
  }
  return out;
}
const COLON_HEAD = /(?:还有|包括)[:：]?|[:：]/g;
/** What ends a list of names after its head: a clause's or a sentence's end. */
const LIST_END_MARK = /[;；。]/;
/** Where a list of names opening at `at` ends: its semicolon or full stop, else the sentence's end. */
function listEnd(norm: string, at: number): number {
  const end = norm.slice(at).search(LIST_END_MARK);
  return end < 0 ? norm.length : at + end;
}

/** The head of the list a name at `from` stands in: the last one opened before it and not yet ended. */
export function headOver<H extends { at: number; until: number }>(heads: readonly H[], from: number): H | undefined {
  const head = heads.filter((h) => h.at <= from).at(-1);
  return head && from < head.until ? head : undefined;
}
const ORDERED_BY = new RegExp(`(?:${ORDERING.by.join('|')})[^,，。:：“”]{0,8}(?:${ORDERING.words.join('|')})$`);

/**
 * An office right after a name, of the body right before the name (香港工会联合会陈婉娴副会长):
 * `body` is the body as the role writes it, `org` the body when the organization finder named it.
 *
 * @example
 * officeRightAfter('香港工会联合会陈婉娴副会长', 10, '香港工会联合会')?.role // → '香港工会联合会副会长'
 */
export function officeRightAfter(norm: string, to: number, body = '', org?: OrgMention): RoleDraft | undefined {
  const office = officeAt(norm, to);
  if (!office) return undefined;
  const draft: RoleDraft = { role: `${body}${office}`, title: office };
  if (org) draft.org = org;
  return draft;
}

/**
 * Whether a title is said of every name listed after it: a calling (what people are, not a post
 * one holds: 市领导甲、乙, 大国工匠甲、乙), where an office belongs to the first name only.
 *
 * @example
 * isGroupCalling('市领导') // → true
 * isGroupCalling('主席') // → false
 */
export function isGroupCalling(title: string): boolean {
  return ENDS_IN_CALLING.test(title);
}
const ENDS_IN_CALLING = new RegExp(`(?:${CALLING_SOURCE})$`);
