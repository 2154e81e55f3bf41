import * as chars from '../page/chars.ts';
import type { Sentence } from '../page/sentences.ts';
import { enclosureAt } from '../page/spans.ts';
import type { ArticleContext } from '../places/context.ts';
import * as places from '../places/places.ts';
import * as registry from '../rules/registry.ts';
import { COUNTRIES } from '../vocab/countries.ts';
import { Lexicon } from '../vocab/lexicon.ts';
import { SUFFIX_LEXICON } from '../vocab/org-suffixes.ts';
import * as verbs from '../vocab/person-verbs.ts';
import { PLACE_ABBREVIATIONS } from '../vocab/place-abbreviations.ts';
import * as surnames from '../vocab/surnames.ts';
import * as titleWords from '../vocab/titles.ts';
import type { OrgMention } from './organizations.ts';
import type { BodyOf, RoleDraft, TitleHit } from './person-roles.ts';
import * as roles from './person-roles.ts';

// The scan below runs per character and per candidate: imported bindings are read once here
// (under the TypeScript loader every read of an imported binding is a getter call).
const { isDigit, isHan } = chars;
const { lookupPlace } = places;
const { defineRules, fired, on } = registry;
const { ADVERBIAL_DI, ADVERBS, AGE_BEFORE, ATTENDING, COUNT_AFTER, DATE_BETWEEN, DOING, LISTED_COUNT } = verbs;
const { GOING_INTO, HOLDING, LEADING, OBJECT_VERBS, PREPOSITIONS, SPEAKING, WINNING } = verbs;
const { COMMON_SURNAMES, FUNCTION_SURNAMES, MOTION_SURNAMES, NOT_GIVEN_NAMES, SURNAME_TABLE, WORDS_LIKE_NAMES } =
  surnames;
const { surnameAt } = surnames;
const { NAME_BRACKET_NOTES, NAME_MARKERS, TITLE_MARKERS, UNIT_ENDS } = titleWords;
const UNIT_END = new RegExp(`(?:${UNIT_ENDS.join('|')})$`);
const {
  nextBody,
  colonHeads,
  countedRole,
  electingBody,
  honourAfter,
  headOver,
  honoursLater,
  wonHeads,
  isGroupCalling,
  leadStart,
  listHead,
  prizeAfter,
} = roles;
const { officeAt, officeRightAfter, qualifyRole, rolesAfter, rolesBefore, titleEndingAt, titlesIn } = roles;

export { creditsIn, parseByline, parseSignature } from './bylines.ts';
export type { RoleDraft } from './person-roles.ts';

/**
 * People in running text, read as candidates and scored. Every surname (single or compound)
 * followed by one or two characters, every minority name with a middle dot
 * (古丽其娜·沙吾尔) and every short run right after an office is a candidate; the features
 * around it add or take away evidence, and a candidate is kept when the sum reaches the
 * threshold. A 、-list of like items shares its evidence: when one item is a person, the
 * names listed with it are too.
 *
 * Weights, chosen on the 45-page corpus (a feature's rule, when switched off, weighs 0):
 *
 * | feature                                   | weight | rule                 |
 * |-------------------------------------------|--------|----------------------|
 * | office right before (主席, 副县长)         |   +3   | people.title-before  |
 * | calling right before (劳模, 钳工, 市领导)  |   +2   | people.title-before  |
 * | …held at a body named before it (某公司工程师) | +3 | people.title-before  |
 * | body right before, or body + 的           |   +2   | people.employer-before |
 * | a unit (…部, …中心) before, or before 的   |   +1   | people.employer-before |
 * | verb of naming a person before (选举, 慰问)|   +1   | people.object-verb   |
 * | start of a clause or list item (”, 的 too) |  +0.5  | –                    |
 * | verb after (说, 出席, 当选, 荣获; adverbs skipped) | +2 | people.verb-after |
 * | preposition after (在, 与, 向)             |   +1   | people.verb-after    |
 * | marker after (同志, 先生, 总书记)          |   +4   | people.comrade       |
 * | count after (等15人, 等为代表; 三位 after a listed or titled name) | +2.5 | people.count-after |
 * | office after (王丽华副主席), (女) after    |   +2   | people.office-after  |
 * | punctuation, 、, 等, a date or an adverb of two characters or more (一起) right after | +0.5 | – |
 * | nothing recognisable right after          |   −1   | –                    |
 * | starts inside a word (示范引领)            |  −1.5  | –                    |
 * | three characters whose last starts the next word (薛莹为, 陈浩分获) | −1.5 | – |
 * | each side linked by 、 to another candidate |  +0.75 | people.list          |
 * | common surname; three characters          | +0.5 each | –                 |
 * | middle-dot name                           |  +1.5  | people.dotted-name   |
 * | no known surname (after an office, between an office and a verb, or listed among names) | −0.5 | people.bare-name |
 * | …and four characters or more of a transliterated name (巴桑旺堆) instead | +0.5 | people.bare-name |
 * | surname that is also a preposition (向, 于) |  −1.5  | people.not-a-name   |
 * | starts with an everyday word (高度, 方面) |   −2   | people.not-a-name    |
 * | a place (高明), inside a body's name, given part a word (向大家), 来陕 | veto | people.not-a-name |
 * | a body's suffix right after (黄埔区, 金山公司) |  −4   | people.not-a-name   |
 * | threshold                                 |   3    |                      |
 *
 * Newsroom pen-names (花都工, 珠工宣) are not people; bylines are read in bylines.ts.
 */
const R = defineRules({
  titleBefore: {
    id: 'people.title-before',
    does: 'evidence: an office or calling right before the name (with the chain of roles before it)',
    example: '000: 市总工会主席李灿出席; r4_07: 广西汽车集团有限公司钳工郑志明',
    counterexample: 'r4_03: 主席焦开河,中国人民银行副行长 (the name ends at the comma, not in 中国)',
  },
  titledEmployer: {
    id: 'people.titled-employer',
    does: 'titles listed with 、 before the employer written before a name are the name’s roles too',
    example: 'outside pages: 全国劳动模范、泰兴江平路邮政支局何某忠; 西安市劳动模范、中国石油东方物探公司…分公司任某静',
    counterexample: '全国劳动模范、徐矿总医院主任医师王某 (an office after the employer: the chain of titles reads it)',
  },
  employerBefore: {
    id: 'people.employer-before',
    does: 'evidence: a company, school or body right before the name, or before 的 and the name',
    example: 'r1_09: 东北轻合金有限责任公司王真伟、; r2_10: 厦门双十中学的陈文强',
    counterexample: 'r4_08: 中铁四局周国锋创新工作室 (the name is inside a body’s name)',
  },
  objectVerb: {
    id: 'people.object-verb',
    does: 'evidence: a verb whose object is a person right before the name (选举, 慰问, 授予)',
    example: 'r4_02: 选举杨军日为主席; r1_02: 选举杨茂如等15人',
    counterexample: 'r2_10: 涌现了以盖军衔… (needs the list or 等 as well)',
  },
  verbAfter: {
    id: 'people.verb-after',
    does: 'evidence: a verb of saying, attending, leading, winning or holding after the name, adverbs skipped',
    example: 'r4_14: 理事长李从正在会上做工作报告; r3_04: 困难职工张会忠说',
    counterexample: 'r2_12: 全总书记处书记 (书记处 is a body, not a name and a verb)',
  },
  holdingNow: {
    id: 'people.holding-now',
    does: 'evidence as strong as an office before: 现任 or 现为 and an office in its clause after the name',
    example: 'outside pages: 郭明义现任鞍钢集团矿业公司齐大山铁矿…业务主管; 高凤林现为…焊接工',
    counterexample: '现任领导班子 (no name before it)',
  },
  comradeOrLeader: {
    id: 'people.comrade',
    does: 'evidence: 同志, 先生, 女士 or 总书记 right after the name',
    example: '004: 余华涛同志当选; r3_06: 理事长胡国康先生',
    counterexample: 'r1_04: 相关负责同志 (a description before 同志)',
  },
  countAfter: {
    id: 'people.count-after',
    does: 'evidence: 等 and a count of people right after the name',
    example: 'r1_02: 杨茂如等15人; r1_08: 聂新宇等100名职工',
    counterexample: 'r3_09: 3个集体荣获 (a count of bodies, no name)',
  },
  possessive: {
    id: 'people.possessive',
    does: 'evidence: 的 after a name with a title or calling before it (全国劳动模范甲的徒弟, 困难职工乙的家中)',
    example: 'made up: 全国劳动模范宫艳红的徒弟获得一等奖; 在困难职工黄某修的家中',
    counterexample: 'made up: 高质量的发展 (no title before: no name)',
  },
  connectiveBefore: {
    id: 'people.connective-before',
    does: 'a connective that opens a clause (最终, 随后, 其中) before a name bounds it as a break does',
    example: 'outside pages: 最终胡冠军等10名技能大师从228名参评选手中脱颖而出',
    counterexample: 'made up: 始终王道 (始终 is no connective, and no name follows)',
  },
  officeAfter: {
    id: 'people.office-after',
    does: 'evidence: an office or a (女) right after the name; the office is a role, of the body before the name',
    example: 'r3_06: 香港工会联合会陈婉娴副会长; r4_07: 桥式起重机司机田得梅(女)',
    counterexample: 'r2_12: 区委副书记 (区委 is a body, not a name)',
  },
  reportGiver: {
    id: 'people.report-giver',
    does: 'evidence: a name, an office and the report they gave after it (听取了高某科长作的…报告, 领学了陈某主席所作的工作报告)',
    example: 'made up: 审议通过了孙某红主任作的《财务报告》; 领学了陈某平主席所作的工作报告',
    counterexample: 'made up: 听取了党委书记作的报告 (an office alone, no name before it)',
  },
  apposition: {
    id: 'people.apposition',
    does: 'a sentence that opens with a name alone, then a comma and its office or calling (a profile): the phrase is the role',
    example: 'made up: 袁某伟,某港口控股集团有限公司东方港务分公司高级工程师,某大学校友',
    counterexample: 'made up: 李某,你好 (no office after the comma)',
  },
  bracketBody: {
    id: 'people.bracket-body',
    does: 'a name with its body in brackets after it: 黄某健(船务从业员工会)、潘某平(香港仓库运输员工协会), 甲(代表香港总商会)',
    example: 'made up: 执委包括甲某(工党)、乙某(教协)以及丙某等',
    counterexample: 'r1_04: 中国二十二冶集团(石家庄) (a place in brackets, no name before it)',
  },
  list: {
    id: 'people.list',
    does: 'a 、-list of like items: a name listed with a person is a person',
    example: 'r2_10: 市领导陈秋雄、黄强、倪超; r1_13: 马军生、尤文涛、…、戚政当选',
    counterexample: '003: 高效、安全、便捷 (everyday words, not names)',
  },
  officeList: {
    id: 'people.office-list',
    does: 'in a 、-list of names each followed by an office (甲院长、乙副院长), a name listed with a person is a person',
    example: 'outside pages: 张某轩院长、牛某副院长陪同参观; …工会甲主席、乙副主席',
    counterexample: '市委书记、市长 (offices alone: no name before them)',
  },
  rowBody: {
    id: 'people.row-body',
    does: 'in a row of a list that spaces body, title and name apart, the body before the title is the title’s',
    example: 'outside page: 某电机有限公司 水轮机装配特级技师 崔某国 (a national award’s list of ten)',
    counterexample: '某有限公司 工程师王某 出席 (no title of its own after the space: the row reading does not apply)',
  },
  titledList: {
    id: 'people.titled-list',
    does: 'items joined by a comma, each a title and a name: a titled name listed with a person is a person',
    example: 'outside page: 节目中,全国劳模甲,省劳模乙讲述… (甲 has no verb of its own)',
    counterexample: '主席甲,副主席乙说 (both kept anyway); 工会主席甲,兴奋之情… (no titled item after)',
  },
  dottedName: {
    id: 'people.dotted-name',
    does: 'candidates: minority names written with a middle dot',
    example: 'r1_15: 市总工会主席古丽其娜·沙吾尔; 环卫工人阿依夏木·依明',
    counterexample: '001: “中国梦·劳动美” (a slogan in quotes)',
  },
  bareName: {
    id: 'people.bare-name',
    does: 'candidates: a name without a known surname right after an office, up to a clause break',
    example: 'r3_03: 常务副县长达瓦次仁,; r3_09: 工会主席资道清,',
    counterexample: 'r2_12: 书记处书记 (a body after the office)',
  },
  notAName: {
    id: 'people.not-a-name',
    does: 'vetoes and penalties: the candidate is an everyday word (方面, 向大家), a place (高明, 石龙镇), or lies inside a body’s name or before its suffix (周国锋创新工作室, 金山公司)',
    example: 'r2_12: 主席向大家; 003: 高质量发展; 高明表示 (高明区)',
    counterexample:
      'r1_13: 党委副书记庄严出席 (a name that is also a word, with an office before); r2_10: 厦门双十中学的陈文强 (the body ends before the name)',
  },
});

const { charSet, inCharSet: has } = chars;

/** Weights of the features (see the table above). */
const W = {
  office: 3,
  calling: 2,
  employer: 2,
  unit: 1,
  objectVerb: 1,
  clause: 0.5,
  verb: 2,
  preposition: 1,
  marker: 4,
  count: 2.5,
  officeAfter: 2,
  possessive: 1.5,
  punct: 0.5,
  nothingAfter: -1,
  midWord: -1.5,
  prepositionEnd: -1.5,
  link: 0.75,
  commonSurname: 0.5,
  threeChars: 0.5,
  dotted: 1.5,
  bare: -0.5,
  transliterated: 0.5,
  functionSurname: -1.5,
  word: -2,
  orgAfter: -4,
  threshold: 3,
} as const;

export interface PersonDraft {
  name: string;
  roles: RoleDraft[];
  sentence?: Sentence;
  from?: number;
  to?: number;
}

/** Characters that never occur in a given name (see surnames.ts). */
const NOT_IN_NAME_CHARS = surnames.NOT_IN_GIVEN_NAME_CHARS;
const { OPENS_GIVEN_NAME } = surnames;
const NOT_IN_NAME = new RegExp(`[${[...NOT_IN_NAME_CHARS].join('')}]`);
const NOT_IN_NAME_CODES = charSet(NOT_IN_NAME_CHARS);

/**
 * True when `name` is shaped like a Chinese name: a known surname and one or two characters
 * that do not mark a word.
 *
 * @example
 * validName('李灿') // → true
 * validName('市总工') // → false
 */
export function validName(name: string): boolean {
  return validNameAt(name, 0, name.length);
}

/** validName for text[from..to), without slicing. */
function validNameAt(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 2 || length > 4 || to > text.length) return false;
  for (let i = from; i < to; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  const s = surnameAt(text, from);
  if (s === 0 || length - s < 1 || length - s > 2) return false;
  // 两位退休同志: 位 after a numeral counts people; it is no surname there.
  if (text.charCodeAt(from) === WEI_CLASSIFIER && NUMERAL_BEFORE.test(text.charAt(from - 1))) return false;
  // 50余名女同志: 余 after a numeral is "more than", no surname.
  if (text.charCodeAt(from) === YU_MORE_THAN && NUMERAL_BEFORE.test(text.charAt(from - 1))) return false;
  // 劳模宣讲团共27名成员, 劳模关爱团代表: a group named by its work is no name.
  if (length === 3 && text.charCodeAt(to - 1) === TUAN && surnames.GROUPS_IN_TUAN.has(text.slice(from, to)))
    return false;
  // 江苏共获13金, 晋江共有…: a place's name before 共 ("in all") is no surname and given name (吕维共 is a name).
  if (length === 3 && text.charCodeAt(to - 1) === GONG && places.placeStartingAt(text, from)?.text.length === 2)
    return false;
  for (let i = from + s; i < to; i++) {
    // 谭作钧, 黄镇源: 作 and 镇 open a two-character given name; elsewhere (甲作报告, 石龙镇) they end a word.
    if (
      NOT_IN_NAME_CODES[chars.codeAt(text, i)] === 1 &&
      !(i === from + s && to - i === 2 && OPENS_GIVEN_NAME.has(text.charAt(i)) && !townEndsIn(text, from, i + 1))
    )
      return false;
  }
  return true;
}

/** 浦阳镇王女士: a town's name that starts before `from` and ends at `end`, so no name starts inside it. */
function townEndsIn(text: string, from: number, end: number): boolean {
  const town = places.fullPlaceEndingAt(text, end, end - from + 3);
  return !!town && town.text.length > end - from;
}

const GONG = '共'.charCodeAt(0);
const TUAN = '团'.charCodeAt(0);
const WEI_CLASSIFIER = '位'.charCodeAt(0);
const YU_MORE_THAN = '余'.charCodeAt(0);
const NUMERAL_BEFORE = /[\d一二两三四五六七八九十百几数多]/;

/** A CJK ideograph (basic block and extension A), by code. */
const isHanCode = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

const DOTTED = /[·•・]/g;
const CLAUSE_BEFORE_CODES = charSet(',，:：;；。!！?？ \t\n\u3000(“”、');
const PUNCT_AFTER = /[,，。;；:：!！?？)）\s、”…—]/;
const LIST_SEPARATORS = new Set(['、', '及', '和', '与']);
const CONJUNCTIONS = new Set(['及', '和', '与']);
const LIST_SEPARATOR_CODES = charSet(LIST_SEPARATORS);
const CONJUNCTION_CODES = charSet(CONJUNCTIONS);
const VERBS = new Lexicon([...SPEAKING, ...ATTENDING, ...LEADING, ...WINNING, ...HOLDING, ...DOING]);
const PREPOSITION_SET = new Lexicon(PREPOSITIONS);
const ADVERB_SET = new Lexicon(ADVERBS);
const OBJECT_VERB_SET = new Lexicon(OBJECT_VERBS);

/**
 * 黄某杉理事长, 吴某宪校长: an office right after a given name of one or two characters, as Taiwan's and
 * Hong Kong's pages and lists of guests write the name first.
 */
function officeAfterName(ix: SentenceIndex, givenAt: number): boolean {
  return on(R.officeAfter) && (ix.officeAt(givenAt + 1) || ix.officeAt(givenAt + 2));
}

/** A verb whose object is a person right before `at`, with or without its 了 (慰问了甲、乙). */
function objectVerbBefore(norm: string, at: number): boolean {
  if (OBJECT_VERB_SET.endingAt(norm, at)) return true;
  return norm.charCodeAt(at - 1) === LE && !!OBJECT_VERB_SET.endingAt(norm, at - 1);
}
const LE = '了'.charCodeAt(0);
const MARKERS = new Lexicon(NAME_MARKERS);
/** Words a candidate may start with that make it a word, not a name: everyday words, titles, verbs. */
const WORDS = new Set([
  ...WORDS_LIKE_NAMES,
  ...NOT_GIVEN_NAMES,
  ...titleWords.OFFICES,
  ...titleWords.CALLINGS,
  ...[...VERBS.words].filter((w) => w.length > 1),
]);
/** Words the given part of a name cannot be: what a surname character is followed by as a word (向大家, 钱师傅). */
const NOT_GIVEN = new Set(
  [...NOT_GIVEN_NAMES, ...NAME_MARKERS, ...titleWords.CALLINGS, ...ADVERB_SET.words, ...VERBS.words].filter(
    (w) => w.length === 2,
  ),
);
const COMMON_SURNAME_CODES = charSet(COMMON_SURNAMES);
const HE = '和'.charCodeAt(0);

/** Whether a three-character candidate is 和 joining a two-character name of a common surname to what ends before it. */
function joinedByHe(ix: SentenceIndex, c: Candidate, surname: number): boolean {
  const { norm } = ix;
  if (surname !== 1 || c.to - c.from !== 3 || norm.charCodeAt(c.from) !== HE) return false;
  if (COMMON_SURNAME_CODES[chars.codeAt(norm, c.from + 1)] !== 1) return false;
  return norm[c.from - 1] === '”' || ix.orgByEnd.has(c.from) || !!ix.titleEndingAt(c.from);
}
const ADDRESS_SET = new Set(surnames.ADDRESS_FORMS);
const FUNCTION_SURNAME_CODES = charSet(FUNCTION_SURNAMES);
const PREPOSITION_CODES = charSet(PREPOSITIONS.filter((p) => p.length === 1));
/** 共 opening a count after a list of names (甲、乙、丙共13名). */
const COUNT_TOTAL = '共';
/** A level right after a candidate makes it a place (黄埔区) or a road (中山路). */
const LEVEL_AFTER = charSet('省市区县镇乡村路街');

/** A candidate name and the evidence for it. */
interface Candidate {
  from: number;
  to: number;
  name: string;
  score: number;
  /** Names of the rules whose features added evidence. */
  rules: Array<(typeof R)[keyof typeof R]>;
  veto: boolean;
  /** What ends the name: a marker, a count, an office, a verb, punctuation, or nothing recognisable. */
  right: 'marker' | 'count' | 'office' | 'verb' | 'preposition' | 'possessive' | 'punct' | 'none';
  bare: boolean;
  midWord: boolean;
  /** A unit's name (…事业部, …厂) stands right before it. */
  unit?: boolean;
  /** A title, body, verb of naming or age stands right before it. */
  anchored: boolean;
  title: TitleHit | undefined;
  employer: Employer | undefined;
}

/** A body (or its department) right before a name, and the role it gives. */
interface Employer {
  org: OrgMention;
  role: string;
}

/** What a sentence offers the candidates: the titles ending and offices starting at a position, bodies by where they end. */
class SentenceIndex {
  readonly orgByEnd: Map<number, Employer> = NO_EMPLOYERS;
  // Memos by position (arrays, not Maps: a position is a small integer, and a Map's hashing and
  // growth cost more than the lookups they save).
  private titleEnds: Array<TitleHit | null> | undefined;
  private officeStarts: Array<string | null> | undefined;
  private reports: boolean | undefined;
  constructor(
    readonly norm: string,
    readonly orgs: readonly OrgMention[],
  ) {
    if (orgs.length === 0) return;
    this.orgByEnd = new Map();
    for (const o of orgs) {
      this.orgByEnd.set(o.to, { org: o, role: o.name });
      if (norm[o.to] === '的') this.orgByEnd.set(o.to + 1, { org: o, role: o.name });
      const dept = deptAfter(norm, o.to);
      if (dept) this.orgByEnd.set(o.to + dept.length, { org: o, role: `${o.name}${dept}` });
    }
  }
  /** The title (office or calling) ending at `end`. */
  titleEndingAt(end: number): TitleHit | undefined {
    if (!mayEndTitle(this.norm, end)) return undefined;
    this.titleEnds ??= [];
    let hit = this.titleEnds[end];
    if (hit === undefined) {
      hit = titleEndingAt(this.norm, end) ?? null;
      this.titleEnds[end] = hit;
    }
    return hit ?? undefined;
  }
  /** Whether an office starts at `at` (王丽华副主席). */
  officeAt(at: number): boolean {
    this.officeStarts ??= [];
    let office = this.officeStarts[at];
    if (office === undefined) {
      office = officeAt(this.norm, at) ?? null;
      this.officeStarts[at] = office;
    }
    return office !== null;
  }
  /**
   * Whether an office starts at `at` and a report its holder gave follows it (高某波科长作的…,
   * 李某军副书记在…全委会上所作的…): whoever stands before the office gave the report.
   */
  reportAfter(at: number): boolean {
    // Most sentences give no report: one scan of the sentence spares the office lookups.
    this.reports ??= REPORT_VERB.test(this.norm);
    if (!this.reports || !this.officeAt(at)) return false;
    const office = this.officeStarts?.[at] ?? '';
    return REPORT_MADE.test(this.norm.slice(at + office.length, at + office.length + 26));
  }
  /** Whether `at` lies inside a body's name. */
  inOrg(at: number): boolean {
    return this.orgs.some((o) => o.from <= at && at < o.to);
  }
}

/** Whether the name ending at `to` gave the report an office after it names (高某科长作的…). */
const reportGiver = (ix: SentenceIndex, to: number): boolean => on(R.reportGiver) && ix.reportAfter(to);

/** A character every report's verb holds: a sentence without one gives no report. */
const REPORT_VERB = /[作做]/;
/** What follows an office whose holder gave a report (作的, 所作; 在省总全委会上所作的: where it was given may stand between). */
const REPORT_MADE = new RegExp(`^(?:在[^,，。;；、]{1,20}?上)?(?:${verbs.REPORT_MADE.join('|')})`);

/** Whether any title may end at `end` (one lookup by the character before it). */
function mayEndTitle(norm: string, end: number): boolean {
  return end > 0 && ((FLAGS[chars.codeAt(norm, end - 1)] ?? 0) & TITLE_LAST_BIT) !== 0;
}
// ” ends a calling quoted as an honour (“人民工匠”许振超).
const TITLE_LAST = [
  ...[...titleWords.OFFICES, ...titleWords.PLACE_OFFICES, ...titleWords.CALLINGS].map((w) => w.slice(-1)),
  '”',
  // 副主席(主持工作): an office's duty note.
  ')',
];

const NO_EMPLOYERS: Map<number, Employer> = new Map();

/** The department right after a body (杭州市总工会劳动关系部): a cheap look for its last character first. */
function deptAfter(norm: string, at: number): string | undefined {
  let seen = false;
  for (let i = at + 1; i < at + 9 && i < norm.length; i++) if (DEPT_ENDS.has(norm.charAt(i))) seen = true;
  return seen ? DEPT_AFTER.exec(norm.slice(at, at + 9))?.[0] : undefined;
}
const DEPT_ENDS = new Set(titleWords.DEPARTMENT_ENDS.map((w) => w.slice(-1)));

/** A department right after a body and right before a name: 杭州市总工会劳动关系部施琦. */
const DEPT_AFTER = new RegExp(
  `^(?![${PREPOSITIONS.filter((p) => p.length === 1).join('')}])[\\p{Script=Han}]{1,6}?(?:${titleWords.DEPARTMENT_ENDS.join('|')})(?=[\\p{Script=Han}])`,
  'u',
);

/** The verb after a name, past adverbs (亦顺利连任, 在会上表示, 深有感触地说): 2 strong, 1 weak, 0 none. */
function verbAfter(norm: string, to: number): number {
  let at = to;
  if (DATE_START.test(norm.charAt(to))) at += DATE_BETWEEN.exec(norm.slice(to, to + 12))?.[0].length ?? 0;
  for (let i = 0; i < 3; i++) {
    // 黄某今日(7月15日)来到…: the date a time word is given in brackets is part of it.
    const adverb =
      ADVERB_SET.startingAt(norm, at) ??
      BRACKETED_DATE.exec(norm.slice(at, at + 14))?.[0] ??
      (diWithin(norm, at) ? ADVERBIAL_DI.exec(norm.slice(at, at + 8))?.[0] : undefined);
    if (!adverb) break;
    at += adverb.length;
  }
  const verb = VERBS.startingAt(norm, at);
  if (verb) return 2;
  if (!PREPOSITION_SET.startingAt(norm, at)) return 0;
  // 侯某一同为获奖职工颁奖, 侯某亲自为…: an adverb of two characters and a preposition open what the
  // person did, as a verb does (so 侯某一|同为 and 侯某亲|自为 lose to the name before the adverb).
  return at > to && ADVERB_SET.lengthStartingAt(norm, to) >= 2 ? 2 : 1;
}
const BRACKETED_DATE = /^\((?:\d{1,2}月)?\d{1,2}日\)/;

/** Whether 地 or 的 comes within the next six characters (深有感触地说, 激动的说). */
function diWithin(norm: string, at: number): boolean {
  for (let i = at + 1; i <= at + 6 && i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (code === DI || code === DE) return true;
  }
  return false;
}
const DI = '地'.charCodeAt(0);

/** What a date between a name and its verb starts with (28日, 2021年, 上午). */
const DATE_START = /[\d上下晚]/;

/** A unit's name ends at `end` (…一部, …中心). */
function unitEndsAt(norm: string, end: number): boolean {
  if (end <= 0) return false;
  // 。段荣福一再叮嘱: a unit's name runs longer than its last character, which alone may be a surname.
  if (has(UNIT_END_CHARS, norm, end - 1)) return isHan(norm[end - 2]);
  return UNIT_ENDS.some((w) => w.length > 1 && norm.startsWith(w, end - w.length));
}
/** Single characters a unit's name ends with, for a lookup per position. */
const UNIT_END_CHARS = charSet(UNIT_ENDS.filter((w) => w.length === 1));

/** Adds the evidence right before a candidate. */
/** A name spaced off what stands before it and ending its item of a list (…局 宋华 ;…). */
function spacedRow(norm: string, c: Candidate): boolean {
  return norm[c.from - 1] === ' ' && ROW_END.test(norm.slice(c.to, c.to + 3));
}
const ROW_END = /^\s*(?:[;；、,，]|$)/;

function scoreLeft(ix: SentenceIndex, c: Candidate): void {
  const { norm } = ix;
  // 四川某公司员工 张某亮:…: a speaker's caption, as TV news pages print one, spaces its title off; so
  // does a row of a list (某有限公司 水轮机装配特级技师 崔某国) with the name at its end.
  const speaker = norm[c.from - 1] === ' ' && (SPEAKER_COLON.has(norm[c.to] ?? '') || norm.slice(c.to).trim() === '');
  const title = ix.titleEndingAt(c.from) ?? (speaker ? ix.titleEndingAt(c.from - 1) : undefined);
  let anchored = false;
  if (title && on(R.titleBefore)) {
    // 某某有限公司工程师洪某: a calling held at a body named before it is as strong as an office.
    c.score += title.calling && !ix.orgByEnd.has(title.from) ? W.calling : W.office;
    c.title = title;
    c.rules.push(R.titleBefore);
    anchored = true;
  }
  // 市民政局 宋华 ;市人民法院吴沂珊: a row of a prize list spaces its unit off the name.
  const employer = ix.orgByEnd.get(c.from) ?? (spacedRow(norm, c) ? ix.orgByEnd.get(c.from - 1) : undefined);
  if (employer && !title && on(R.employerBefore)) {
    c.score += W.employer;
    c.employer = employer;
    c.rules.push(R.employerBefore);
    anchored = true;
  }
  // 50岁的林某: an age before a name anchors it as an office does.
  if (!anchored && AGE_BEFORE.test(norm.slice(Math.max(0, c.from - 8), c.from)) && on(R.titleBefore)) {
    c.score += W.office;
    c.rules.push(R.titleBefore);
    anchored = true;
  }
  if (objectVerbBefore(norm, c.from) && on(R.objectVerb)) {
    c.score += W.objectVerb;
    c.rules.push(R.objectVerb);
    anchored = true;
  }
  // 听取了高某科长作的报告: a name whose office and report follow it is anchored as by an office before.
  if (!anchored && reportGiver(ix, c.to)) {
    c.score += W.office;
    c.rules.push(R.reportGiver);
    anchored = true;
  }
  const prevCode = norm.charCodeAt(c.from - 1);
  c.anchored = anchored;
  // A break before the name: a clause or list item starts there (”马晶说 after a quotation too); so does a
  // connective that opens a clause (最终胡某等10名…, 随后张某…).
  if (c.from === 0 || CLAUSE_BEFORE_CODES[prevCode] === 1) c.score += W.clause;
  else if (CONNECTIVES.lengthEndingAt(norm, c.from) > 0 && on(R.connectiveBefore)) c.score += W.clause;
  // 炼油一部的刘志远, 维修中心的张丽萍: a unit the name works in.
  else if (!anchored && unitEndsAt(norm, prevCode === DE ? c.from - 1 : c.from) && on(R.employerBefore)) {
    c.score += W.unit;
    c.unit = true;
  }
  // 接替退任的梁富华及李丽贞: a modifier ending in 的 before a name.
  else if (prevCode === DE) c.score += W.clause;
  // 分别对王建林、张清林等困难劳模, 对郑某等30名职工: a list of names opens after a preposition (or after
  // a verb of going in: 来到甲、乙等困难户家中).
  else if (
    (PREPOSITION_CODES[prevCode] === 1 || goingIntoList(norm, c.from)) &&
    (norm.charCodeAt(c.to) === ENUMERATION_COMMA || COUNT_AFTER.test(norm.slice(c.to, c.to + 12)))
  )
    c.score += W.clause;
  // 亦由黄某杉理事长代表出席, 以陈某森理事长为团长, 在吴某放副所长的带领下: after 由, 以 or 在, a name its office
  // follows (the name-first order of Taiwan's pages and of 的带领下).
  else if (HOLDER_PREPOSITION_CODES[prevCode] === 1 && c.right === 'office' && on(R.officeAfter)) c.score += W.clause;
  // 孙某林书记和赵某副院长分别汇报: a name its office follows, joined to one written so before it.
  else if (
    CONJUNCTION_CODES[prevCode] === 1 &&
    c.right === 'office' &&
    ix.titleEndingAt(c.from - 1)?.calling === false &&
    on(R.officeAfter)
  )
    c.score += W.clause;
  // 示范引领, 阶段重点: a candidate that starts inside a word.
  else if (!anchored && isHanCode(prevCode) && prevCode !== DE && CONJUNCTION_CODES[prevCode] !== 1) {
    c.score += W.midWord;
    c.midWord = true;
  }
}

const HOLDER_PREPOSITION_CODES = charSet(verbs.HOLDER_PREPOSITIONS);
const CONNECTIVES = new Lexicon(verbs.CLAUSE_CONNECTIVES);
const SPEAKER_COLON = new Set([':', '：']);

/**
 * A list laid out one person a line: 闫慧芳 临猗县眉户剧团演员 — the name, a space, and the
 * unit and title to the end of the line.
 */
function spacedRole(norm: string, to: number): string | undefined {
  if (norm[to] !== ' ' || norm.length - to > 40) return undefined;
  const m = SPACED_ROLE.exec(norm.slice(to));
  return m?.[1] && titlesIn(m[1]).some((t) => t.to === (m[1] as string).length) ? m[1] : undefined;
}
const SPACED_ROLE = /^\s+([\p{Script=Han}()〇]{2,30})$/u;

/**
 * A profile that opens with the name alone, then its office or calling in apposition after a comma
 * (袁某伟,某港务分公司高级工程师,…; 张某华,男,汉族,某公司高级技师): the phrase is the person's role. Notes
 * of sex, people, birth and party (男, 汉族, 1975年出生, 中共党员) may stand between.
 */
function appositionRole(norm: string, c: Candidate): { text: string; from: number; title: string } | undefined {
  if (c.from !== 0 || !on(R.apposition)) return undefined;
  let at = c.to;
  for (let notes = 0; notes < 5 && (norm[at] === ',' || norm[at] === '，'); notes++) {
    const text = APPOSITION.exec(norm.slice(at + 1))?.[1];
    if (!text) return undefined;
    if (!PROFILE_NOTE.test(text)) {
      const last = titlesIn(text).at(-1);
      return last && last.to === text.length ? { text, from: at + 1, title: last.title } : undefined;
    }
    at += text.length + 1;
  }
  return undefined;
}

/** The role an apposition gives, written with the body that opens it when the finder read one there. */
function appositionRoles(ix: SentenceIndex, c: Candidate): RoleDraft[] | undefined {
  const app = appositionRole(ix.norm, c);
  if (!app) return undefined;
  fired(R.apposition, 'role', app.text);
  const org = ix.orgs.find((o) => o.from === app.from && o.to < app.from + app.text.length);
  return org
    ? [{ role: `${org.name}${app.text.slice(org.to - app.from)}`, title: app.title, org }]
    : [{ role: app.text, title: app.title }];
}
const APPOSITION = /^([\p{Script=Han}()\d]{1,40})(?=[,，。;；]|$)/u;
const PROFILE_NOTE = new RegExp(`^(?:${titleWords.PROFILE_NOTE_SOURCE})$`, 'u');

/**
 * A row of a table of names (名次 姓名 工作单位: `4 秦某某 某某纺织科技有限公司`): a name alone or after
 * a rank, then spaces and a body that ends the row. The body is the person's employer.
 */
function spacedEmployer(ix: SentenceIndex, c: Candidate): OrgMention | undefined {
  const { norm } = ix;
  if (!/\s/.test(norm[c.to] ?? '') || !TABLE_ROW_START.test(norm.slice(0, c.from))) return undefined;
  const end = norm.trimEnd().length;
  const org = ix.orgs.find((o) => o.to === end);
  return org && /^\s+$/.test(norm.slice(c.to, org.from)) ? org : undefined;
}
/**
 * A name with its body in brackets after it, as lists of members and candidates write them:
 * 黄某健(船务从业员工会)、潘某平(香港仓库运输员工协会); the bracket holds exactly a body read there.
 */
function bracketBody(ix: SentenceIndex, c: Candidate): OrgMention | undefined {
  const { norm } = ix;
  const open = norm[c.to] === '(' ? c.to : norm[c.to] === ' ' && norm[c.to + 1] === '(' ? c.to + 1 : -1;
  if (open < 0 || !on(R.bracketBody)) return undefined;
  // 甲(代表香港总商会): the body the person stands for.
  const from = open + 1 + (verbs.REPRESENTING.find((w) => norm.startsWith(w, open + 1))?.length ?? 0);
  return ix.orgs.find((o) => o.from === from && norm[o.to] === ')');
}

/** What a table row holds before its name: nothing, or a rank. */
const TABLE_ROW_START = /^\s*(?:\d{1,3}\s+)?$/;

/**
 * A list of candidates or officers with each one's body and office in brackets after the name:
 * 梁某庭(香港公务员工会联合会主席); — the bracket holds a role that ends in an office.
 */
function bracketRole(norm: string, to: number): string | undefined {
  if (norm[to] !== '(') return undefined;
  const m = BRACKET_ROLE.exec(norm.slice(to, to + 34));
  return m?.[1] && titlesIn(m[1]).some((t) => t.to === (m[1] as string).length && !t.calling) ? m[1] : undefined;
}
const BRACKET_ROLE = /^\(([\p{Script=Han}]{3,30})\)/u;

/** Whether a note in brackets (no clause inside) follows `to`, and a verb of what a person does or 代表 after it. */
function verbAfterNote(norm: string, to: number): boolean {
  if (norm[to] !== '(') return false;
  const close = norm.indexOf(')', to);
  if (close < 0 || close - to > 24 || BRACKET_CLAUSE.test(norm.slice(to + 1, close))) return false;
  return verbAfter(norm, close + 1) === 2 || verbs.REPRESENTING.some((w) => norm.startsWith(w, close + 1));
}
const BRACKET_CLAUSE = /[(,，。;；:：]/;

/** Adds the evidence right after a candidate, and says what ends it. */
function scoreRight(ix: SentenceIndex, c: Candidate): void {
  const { norm } = ix;
  const next = norm[c.to];
  if (MARKERS.startingAt(norm, c.to) && !markerInWord(norm, c.to) && on(R.comradeOrLeader))
    ended(c, 'marker', W.marker, R.comradeOrLeader);
  else if (
    (((next === '等' || next === '共') && COUNT_AFTER.test(norm.slice(c.to, c.to + 12))) ||
      // 甲、乙三位劳模, 甲和乙两位, 焊工王某强三位劳模工匠: a count right after the last name listed, or a titled one
      // (总控工项目第一名: not a rank, whose 第 a candidate would end with).
      ((has(LIST_SEPARATOR_CODES, norm, c.from - 1) ||
        (ix.titleEndingAt(c.from) && norm[c.to - 1] !== '第' && !prepositionBeforeCount(norm, c))) &&
        LISTED_COUNT.test(norm.slice(c.to, c.to + 8)))) &&
    on(R.countAfter)
  )
    ended(c, 'count', W.count, R.countAfter);
  else if (
    (ix.officeAt(c.to) ||
      (next === '(' && NAME_BRACKET_NOTES.test(norm.slice(c.to, c.to + 6))) ||
      spacedRole(norm, c.to) ||
      bracketRole(norm, c.to) ||
      appositionRole(norm, c) ||
      bracketBody(ix, c) ||
      spacedEmployer(ix, c)) &&
    on(R.officeAfter)
  )
    ended(c, 'office', W.officeAfter, R.officeAfter);
  // 黄某铁(某港操作部岸桥司机)宣誓, 何某强(某集物流)代表裁判组宣誓: a note in brackets, then what the person did.
  else if (on(R.verbAfter) && verbAfterNote(norm, c.to)) ended(c, 'verb', W.verb, R.verbAfter);
  else {
    // 元宵制作区: a one-character verb that makes a word with the name's last character is that word's.
    const verb = on(R.verbAfter) && !WORD_ACROSS_END.has(norm.slice(c.to - 1, c.to + 1)) ? verbAfter(norm, c.to) : 0;
    // 黄敬平、薛莹为副主席: 为 and an office is an office taken.
    // 梅某当选为工会经费审查委员会主任: only a person is elected to an office, as strong as an office before.
    if (verb === 2 && (electedToOffice(norm, c.to) || holdsOffice(norm, c.to))) ended(c, 'verb', W.office, R.verbAfter);
    else if (verb === 2 || (norm.charCodeAt(c.to) === WEI && (ix.officeAt(c.to + 1) || electedFor(norm, c))))
      ended(c, 'verb', W.verb, R.verbAfter);
    // 陈钦|和(: a preposition needs what it governs after it.
    else if (verb === 1 && governs(norm, c.to + 1)) ended(c, 'preposition', W.preposition, R.verbAfter);
    // 全国劳动模范宫某红的徒弟: 的 after a titled name; 郭屯煤矿宋某雅的《夏》: and after an employer's, before the
    // work an award list names.
    else if (
      next === '的' &&
      on(R.possessive) &&
      (ix.titleEndingAt(c.from) || (norm[c.to + 1] === '《' && ix.orgByEnd.has(c.from)))
    )
      ended(c, 'possessive', W.possessive, R.possessive);
    else if (
      next === undefined ||
      PUNCT_AFTER.test(next) ||
      isDigit(next) ||
      (LIST_SEPARATORS.has(next) && (next === '、' || governs(norm, c.to + 1))) ||
      // 甲、乙、丙等命名的…, 技师丁等一批…: 等 closes a list of names whatever follows it.
      next === '等' ||
      // 律师栗文龙一起办案: an adverb of two characters or more opens what the person did, whatever verb follows.
      ADVERB_SET.lengthStartingAt(norm, c.to) >= 2
    )
      ended(c, 'punct', W.punct);
    else ended(c, 'none', W.nothingAfter);
  }
}

const WORD_ACROSS_END = new Set(verbs.WORDS_ENDING_IN_VERBS);

/** 当选为…主任, 连任…主席: a verb of being elected right after `to`, and an office in its clause. */
function electedToOffice(norm: string, to: number): boolean {
  const verb = ELECTED_INTO.exec(norm.slice(to, to + 4))?.[0];
  return verb !== undefined && officeInClause(norm, to + verb.length, 20);
}

/**
 * 郭某现任鞍钢集团矿业公司…业务主管: an office held now, after a body that may run long, in the verb's clause; only a
 * person holds one.
 */
function holdsOffice(norm: string, to: number): boolean {
  const verb = HOLDING_NOW.exec(norm.slice(to, to + 2))?.[0];
  return verb !== undefined && on(R.holdingNow) && officeInClause(norm, to + verb.length, 40);
}
const HOLDING_NOW = new RegExp(`^(?:${verbs.HOLDING_NOW.join('|')})`);

/** Whether an office (…委员会主任, 代表团副团长) starts within `span` characters of `from`, in its clause. */
function officeInClause(norm: string, from: number, span: number): boolean {
  for (let k = from; k < Math.min(norm.length, from + span); k++) {
    if (CLAUSE_END.test(norm.charAt(k))) return false;
    if (officeAt(norm, k)) return true;
  }
  return false;
}
/**
 * 选举刘某为经费审查委员会主任, …;唐某为女职工委员会主任: 为 and a body's office in its clause, in a sentence that
 * elected before the name, is an office taken though a body stands between 为 and the office.
 */
function electedFor(norm: string, c: Candidate): boolean {
  return ELECTING_BEFORE.test(norm.slice(Math.max(0, c.from - 60), c.from)) && officeInClause(norm, c.to + 1, 20);
}
const ELECTING_BEFORE = new RegExp(`(?:${verbs.ELECTING_VERBS.join('|')})[^。]*$`);
const ELECTED_INTO = new RegExp(`^(?:${verbs.ELECTED_VERBS.join('|')})`);
const CLAUSE_END = /[,，。;；!！?？、]/;

/** A department's one-character ending (普外科, 财务处): before an office it names the unit. */
const DEPARTMENT_END = new RegExp(`[${titleWords.DEPARTMENT_ENDS.filter((w) => w.length === 1).join('')}]`);

/**
 * 郑州国家中心城市: a 家中 after the candidate that reads on into a word is no home; 马揸度博士大马路: a marker before a
 * road's word names a street.
 */
function markerInWord(norm: string, to: number): boolean {
  if (norm.charCodeAt(to) !== JIA) return titleWords.STREET_AFTER_MARKER.test(norm.slice(to, to + 5));
  return titleWords.NOT_A_HOME.test(norm.slice(to, to + 3));
}
const JIA = '家'.charCodeAt(0);

/** Whether something a preposition at `at - 1` can govern follows it (not punctuation or the end). */
function governs(norm: string, at: number): boolean {
  const next = norm[at];
  return next !== undefined && !UNGOVERNED.test(next);
}
const UNGOVERNED = /[\s,，。;；:：!！?？、()（）]/;

/** 副主席黄某为20位小候鸟送上…: a third character that is a preposition governs the count, not the name. */
function prepositionBeforeCount(norm: string, c: Candidate): boolean {
  return c.to - c.from === 3 && PREPOSITION_CODES[chars.codeAt(norm, c.to - 1)] === 1;
}

/**
 * Whether a title (an office or a calling: 副区长, 主持人, 代表) starts at `at`; not a form of address, which
 * follows a name (会员代表向某罗师傅).
 */
function titleStartsAt(ix: SentenceIndex, at: number): boolean {
  for (let end = at + 1; end <= at + MAX_TITLE_LENGTH; end++) {
    const hit = ix.titleEndingAt(end);
    if (hit?.from === at) return !ADDRESS_SET.has(hit.title);
  }
  return false;
}
const MAX_TITLE_LENGTH = 6;

/** Records what ends a candidate and the evidence it adds. */
function ended(c: Candidate, kind: Candidate['right'], weight: number, rule?: (typeof R)[keyof typeof R]): void {
  c.score += weight;
  c.right = kind;
  if (rule) c.rules.push(rule);
}

/** Old people a union calls on (老同志, 老领导, 老党员): 老 there is the word's, not a given name. */
const OLD_PEOPLE = new RegExp(`^老(?:${titleWords.OLD_PEOPLE.join('|')})`);
/** (Read only when the candidate ends in 老: most do not, and the check runs on every candidate.) */
const LAO = '老'.charCodeAt(0);

/** Adds what the name itself says: its surname, its length, the words it may be. */
function scoreShape(ix: SentenceIndex, c: Candidate): void {
  const { norm } = ix;
  const length = c.to - c.from;
  const s = c.bare ? 0 : surnameAt(norm, c.from);
  const first = norm.charCodeAt(c.from);
  if (c.bare) {
    // 巴桑旺堆, 孟莫其德: four characters or more of a transliterated name's are one (创业激情 is not).
    c.score += length >= 4 && transliterated(c.name) ? W.transliterated : W.bare;
    // …联席会 吉林讲话: a verb of speaking at the end of a name without a surname is what the person did.
    if (VERBS.lengthEndingAt(norm, c.to) >= 2) c.veto = true;
  } else if (length > 4) c.score += W.dotted;
  else {
    if (s === 1 && COMMON_SURNAME_CODES[first] === 1) c.score += W.commonSurname;
    if (length === 3) c.score += W.threeChars;
    if (s === 1 && FUNCTION_SURNAME_CODES[first] === 1 && on(R.notAName)) c.score += W.functionSurname;
    // 薛莹为副主席, 陈浩分获: the third character is the preposition or verb after a two-character name.
    if (length === 3 && s === 1) {
      // 市长王刚以及…: the third character starts a two-character conjunction too. 陈大荣获评: not when a
      // two-character verb follows the three characters as well.
      const split =
        (VERBS.lengthStartingAt(norm, c.to - 1) >= 2 && VERBS.lengthStartingAt(norm, c.to) < 2) ||
        PREPOSITION_SET.lengthStartingAt(norm, c.to - 1) >= 2 ||
        // 彭勇共13名同志: the third character opens the count of those listed.
        (norm[c.to - 1] === COUNT_TOTAL && COUNT_AFTER.test(norm.slice(c.to - 1, c.to + 11)));
      // 陈钦和(阿陈): before punctuation the third character joins nothing; it is the name's.
      const joins = PREPOSITION_CODES[chars.codeAt(norm, c.to - 1)] === 1 && governs(norm, c.to);
      if (joins || split) c.score += W.prepositionEnd;
    }
    // 慰问金和慰问品: a two-character name does not end in a conjunction either.
    if (length === 2 && CONJUNCTION_CODES[chars.codeAt(norm, c.to - 1)] === 1) c.score += W.prepositionEnd;
    // 张萍任主任, 李明兼秘书长, 刘伟任代表团副团长: before an office, a third character that takes it is the verb.
    if (length === 3 && s === 1 && TAKES_OFFICE.has(norm[c.to - 1] ?? '') && officeInClause(norm, c.to, 8))
      c.score += W.prepositionEnd;
    // 王全率慰问组到…, 周农率团: a third character that leads a group is the verb after a two-character name.
    if (length === 3 && s === 1 && LEADS_GROUP.has(norm[c.to - 1] ?? '')) c.score += W.prepositionEnd;
    // 董事长王明和总经理李强: between a title and another office, a conjunction joins a second holder.
    if (length === 3 && c.title && c.right === 'office' && CONJUNCTION_CODES[chars.codeAt(norm, c.to - 1)] === 1)
      c.veto = true;
    // 职工代表和专业主持人, 劳模和先进代表, 组长由分管副区长: between a title and another, a surname that is also a
    // conjunction or preposition joins the two titles or governs the second.
    if (s === 1 && c.title && FUNCTION_SURNAME_CODES[first] === 1 && titleStartsAt(ix, c.to) && on(R.notAName))
      c.veto = true;
  }
  if (on(R.notAName)) {
    // 任劳任怨, 全心全意: an idiom that repeats its first character, not a surname and a given name.
    if (norm.charCodeAt(c.from) === norm.charCodeAt(c.from + 2)) c.veto = true;
    // 优秀工会积极分子和叶某等3名, …有限责任公司和王某, “…劳动模范”和张某: 和 after a title, a body or a quote joins
    // the name of a common surname after it to them; it is no surname there (市总工会常务副主席和宝杰 is one).
    else if (joinedByHe(ix, c, s)) c.veto = true;
    // 队伍建设, 工程建设: the surname ends a word that starts before it.
    else if (endsWordOnSurname(norm, c.from)) c.veto = true;
    // 浙江分公司代明同志: a name does not start on the last character of a body's suffix (司 of 公司).
    else if (SUFFIX_LEXICON.lengthEndingAt(norm, c.from + 1) >= 2) c.veto = true;
    else if (c.to - c.from - s === 2 && NOT_GIVEN.has(norm.slice(c.from + s, c.to)) && !adverbNamed(c, s, norm))
      c.veto = true;
    else if (ADDRESS_SET.has(norm.slice(c.from + s, c.from + s + 2))) c.veto = true;
    // 向老同志致以问候, 祝愿老同志…, 和老党员座谈: 老 opens the old people named after it, no part of a name.
    else if (norm.charCodeAt(c.to - 1) === LAO && OLD_PEOPLE.test(norm.slice(c.to - 1, c.to + 3))) c.veto = true;
    // 董事, 常委: the candidate is a title.
    else if (
      ix.officeAt(c.from) ||
      ix.titleEndingAt(c.from + 2)?.from === c.from ||
      ix.titleEndingAt(c.from + 3)?.from === c.from
    )
      c.veto = true;
    // 高兴地向…介绍, 欣慰地叮嘱, 哽咽地说: a word and the 地 that makes it an adverb of the verb after, not a name.
    else if (
      length === 3 &&
      norm[c.to - 1] === '地' &&
      (WORDS.has(norm.slice(c.from, c.from + 2)) || VERBS.lengthStartingAt(norm, c.to) >= 1)
    )
      c.veto = true;
    // 相关负责同志: a two-character candidate that is a word is a name only after a title.
    else if (length === 2 && !c.title && WORDS.has(norm.slice(c.from, c.to))) c.veto = true;
    // 委员包括5位…, 学员简要介绍: nor one that is a verb taking people after it or an adverb, after a title too.
    else if (length === 2 && (OBJECT_VERB_SET.words.has(c.name) || ADVERB_SET.words.has(c.name))) c.veto = true;
    // 代表陆续前来: a name does not open with an adverb of two characters (陆续, 纷纷).
    else if (length === 3 && ADVERB_SET.words.has(c.name.slice(0, 2))) c.veto = true;
    // 王某一行来青调研: what follows 一行 is what the group did, never a name.
    else if (norm.slice(c.from - 2, c.from) === '一行') c.veto = true;
    // 开展“中国工人蓝沙发”对话, “工匠云直播”: a calling and a name-like end inside one short quotation name a
    // programme, not a person (quoted speech, longer, may end in a titled name).
    else if (c.title && norm[c.to] === '”' && shortQuoteHolds(norm, c.title.from, c.to)) c.veto = true;
    // 曹主席和谭部长: a conjunction, then a surname with an office after it, is the next person addressed.
    else if (length === 2 && CONJUNCTION_CODES[first] === 1 && surnameAt(norm, c.from + 1) === 1 && ix.officeAt(c.to))
      c.veto = true;
    // 某医院普外科主任: a department before an office, not a name.
    else if (ix.orgByEnd.has(c.from) && DEPARTMENT_END.test(norm[c.to - 1] ?? '') && ix.officeAt(c.to)) c.veto = true;
    // 徐某(满族), 张某(兼,女): the note in brackets after a name, not another name.
    else if (norm.charAt(c.from - 1) === '(' && NAME_BRACKET_NOTES.test(norm.slice(c.from - 1, c.from + 8)))
      c.veto = true;
    // 乌克兰指…, 韩国…: a country, not a surname and a given name.
    else if (COUNTRIES.has(norm.slice(c.from, c.to)) || COUNTRIES.has(norm.slice(c.from, c.from + 2))) c.veto = true;
    // 工会的温暖送到…, 煮好的姜茶: after 的, an everyday word is what the phrase is about, not a name.
    else if (!c.title && norm.charAt(c.from - 1) === '的' && WORDS_LIKE_NAMES.has(norm.slice(c.from, c.from + 2)))
      c.veto = true;
    else if (WORDS.has(norm.slice(c.from, c.from + 2)) || WORDS.has(norm.slice(c.from, c.from + 3))) c.score += W.word;
  }
  if (on(R.notAName)) {
    // 周国锋创新工作室: a name inside a body’s name; not after a title, which no body’s name holds.
    if (!c.title && (ix.inOrg(c.from) || ix.inOrg(c.to - 1))) c.veto = true;
    // 重庆市长江职业培训学校: an office read across the place a body's name opens with (市长 of 重庆市|长江)
    // titles no one inside that name.
    const title = c.title;
    if (
      title &&
      ix.orgs.some((o) => o.from < title.from && c.to <= o.to && places.lookupPlace(norm.slice(o.from, title.from + 1)))
    )
      c.veto = true;
    const suffix = SUFFIX_LEXICON.startingAt(norm, c.to);
    if (suffix || LEVEL_AFTER[chars.codeAt(norm, c.to)] === 1) {
      // 宗有农所作的报告: a longer verb that starts on the suffix's character is what follows.
      const verb = c.right === 'verb' ? VERBS.lengthStartingAt(norm, c.to) : 0;
      if (!ix.officeAt(c.to) && verb <= (suffix?.length ?? 1)) c.score += W.orgAfter;
    }
  }
}

/** One-character verbs of taking an office (任主任, 兼秘书长, 当班长). */
const TAKES_OFFICE = new Set([...'任兼当']);
/** One-character verbs of leading a group (率慰问组, 率团): no given name ends in them. */
const LEADS_GROUP = new Set([...'率']);

/** Whether a word of WORDS_ENDING_IN_SURNAMES ends on the surname at `from` (队伍建设, 慰问金递给). */
function endsWordOnSurname(norm: string, from: number): boolean {
  for (const length of [2, 3, 4]) {
    if (from + 1 >= length && surnames.WORDS_ENDING_IN_SURNAMES.has(norm.slice(from + 1 - length, from + 1)))
      return true;
  }
  return false;
}

/**
 * Vetoes a candidate that is a place (高明), or the start of one (石龙镇). Called last: it is the slowest.
 * A list entry set off by a space before its employer and title (江源 华东师范大学…教师) is a name:
 * a place that starts a body's name is never spaced from it.
 */
function vetoPlace(norm: string, c: Candidate): void {
  if (c.veto || !on(R.notAName)) return;
  const next = norm[c.to] ?? '';
  if (c.right === 'office' && /\s/.test(next)) return;
  // 总工会主席余江出席, 市政协主席吉林表示: between an office and a verb stands a name, not a place.
  const named = c.title !== undefined && !c.title.calling && c.right === 'verb';
  if ((lookupPlace(c.name) && !named) || (PLACE_LEVEL.test(next) && lookupPlace(c.name + next))) c.veto = true;
  // 总书记来陕考察, 市委书记来京: a verb of coming before a province's short name is no name; 技术能手来新疆授课,
  // 副部长来山东调研: nor before a place's name.
  if (c.to - c.from === 2 && MOTION_SURNAMES.has(c.name[0] ?? '') && PLACE_ABBREVIATIONS.has(c.name[1] ?? ''))
    c.veto = true;
  if (c.to - c.from === 3 && MOTION_SURNAMES.has(c.name[0] ?? '') && lookupPlace(c.name.slice(1))) c.veto = true;
  // 旺苍·中国红军城: a place before the dot names a site, not a person.
  const dot = c.name.search(/[·•・]/);
  if (dot >= 2 && COUNTY_LEVELS.some((level) => lookupPlace(c.name.slice(0, dot) + level))) c.veto = true;
}
const PLACE_LEVEL = /[省市区县镇乡]/;
const COUNTY_LEVELS = ['', '县', '市', '区'];

function candidate(from: number, to: number, norm: string, bare = false): Candidate {
  // Every field set here, so that all candidates share one shape.
  return {
    from,
    to,
    name: norm.slice(from, to),
    score: 0,
    rules: [],
    veto: false,
    right: 'none',
    bare,
    midWord: false,
    anchored: false,
    title: undefined,
    employer: undefined,
  };
}

/** The name ends cleanly (punctuation, a verb, a marker, a count, an office). */
const delimited = (c: Candidate): boolean => c.right !== 'none';

/** First characters of what may follow a name inside a word: a marker (同志, 总书记) or 等 and a count. */
const MARKER_OR_COUNT = [...NAME_MARKERS.map((m) => m.charAt(0)), '等'];

/** Characters after which a name may start: breaks, a closing quote, 的, a conjunction. */
const NAME_START_AFTER = charSet([...',，:：;；。!！?？ (“、•*', '”', '的', '及', '和', '与', '\t', '\n', '\u3000']);

/** Characters a name may follow: breaks, 的, conjunctions, and the last characters of titles, verbs of naming and units. */
const MAY_PRECEDE_NAME = [
  ...',，:：;；。!！?？ (“、”的及和与\t\n\u3000',
  ...[...titleWords.OFFICES, ...titleWords.PLACE_OFFICES, ...titleWords.CALLINGS, ...OBJECT_VERBS].map((w) =>
    w.slice(-1),
  ),
  ...UNIT_ENDS.map((w) => w.slice(-1)),
  // 副主席(主持工作)吴某: a note on an office's duty closes right before its holder's name.
  ')',
  // •梁某庭(…主席); a list's bullet.
  '•',
  '*',
];

/** A one-character preposition before `at` and a 、 right after a two- or three-character name there. */
function listAfterPreposition(norm: string, at: number, surname: number): boolean {
  if (at === 0 || (PREPOSITION_CODES[chars.codeAt(norm, at - 1)] !== 1 && !goingIntoList(norm, at))) return false;
  return (
    norm.charCodeAt(at + surname + 1) === ENUMERATION_COMMA || norm.charCodeAt(at + surname + 2) === ENUMERATION_COMMA
  );
}

/**
 * 来到甲、乙等困难户家中, 前往甲、乙和丙三位老劳模家中: a verb of going in right before `at`, and a list
 * 等 or a count of people closes in the clause after.
 */
function goingIntoList(norm: string, at: number): boolean {
  return on(R.list) && !!GOING_INTO_SET.endingAt(norm, at) && LIST_CLOSED.test(norm.slice(at, at + 30));
}
const GOING_INTO_SET = new Lexicon(GOING_INTO);
const LIST_CLOSED = /^[^,，。;；]*、[^,，。;；]*(?:等|[二两三四五六七八九十]位)/;

/** Whether what stands before `at` lets a name start there (a break, a title, a body, 的, a verb of naming). */
function startsName(ix: SentenceIndex, at: number): boolean {
  if (at === 0 || has(NAME_START_AFTER, ix.norm, at - 1) || openedByWord(ix.norm, at)) return true;
  if (ix.orgByEnd.has(at) || ix.titleEndingAt(at) || objectVerbBefore(ix.norm, at)) return true;
  return unitEndsAt(ix.norm, at);
}

/** 其中孙某和孟某获…: a word that opens a clause on its own right before `at`. */
function openedByWord(norm: string, at: number): boolean {
  return at >= 2 && CLAUSE_OPENING_WORDS.has(norm.slice(at - 2, at));
}
const CLAUSE_OPENING_WORDS = new Set(verbs.CLAUSE_OPENERS);

/** A title, a body, a verb of naming or an age right before `at`: evidence for a name whatever follows it. */
function anchorsName(ix: SentenceIndex, at: number): boolean {
  const prev = ix.norm.charCodeAt(at - 1);
  return prev === DE || ix.orgByEnd.has(at) || !!ix.titleEndingAt(at) || objectVerbBefore(ix.norm, at);
}

/** A numeral and a classifier of people (一名, 两位): a count, never a given name. */
const COUNTED_GIVEN = /^[一二两三四五六七八九十几][名位个人]/;

const DE = '的'.charCodeAt(0);
const WEI = '为'.charCodeAt(0);

/** Whether what starts at `to` may end a name (see scoreRight): a first-character test, one lookup. */
function mayEndName(ix: SentenceIndex, to: number): boolean {
  // 王旭东、彭培亮、李健三位选手: a count in words after the last name listed ends it too; 李小明激动地说: so does
  // how a speaker spoke.
  return (
    ((FLAGS[chars.codeAt(ix.norm, to)] ?? 0) & NAME_END_BIT) !== 0 ||
    ix.officeAt(to) ||
    COUNTED_GIVEN.test(ix.norm.slice(to, to + 2)) ||
    (diWithin(ix.norm, to) && ADVERBIAL_DI.test(ix.norm.slice(to, to + 8)))
  );
}

/** First characters of whatever may follow a name: punctuation, digits, verbs, adverbs, prepositions, markers. */
const NAME_END_STARTS = [
  ...',，。;；:：!！?？)）、”…—( \t等上下晚0123456789',
  ...VERBS.words,
  ...PREPOSITION_SET.words,
  ...ADVERB_SET.words,
  ...MARKERS.words,
];

/** Every candidate of a sentence: surname names, middle-dot names, bare names after an office. */
function candidatesIn(ix: SentenceIndex): Candidate[] {
  const { norm } = ix;
  const out: Candidate[] = [];
  const bare = on(R.bareName);
  for (let i = 0; i < norm.length; i++) {
    // One lookup per character: most characters start no name and end no bare one.
    const flags = FLAGS[chars.codeAt(norm, i)] ?? 0;
    // 副主席卯金涛出席: a name whose surname the lexicon lacks, between an office and a verb.
    if (bare && i >= 2 && ((FLAGS[chars.codeAt(norm, i - 1)] ?? 0) & TITLE_LAST_BIT) !== 0)
      betweenOfficeAndVerb(ix, i, out, (flags & SURNAME_BIT) !== 0);
    if (flags === 0) continue;
    // 达瓦次仁, 央金拉姆: four characters without a known surname, right after an office, up to a break.
    if (bare && flags & BARE_END_BIT && i >= 6 && ((FLAGS[chars.codeAt(norm, i - 5)] ?? 0) & TITLE_LAST_BIT) !== 0)
      bareBefore(ix, i, out);
    if ((flags & SURNAME_BIT) === 0) continue;
    const s = surnameAt(norm, i);
    if (s === 0) continue;
    // Inside a word (示范引领) only a marker or a count after can make a name (…同志, …等3人); one lookup
    // by the character before rules out most positions.
    // 分别对王建林、张清林等…: a list of names may open right after a preposition.
    // 慰问了甲、乙: so may a name right after a verb of naming and its 了.
    const listOpens = listAfterPreposition(norm, i, s) || (norm.charCodeAt(i - 1) === LE && objectVerbBefore(norm, i));
    if (
      i > 0 &&
      !listOpens &&
      ((FLAGS[chars.codeAt(norm, i - 1)] ?? 0) & PRECEDES_NAME_BIT) === 0 &&
      !openedByWord(norm, i) &&
      ((FLAGS[chars.codeAt(norm, i + s + 1)] ?? 0) & MARKER_BIT) === 0 &&
      ((FLAGS[chars.codeAt(norm, i + s + 2)] ?? 0) & MARKER_BIT) === 0 &&
      !officeAfterName(ix, i + s) &&
      !ix.orgByEnd.has(i) &&
      !reportGiver(ix, i + s + 1) &&
      !reportGiver(ix, i + s + 2)
    )
      continue;
    // Checked after the lookups above, which rule out most positions.
    // 主任吴先生: the last character of a title (任 of 主任) starts no name; 领导班子带队: nor does one of
    // its last two.
    if (i > 0 && (ix.titleEndingAt(i + 1) || (ix.titleEndingAt(i + 2)?.from ?? i) < i)) continue;
    // 由一名副主席带队: a count after a surname-like character is no given name; nor is a verb (向受到表彰).
    if (COUNTED_GIVEN.test(norm.slice(i + s, i + s + 2))) continue;
    if (VERBS.lengthStartingAt(norm, i + s) >= 2) continue;
    // 副县长应邀出席: a verb that starts on the surname character is no name.
    if (VERBS.lengthStartingAt(norm, i) >= 2) continue;
    // 林会长, 王主任: a surname and an office name someone by title, not by name.
    if (ix.officeAt(i + s)) continue;
    // With nothing before it that anchors a name, only something after it that ends one can.
    const inWord = !listOpens && !startsName(ix, i);
    const anchored = !inWord && anchorsName(ix, i);
    for (let g = 1; g <= 2; g++) {
      const to = i + s + g;
      if (
        inWord &&
        ((FLAGS[chars.codeAt(norm, to)] ?? 0) & MARKER_BIT) === 0 &&
        !reportGiver(ix, to) &&
        !(on(R.officeAfter) && ix.officeAt(to))
      )
        continue;
      if (!anchored && to < norm.length && !mayEndName(ix, to)) continue;
      // 黄平教授: a given name's last character opening a marker (教 of 教授) is the marker's.
      if (MARKERS.startingAt(norm, to - 1)) continue;
      if (validNameAt(norm, i, to)) out.push(candidate(i, to, norm));
    }
  }
  if (on(R.dottedName) && (norm.includes('·') || norm.includes('•') || norm.includes('・'))) {
    // 古丽其娜·沙吾尔, 麦麦提尼亚孜·吐尔逊尼亚孜: two to six characters either side of the dot; the evidence
    // picks the ends.
    DOTTED.lastIndex = 0;
    for (let m = DOTTED.exec(norm); m; m = DOTTED.exec(norm)) {
      const dot = m.index;
      const enclosure = enclosureAt(norm, dot);
      if (enclosure.quote || enclosure.book) continue;
      for (let a = dot - 2; a >= Math.max(0, dot - DOTTED_PART) && isHan(norm[a]); a--) {
        if (!isHan(norm[a + 1])) break;
        // 努尔斯曼·周说: a part after the dot may be one character.
        for (let b = dot + 2; b <= dot + 1 + DOTTED_PART && isHan(norm[b - 1]); b++) {
          // 艾则孜·木沙一行来到: the delegation word after a name is not part of it.
          if (!NOT_IN_NAME.test(norm.slice(a, b)) && !dottedTailStops(norm, dot + 1, b))
            out.push(candidate(a, b, norm));
        }
      }
    }
  }
  if (bare && norm.length >= 6 && ((FLAGS[chars.codeAt(norm, norm.length - 5)] ?? 0) & TITLE_LAST_BIT) !== 0)
    bareBefore(ix, norm.length, out);
  if (bare && norm.includes('、')) bareListed(norm, out);
  return out;
}

/**
 * A transliterated name (布赫巴雅尔, 那仁花) as a whole item of a 、 list: a candidate without a
 * surname, made a name only by the names listed beside it (蒙瑞、布赫巴雅尔、宋玉环…等23名职工).
 */
function bareListed(norm: string, out: Candidate[]): void {
  for (let at = norm.indexOf('、'); at >= 0; at = norm.indexOf('、', at + 1)) {
    for (const [s, e] of [itemAround(norm, at - 1, at), itemAround(norm, at + 1, at + 1)]) {
      const name = norm.slice(s, e);
      if (name.length < 3 || name.length > 6 || !chars.isAllHan(name)) continue;
      if (out.some((c) => c.from === s && c.to === e)) continue;
      if (transliterated(name)) out.push(candidate(s, e, norm, true));
    }
  }
}

const DOTTED_TAIL_STOP = /一行|同志/;
/** The longest part either side of a dotted name's dot (麦麦提尼亚孜, 阿不都热合曼: Uyghur names run to six). */
const DOTTED_PART = 6;

/** 艾则孜·木沙一行来到, 艾则孜·木沙听取…: what follows a dotted name (a delegation word, a verb) ends it. */
function dottedTailStops(norm: string, from: number, to: number): boolean {
  if (DOTTED_TAIL_STOP.test(norm.slice(from, to))) return true;
  for (let k = from + 1; k < to; k++)
    if (MULTI_CHAR_VERBS.lengthStartingAt(norm, k) > 0 || CLAUSE_VERBS.lengthStartingAt(norm, k) > 0) return true;
  return false;
}
/** Verbs and prepositions that open what a person does (听取, 陪同, 出席): none is inside a name. */
const CLAUSE_VERBS = new Lexicon(verbs.ROLE_LEAD_STOPS.filter((w) => w.length >= 2));

/** What a name without a surname must be followed by: a clause break, or a day (次仁多吉26日称). */
const BARE_END = ',，。;；、 0123456789';
const DAY_AFTER = /^\d{1,2}日/;

/** A name without a surname ending at `stop`, right after an office (县委常委、常务副县长达瓦次仁,). */
function bareBefore(ix: SentenceIndex, stop: number, out: Candidate[]): void {
  const { norm } = ix;
  const end = stop - 4;
  if (end < 2 || (isDigit(norm[stop]) && !DAY_AFTER.test(norm.slice(stop, stop + 3)))) return;
  const title = ix.titleEndingAt(end);
  const name = norm.slice(end, stop);
  if (!title || !/^[\p{Script=Han}]{4}$/u.test(name) || NOT_IN_NAME.test(name)) return;
  if (WORDS_LIKE_NAMES.has(name.slice(0, 2)) || VERBS.startingAt(norm, end)) return;
  // 主任黄平教授主持: a marker after a name (教授, 博士) ends it, so no four characters run into it.
  if (MARKERS.endingAt(name, name.length)) return;
  // A name the surname rule reads (欧阳明辉) is its to find, unless transliterated (巴桑旺堆: 巴 is a surname too).
  if (validName(name) && !transliterated(name)) return;
  // After a calling only a transliterated name (牦牛育肥专家巴桑旺堆, 快递员孟莫其德): two surnames
  // there may open a phrase (职工张王两家).
  // Nor after a group's calling (行业代表增加较多): only one person's (专家, 快递员) stands before a name.
  const shape = title.calling ? !endsInGroupCalling(title.title) && transliterated(name) : fourCharacterNameShape(name);
  if (shape) out.push(candidate(end, stop, norm, true));
}

const GROUP_CALLINGS = [...titleWords.GROUP_CALLINGS];
const endsInGroupCalling = (title: string) => GROUP_CALLINGS.some((g) => title.endsWith(g));

/** Whether a name is made only of the characters transliterated names use (阿旺卓玛, 热夏提). */
const transliteratedOnly = (name: string): boolean => transliteratedCount(name) === name.length;

/** Whether a name is made (almost) only of the characters transliterated names use (达瓦次仁, not 创业激情). */
function transliterated(name: string): boolean {
  return transliteratedCount(name) >= name.length - 1;
}

/** How many of a name's characters transliterated names use. */
function transliteratedCount(name: string): number {
  let n = 0;
  for (let i = 0; i < name.length; i++) if (TRANSLITERATION_CODES[name.charCodeAt(i)] === 1) n++;
  return n;
}
const TRANSLITERATION_CODES = chars.charSet(surnames.TRANSLITERATION_CHARS);

/**
 * Whether four characters without a known surname look like a name: 达瓦次仁, not 创业激情 (a
 * transliterated name is made almost only of the characters such names use), or 陈蒋秀美 (a married
 * woman's name in Taiwan or Hong Kong opens with two surnames).
 */
function fourCharacterNameShape(name: string): boolean {
  // 由黄国健: a preposition before a name is no first surname.
  const twoSurnames =
    surnames.SINGLE_SURNAMES.has(name[0] ?? '') &&
    surnames.SINGLE_SURNAMES.has(name[1] ?? '') &&
    PREPOSITION_CODES[chars.codeAt(name, 0)] !== 1;
  return transliterated(name) || twoSurnames;
}

/**
 * A name starting at `at` without a known surname, right after an office and right before a verb of
 * two characters or more: both sides say a person stands there, though the lexicon knows no surname.
 * Three characters (省总工会副主席卯金涛出席会议, 常务副主席娜布琪说), or four of a name's shape
 * (权益保障部部长达瓦卓玛表示).
 */
function betweenOfficeAndVerb(ix: SentenceIndex, at: number, out: Candidate[], surname: boolean): void {
  const { norm } = ix;
  // A three-character name with a known surname is the surname rule's to find.
  for (let length = surname ? 4 : 3; length <= 4; length++) {
    // Called at every character after a title's last one: the lookups that allocate nothing go first.
    const verbLength = VERBS.lengthStartingAt(norm, at + length);
    const verbAfter = verbLength >= 2 || (verbLength === 1 && ONE_CHARACTER_VERBS.has(norm.charAt(at + length)));
    // 副书记米玛多吉在讲话中指出, 代表尼玛顿珠和…: a transliterated name may end at a preposition or a conjunction too.
    if (!verbAfter && !(chars.inCharSet(TRANSLITERATED_END, norm, at + length) && on(R.bareName))) continue;
    const title = ix.titleEndingAt(at);
    // 职工盟执委会通过…: 会 after an office in 委 makes the committee's name (执委会, 常委会), no name.
    if (!title || (norm[at - 1] === '委' && norm[at] === '会')) return;
    const name = norm.slice(at, at + length);
    // After a calling or before no verb, only a transliterated name; after a group's calling (选手, 代表), only one
    // made of those characters alone (选手热夏提说).
    if (
      (title.calling || !verbAfter) &&
      (!transliterated(name) || (endsInGroupCalling(title.title) && !transliteratedOnly(name)))
    )
      continue;
    if (!chars.isAllHan(name) || NOT_IN_NAME.test(name) || WORDS_LIKE_NAMES.has(name.slice(0, 2))) continue;
    // 主任黄平教授主持: a marker after a name (教授, 博士) ends it, so no run of characters reads on into it.
    if (MARKERS.endingAt(name, name.length)) continue;
    if (length === 3 ? surnames.NOT_BARE_NAME_ENDINGS.has(name[2] as string) : !fourCharacterNameShape(name)) continue;
    // Nothing inside may start a verb or an office (主席团成员出席, 部长亲自出席).
    if (hasWordInside(ix, at, at + length)) continue;
    out.push(candidate(at, at + length, norm, true));
  }
}

/** Whether a verb, an office or an adverb starts anywhere in [from, to). */
function hasWordInside(ix: SentenceIndex, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (VERBS.startingAt(ix.norm, k) || ix.officeAt(k) || ADVERB_SET.startingAt(ix.norm, k)) return true;
  return false;
}

const ONE_CHARACTER_VERBS = new Set(verbs.ONE_CHARACTER_VERBS_AFTER_BARE_NAME);
/** What may follow a transliterated name read with no verb after it: a preposition or a conjunction (在, 和). */
const TRANSLITERATED_END = chars.charSet(['在', '于', '和', '与', '及', '、']);

/**
 * 县委常委刘光荣宣读…, 工会主席朱先锋主持: a given name that is also an adverb of manner (光荣, 热情) or a
 * noun (先锋, 保安, 亚军) is a name between an office and a verb, where no adverb or noun stands.
 */
function adverbNamed(c: Candidate, surname: number, norm: string): boolean {
  return (
    c.title !== undefined &&
    // 议员于会上提出: 于 before an adverb is the preposition, not a surname.
    FUNCTION_SURNAME_CODES[chars.codeAt(norm, c.from)] !== 1 &&
    !c.title.calling &&
    c.right === 'verb' &&
    (ADVERB_SET.words.has(norm.slice(c.from + surname, c.to)) || NOUN_GIVEN.has(norm.slice(c.from + surname, c.to))) &&
    !VERBS.words.has(norm.slice(c.from + surname, c.to))
  );
}
/** Nouns a given name may be (see adverbNamed): what {@link NOT_GIVEN} holds besides adverbs and verbs. */
const NOUN_GIVEN = new Set([...NOT_GIVEN_NAMES, ...titleWords.CALLINGS].filter((w) => w.length === 2));

/** A candidate another may be linked to in a list: not vetoed, cleanly ended, with some evidence. */
function linkable(c: Candidate): boolean {
  return !c.veto && delimited(c) && c.score >= 0.5;
}

/** Scores every candidate, then links those listed together by 、 and adds the link evidence. */
function scoreCandidates(ix: SentenceIndex, cands: Candidate[]): void {
  for (const c of cands) {
    scoreRight(ix, c);
    scoreLeft(ix, c);
    // Nothing ends the name and nothing stands before it: no evidence can make it one.
    if (c.right === 'none' && !c.anchored) c.veto = true;
    else scoreShape(ix, c);
  }
  for (const c of cands) if (c.score >= 1 && !c.veto) vetoPlace(ix.norm, c);
  if (!on(R.list)) return;
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const c of cands) {
    if (!linkable(c)) continue;
    starts.add(c.from);
    ends.add(c.to);
  }
  vetoAfterOtherItems(ix.norm, cands);
  for (const c of cands) {
    if (!linkable(c)) continue;
    const linked =
      (has(LIST_SEPARATOR_CODES, ix.norm, c.to) && starts.has(c.to + 1) ? 1 : 0) +
      (has(LIST_SEPARATOR_CODES, ix.norm, c.from - 1) && ends.has(c.from - 1) ? 1 : 0) +
      (c.unit ? unitItemsBeside(ix.norm, c, cands) : 0);
    if (linked > 0) {
      c.score += linked * W.link;
      c.rules.push(R.list);
    }
  }
}

/**
 * The items beside a unit and name (原五发厂张锦成、铸造事业部杨健、…) that end in a unit and name too:
 * a list of workers by where they work.
 */
function unitItemsBeside(norm: string, c: Candidate, cands: readonly Candidate[]): number {
  const [s, e] = itemAround(norm, c.from, c.to);
  if (c.to !== e) return 0;
  const endsItem = (end: number) => cands.some((o) => o !== c && o.unit && linkable(o) && o.to === end);
  let n = 0;
  if (norm.charCodeAt(e) === ENUMERATION_COMMA && endsItem(itemAround(norm, e + 1, e + 1)[1])) n++;
  if (norm.charCodeAt(s - 1) === ENUMERATION_COMMA && endsItem(s - 1)) n++;
  return n;
}

/**
 * A list holds like items (茶叶、藿香正气水、花露水等慰问物品): a candidate listed after an item
 * that holds no name is not one either, unless its own right side says it is (an office, 同志,
 * a count). Computed before links are counted, so the vetoed do not vouch for each other.
 */
function vetoAfterOtherItems(norm: string, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.veto || c.anchored || c.right === 'marker' || c.right === 'office' || c.right === 'count') continue;
    if (norm.charCodeAt(c.from - 1) !== ENUMERATION_COMMA) continue;
    const [start, end] = itemAround(norm, c.from - 2, c.from - 1);
    if (nameShaped(norm, start, end)) continue;
    if (!cands.some((o) => o !== c && (linkable(o) || wholeItem(o, start, end)) && o.from >= start && o.to <= end))
      c.veto = true;
  }
}

/** An item of two or three characters opening with a surname (李委): a name's shape, like the names around it. */
function nameShaped(norm: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3 || surnameAt(norm, start) === 0) return false;
  for (let i = start; i < end; i++) if (!isHanCode(norm.charCodeAt(i))) return false;
  return true;
}

/**
 * A candidate that is its whole item of a 、-list (…、于川、…): an item like the names around it, though
 * its own shape weighs little (a surname that is also a preposition).
 */
function wholeItem(c: Candidate, start: number, end: number): boolean {
  return !c.veto && c.from === start && c.to === end && c.score >= 0;
}
const ENUMERATION_COMMA = '、'.charCodeAt(0);

/** A quotation of a dozen characters at most, closing at `to`, opens at or before `from`. */
function shortQuoteHolds(norm: string, from: number, to: number): boolean {
  const open = norm.lastIndexOf('“', from);
  return open >= 0 && to - open <= 12 && !norm.slice(open, from).includes('”');
}

/** Keeps the candidates above the threshold, and the names listed with them. */
function acceptCandidates(ix: SentenceIndex, cands: Candidate[]): Candidate[] {
  const accepted = new Set<Candidate>();
  const byFrom = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.veto) continue;
    if (c.score >= W.threshold) accepted.add(c);
    const list = byFrom.get(c.from);
    if (list) list.push(c);
    else byFrom.set(c.from, [c]);
  }
  if (accepted.size === 0) return [];
  if (on(R.list)) {
    const queue = [...accepted];
    while (queue.length > 0) {
      const a = queue.pop() as Candidate;
      for (const n of listNeighbours(ix, a, byFrom)) {
        if (accepted.has(n)) continue;
        accepted.add(n);
        queue.push(n);
        fired(R.list, 'person', n.name);
      }
    }
  }
  // Overlapping readings: the better-scored one, then the longer.
  const ranked = [...accepted].sort((a, b) => b.score - a.score || b.to - b.from - (a.to - a.from));
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => k.from < c.to && c.from < k.to)) kept.push(c);
  return kept.sort((a, b) => a.from - b.from);
}

const ITEM_BREAK = charSet('、,，。;；:：!！?？ \t\n\u3000');

/** The item of a 、-list that holds `from`..`to`: from the break before to the break after. */
function itemAround(norm: string, from: number, to: number): [number, number] {
  let s = from;
  while (s > 0 && !has(ITEM_BREAK, norm, s - 1)) s--;
  let e = to;
  while (e < norm.length && !has(ITEM_BREAK, norm, e)) e++;
  return [s, e];
}

/**
 * The name of the item of a 、-list on `side` of the separator at `comma`; past an item shaped like a
 * name that no candidate reads (甲、李委、丙: 委 ends no given name).
 */
function listedName(
  norm: string,
  comma: number,
  side: 'left' | 'right',
  byFrom: ReadonlyMap<number, Candidate[]>,
  officeItems: boolean,
): Candidate | undefined {
  const itemBeside = (sep: number): [number, number] =>
    side === 'right' ? itemAround(norm, sep + 1, sep + 1) : itemAround(norm, sep - 1, sep);
  let [s, e] = itemBeside(comma);
  const name = nameOfItem(norm, s, e, byFrom, side, officeItems);
  const beyond = side === 'right' ? e : s - 1;
  if (name || norm[beyond] !== '、' || !nameShaped(norm, s, e)) return name;
  [s, e] = itemBeside(beyond);
  return nameOfItem(norm, s, e, byFrom, side, officeItems);
}

/**
 * The name of the list item norm[s..e): the item itself (黄强), its start before a verb
 * (陈永裕出席大会), or its end after a body or a title (中国石油哈尔滨石化公司张振翔).
 */
function nameOfItem(
  norm: string,
  s: number,
  e: number,
  byFrom: ReadonlyMap<number, Candidate[]>,
  side: 'left' | 'right',
  officeItems = false,
): Candidate | undefined {
  let best: Candidate | undefined;
  let bestRank = -1;
  for (let at = s; at < e; at++) {
    for (const c of byFrom.get(at) ?? []) {
      if (c.veto || (c.score < 1 && !wholeItem(c, s, e)) || c.to > e || !fitsItem(norm, c, s, e, officeItems)) continue;
      // The name next to the separator first (…以及马自茹、丁望阳), then the better scored.
      const rank = (side === 'left' ? c.to === e : c.from === s) ? 1 : 0;
      if (rank > bestRank || (rank === bestRank && best && c.score > best.score)) {
        best = c;
        bestRank = rank;
      }
    }
  }
  return best;
}

/**
 * Whether a candidate is the name of list item [s, e): preceded by what anchors a name (a title, a
 * body, a verb of naming, the item start) and ending the item or followed by what a person does; not
 * a word inside a title (…工会全国委员会主席).
 */
function fitsItem(norm: string, c: Candidate, s: number, e: number, officeItems: boolean): boolean {
  const prefixed = c.from === s || !c.midWord;
  // 杨某东、柴某龙及来自…的职工: a conjunction after the last name listed joins the list to what follows.
  const joined = c.right === 'preposition' && CONJUNCTION_CODES[chars.codeAt(norm, c.to)] === 1 && on(R.list);
  // 甲院长、乙副院长: in a list of names each followed by an office, the office ends the name.
  const office = officeItems && c.right === 'office' && on(R.officeList);
  return (
    prefixed &&
    (c.to === e ||
      c.right === 'verb' ||
      c.right === 'count' ||
      c.right === 'marker' ||
      c.right === 'punct' ||
      joined ||
      office)
  );
}

/** The names listed right before and after `a` (甲、乙; 甲及乙; 甲公司张三、乙公司李四). */
function listNeighbours(ix: SentenceIndex, a: Candidate, byFrom: ReadonlyMap<number, Candidate[]>): Candidate[] {
  const { norm } = ix;
  const out: Candidate[] = [];
  const exact = (c: Candidate) => !c.veto && delimited(c) && c.score >= 1;
  const [s, e] = itemAround(norm, a.from, a.to);
  if (norm[e] === '、') {
    const right = listedName(norm, e, 'right', byFrom, a.right === 'office');
    if (right) out.push(right);
  } else if (CONJUNCTIONS.has(norm[a.to] as string)) {
    const right = (byFrom.get(a.to + 1) ?? []).find(exact);
    if (right) out.push(right);
  }
  // 全国劳模甲,省劳模乙讲述…: items joined by a comma are a list when each names its person after a title.
  else if (COMMAS.has(norm[e] as string) && a.title && on(R.titledList)) {
    const right = titledItemName(norm, itemAround(norm, e + 1, e + 1), byFrom, 'right');
    if (right) out.push(right);
  }
  if (norm[s - 1] === '、') {
    const left = listedName(norm, s - 1, 'left', byFrom, a.right === 'office');
    if (left) out.push(left);
  } else if (COMMAS.has(norm[s - 1] as string) && a.title && on(R.titledList)) {
    const left = titledItemName(norm, itemAround(norm, s - 2, s - 1), byFrom, 'left');
    if (left) out.push(left);
  } else if (CONJUNCTIONS.has(norm[a.from - 1] as string)) {
    const left = [...byFrom.values()].flat().find((c) => c.to === a.from - 1 && exact(c));
    if (left) out.push(left);
  }
  return out;
}

const LIST_JOINS = new Set(['、', ',', '，', '及', '和', '与']);
const COMMAS = new Set([',', '，']);
/** A titled name in a comma-joined list needs its title and a clean end: no word runs on from it. */
const TITLED_ITEM_SCORE = 2;

/** The name of a comma-joined list item [s, e) when a title stands before it and it ends the item. */
function titledItemName(
  norm: string,
  [s, e]: [number, number],
  byFrom: ReadonlyMap<number, Candidate[]>,
  side: 'left' | 'right',
): Candidate | undefined {
  const c = nameOfItem(norm, s, e, byFrom, side);
  return c?.title && c.score >= TITLED_ITEM_SCORE && c.to === e ? c : undefined;
}
const MULTI_CHAR_VERBS = new Lexicon([...VERBS.words].filter((v) => v.length >= 2));

/**
 * The names of a list that `c` ends (甲、乙、丙等8人荣获…; …主席资道清,…主席曾宪昌,被评为…):
 * c and the names before it, each joined to the next by 、 (及, 和, a comma) and the next's
 * own titles or body, with no verb between.
 */
function listEndingAt(norm: string, c: Candidate, kept: readonly Candidate[]): Candidate[] {
  const out = [c];
  let cur = c;
  for (;;) {
    const prev = kept.filter((k) => k.to < cur.from).at(-1);
    if (!prev) break;
    // 王东进(兼)、苏立清: a short note in brackets after a listed name stays with it.
    const note = NAME_BRACKET_NOTES.exec(norm.slice(prev.to, prev.to + 10))?.[0].length ?? 0;
    const join = norm[prev.to + note] as string;
    if (!LIST_JOINS.has(join)) break;
    const between = norm.slice(prev.to + note + 1, cur.from).replace(NOTES, '');
    // …王某英,李某当选工会主席: a bare name after a comma opens a clause of its own; items joined by
    // commas each carry their own title (…主席资某清,…主席曾某昌,被评为…).
    if ((join === ',' || join === '，') && between === '') break;
    if (between.length > 40 || /[,，;；。:：!！?？]/.test(between)) break;
    if (MULTI_CHAR_VERBS.occursIn(between)) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

const NOTES = new RegExp(titleWords.NAME_NOTE_SOURCE, 'gu');

/** The unit written right before a name (…研究院, …公司), from the start of its clause or list item. */
function unitBefore(norm: string, from: number): string | undefined {
  const start = leadStart(norm, from);
  const text = norm.slice(start, from);
  return text.length >= 4 && UNIT_END.test(text) && on(R.employerBefore) ? text : undefined;
}

/** What joins the names of a list without a comma: 、 between items, 及, 和 or 与 before the last. */
const NAME_LIST_JOINS = new Set(['、', '及', '和', '与']);

/** The roles a name gets from what stands right before it: its titles, or its body. */
function rolesFromLeft(
  ix: SentenceIndex,
  c: Candidate,
  orgs: readonly OrgMention[],
  inherited: BodyOf | undefined,
  nameEndsAt?: (end: number) => boolean,
): RoleDraft[] {
  const { norm } = ix;
  if (c.title) {
    const roles = rolesBefore(norm, c.title, orgs, c.title.calling ? undefined : inherited, nameEndsAt);
    for (const r of roles) fired(R.titleBefore, 'role', r.role);
    return rowBody(ix, c, roles);
  }
  // 中国航空工业空气动力研究院郝卫东: a unit the organization finder did not name is still the employer.
  const body = c.employer?.role ?? unitBefore(norm, c.from);
  // 香港工会联合会陈婉娴副会长: the office after the name is the evidence and the role.
  const office = on(R.officeAfter) ? officeRightAfter(norm, c.to, body, c.employer?.org) : undefined;
  // 勞工處卓永興處長、梁振榮副處長及陳景良副處長: a bare office after the next name listed is in the same body.
  const listedOrg = inherited?.org;
  if (
    office &&
    !office.org &&
    listedOrg &&
    !body &&
    office.role === office.title &&
    NAME_LIST_JOINS.has(norm[c.from - 1] ?? '')
  )
    return [{ ...office, role: `${listedOrg.name}${office.role}`, org: listedOrg }];
  if (office) return [office];
  const apposed = appositionRoles(ix, c);
  if (apposed) return apposed;
  const spaced = spacedRole(norm, c.to) ?? bracketRole(norm, c.to);
  if (spaced) return [{ role: spaced, title: spaced }];
  const employer = spacedEmployer(ix, c) ?? bracketBody(ix, c);
  if (employer) return [{ role: employer.name, title: employer.name, org: employer }];
  if (body) fired(R.employerBefore, 'role', body);
  // 全国劳动模范、泰兴江平路邮政支局何某忠: titles listed before the employer are the name's too.
  const unitFrom = c.employer ? c.employer.org.from : body ? c.from - body.length : -1;
  const listed = unitFrom > 0 && norm[unitFrom - 1] === '、' ? ix.titleEndingAt(unitFrom - 1) : undefined;
  const before = listed && on(R.titledEmployer) ? rolesBefore(norm, listed, orgs, undefined, nameEndsAt) : [];
  if (c.employer) return [...before, { role: c.employer.role, title: c.employer.role, org: c.employer.org }];
  if (body) return [...before, { role: body, title: body }];
  // 习近平总书记: the marker is the title, as written.
  const marker = TITLE_MARKERS.find((m) => norm.startsWith(m, c.to));
  if (marker) return [{ role: marker, title: marker }];
  return [];
}

/**
 * Finds the people named in one sentence and the roles the sentence gives them.
 *
 * @example
 * findPeople(sentence('市总工会主席李灿出席会议。'), orgs).map((p) => [p.name, p.roles[0]?.role])
 * // → [['李灿', '佛山市总工会主席']]
 */
export function findPeople(sentence: Sentence, orgs: readonly OrgMention[], ctx?: ArticleContext): PersonDraft[] {
  const norm = sentence.norm;
  const ix = new SentenceIndex(norm, orgs);
  const cands = candidatesIn(ix);
  scoreCandidates(ix, cands);
  const kept = acceptCandidates(ix, cands);
  if (kept.length === 0) return [];
  const drafts = new Map<Candidate, PersonDraft>();
  let inherited: BodyOf | undefined;
  const nameEnds = new Set(kept.map((k) => k.to));
  const nameEndsAt = (end: number) => nameEnds.has(end);
  for (const c of kept) {
    for (const rule of c.rules) fired(rule, 'person', c.name);
    const roles = rolesFromLeft(ix, c, orgs, inherited, nameEndsAt);
    inherited = nextBody(roles, inherited);
    // 市领导甲、乙, 大国工匠甲、乙: a calling (what people are, not a post one holds) belongs to the
    // names listed after it that have no title of their own.
    if (roles.length === 0) {
      const before = listEndingAt(norm, c, kept).slice(0, -1).reverse();
      const titled = before.map((k) => drafts.get(k)?.roles ?? []).find((r) => r.length > 0);
      const shared = titled?.find((r) => isGroupCalling(r.title));
      // 副主席甲、乙、丙: a deputy's office written once before bare names joined by 、 is each name's,
      // with the offices chained before it (党组成员、副总经理甲、乙).
      if (titled && deputyListed(norm, [c, ...before], drafts)) roles.push(...titled);
      else if (shared) roles.push(shared);
    }
    drafts.set(c, { name: c.name, roles, sentence, from: c.from, to: c.to });
  }
  addRolesAfter(norm, kept, drafts, orgs);
  const out = [...drafts.values()];
  for (const d of out) d.roles = dedupeRoles(d.roles.map((r) => qualifyRole(r, ctx, sentence.index, d.from ?? 0)));
  return out;
}

/**
 * 某有限公司 水轮机装配特级技师 崔某国: a row of a list spaces the body, the title and the name apart;
 * the body before the title's space is the title's (when the title names none of its own).
 */
function rowBody(ix: SentenceIndex, c: Candidate, roles: RoleDraft[]): RoleDraft[] {
  const [first] = roles;
  if (!first || first.org || roles.length > 1 || !on(R.rowBody)) return roles;
  const { norm } = ix;
  const end = norm[c.from - 1] === ' ' ? c.from - 1 : c.from;
  const start = end - first.role.length;
  const body = norm[start - 1] === ' ' ? ix.orgByEnd.get(start - 1) : undefined;
  if (!body || norm.slice(start, end) !== first.role) return roles;
  return [{ ...first, role: `${body.role}${first.role}`, org: body.org }];
}

/**
 * Whether `chain` (a name, then the names listed before it, nearest first) runs back over bare
 * names joined by 、 (the last by 和 or 及) to a name whose last office is a deputy's (副主席,
 * 副秘书长) or a seat (立法会议员, 常委): offices held by several people at once, unlike a head's.
 */
function deputyListed(norm: string, chain: readonly Candidate[], drafts: ReadonlyMap<Candidate, PersonDraft>): boolean {
  for (let i = 1; i < chain.length; i++) {
    const [next, prev] = [chain[i - 1] as Candidate, chain[i] as Candidate];
    // 立法会议员关某杏和李某仪: the last name may be joined by 和 or 及.
    const join = norm.slice(prev.to, next.from);
    if (join !== '、' && !(i === 1 && (join === '和' || join === '及'))) return false;
    const roles = drafts.get(prev)?.roles ?? [];
    const title = roles.at(-1)?.title;
    if (title !== undefined)
      return DEPUTY_TITLE.test(title) || titleWords.SHARED_SEATS.some((seat) => title.endsWith(seat));
  }
  return false;
}
/** A deputy's office, part-time or seconded ones too (兼职副主席甲、乙、丙: a union has several). */
const DEPUTY_TITLE = /^(?:兼职|挂职)?副/;

const RESPECTIVE_AFTER = new RegExp(`^[^,，。]{0,4}(?:${verbs.RESPECTIVELY.join('|')})`);

/** Offices taken, honours won and callings counted after a name belong to the names listed before it too. */
function addRolesAfter(
  norm: string,
  kept: readonly Candidate[],
  drafts: Map<Candidate, PersonDraft>,
  orgs: readonly OrgMention[],
): void {
  const electing = electingBody(norm, orgs);
  for (const c of kept) {
    const listed = listEndingAt(norm, c, kept);
    const after = rolesAfter(norm, c.to, orgs, electing);
    const shared = [...honourAfter(norm, c.to), ...prizeAfter(norm, c.to)];
    // 全国劳动模范甲、省劳动模范乙等10余名劳模代表: the kind counted is the role only of a name given none.
    const counted = countedRole(norm, c.to);
    const each = after.length === listed.length && listed.length > 1 && RESPECTIVE_AFTER.test(norm.slice(c.to));
    listed.forEach((k, i) => {
      const d = drafts.get(k) as PersonDraft;
      if (each) d.roles.push(after[i] as RoleDraft);
      else d.roles.push(...after);
      d.roles.push(...shared);
      if (d.roles.length === 0) d.roles.push(...counted);
    });
  }
  // 10位“大国工匠年度人物”分别是:甲,乙…: the head of the list is every name's role.
  const head = listHead(norm);
  if (head) for (const c of kept) if (c.from >= head.at) drafts.get(c)?.roles.push(head.role);
  // 7名同志获得“全国劳动模范”荣誉称号,他们分别是甲、乙;3名同志获得…: the honour a count of winners heads the list with.
  const won = wonHeads(norm);
  for (const c of kept) {
    const h = headOver(won, c.from);
    if (h) drafts.get(c)?.roles.push(h.role);
  }
  // 雇员代表:甲、乙;雇主代表:丙: a title before a colon is the role of the names after it that have none.
  // (理事长:甲、副理事长:乙、丙: each name is in the list of the last head before it.)
  const heads = colonHeads(norm);
  for (const c of kept) {
    const h = headOver(heads, c.from);
    const d = drafts.get(c);
    if (d && h && d.roles.length === 0) d.roles.push(h.role);
  }
  // 黄晓磊是…,2021年获评省劳动模范: a sentence about one person gives the honour it tells to that person.
  if (kept.length === 1) {
    const only = drafts.get(kept[0] as Candidate) as PersonDraft;
    only.roles.push(...honoursLater(norm, (kept[0] as Candidate).to));
  }
}

function dedupeRoles(roles: RoleDraft[]): RoleDraft[] {
  const seen = new Set<string>();
  return roles.filter((r) => !seen.has(r.role) && seen.add(r.role));
}

/**
 * For tests and tuning: every candidate of a sentence with its score and features.
 *
 * @example
 * scoreNames(sentence('市总工会主席李灿出席。'), orgs).find((c) => c.name === '李灿')?.kept // → true
 */
export function scoreNames(
  sentence: Sentence,
  orgs: readonly OrgMention[],
): Array<{ name: string; score: number; kept: boolean; rules: string[] }> {
  const norm = sentence.norm;
  const ix = new SentenceIndex(norm, orgs);
  const cands = candidatesIn(ix);
  scoreCandidates(ix, cands);
  const kept = new Set(acceptCandidates(ix, cands));
  return cands.map((c) => ({
    name: c.name,
    score: c.veto ? Number.NEGATIVE_INFINITY : c.score,
    kept: kept.has(c),
    rules: c.rules.map((r) => r.id),
  }));
}

/**
 * What each character may be, as bits by char code, so that the scan reads one table: a surname,
 * the break after a bare name, the last character of a title, a character a name may follow, the
 * first character of a marker or a count, the first character of what may end a name.
 */
const SURNAME_BIT = 1;
const BARE_END_BIT = 2;
const TITLE_LAST_BIT = 4;
const PRECEDES_NAME_BIT = 8;
const MARKER_BIT = 16;
const NAME_END_BIT = 32;
const FLAGS = new Uint8Array(0x10000);
for (const [bit, chars] of [
  [BARE_END_BIT, BARE_END],
  [TITLE_LAST_BIT, TITLE_LAST],
  [PRECEDES_NAME_BIT, MAY_PRECEDE_NAME],
  [MARKER_BIT, MARKER_OR_COUNT],
  [NAME_END_BIT, NAME_END_STARTS],
] as const) {
  for (const ch of chars) FLAGS[ch.charCodeAt(0)] = (FLAGS[ch.charCodeAt(0)] ?? 0) | bit;
}
for (let code = 0; code < 0x10000; code++)
  if (SURNAME_TABLE[code] !== 0) FLAGS[code] = (FLAGS[code] ?? 0) | SURNAME_BIT;
