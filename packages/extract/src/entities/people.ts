import { isDigit, isHan } from '../page/chars.ts';
import type { Sentence } from '../page/sentences.ts';
import { enclosureAt, wordEndingAt, wordStartingAt } from '../page/spans.ts';
import type { ArticleContext } from '../places/context.ts';
import { lookupPlace, placeStartingAt } from '../places/places.ts';
import { defineRules, fired, on } from '../rules/registry.ts';
import { SUFFIX_BY_TEXT } from '../vocab/org-suffixes.ts';
import {
  ADVERBIAL_DI,
  ADVERBS,
  AGE_BEFORE,
  ATTENDING,
  COUNT_AFTER,
  DATE_BETWEEN,
  DOING,
  HOLDING,
  LEADING,
  OBJECT_VERBS,
  PREPOSITIONS,
  SPEAKING,
  WINNING,
} from '../vocab/person-verbs.ts';
import {
  COMMON_SURNAMES,
  FUNCTION_SURNAMES,
  NOT_GIVEN_NAMES,
  surnameLength,
  WORDS_LIKE_NAMES,
} from '../vocab/surnames.ts';
import { NAME_BRACKET_NOTES, NAME_MARKERS, UNIT_END } from '../vocab/titles.ts';
import type { OrgMention } from './organizations.ts';
import {
  type BodyOf,
  bodyOf,
  countedRole,
  electingBody,
  honourAfter,
  honoursLater,
  isGroupCalling,
  leadStart,
  listHead,
  officeAt,
  officeRightAfter,
  qualifyRole,
  type RoleDraft,
  rolesAfter,
  rolesBefore,
  type TitleHit,
  titlesIn,
} from './person-roles.ts';

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
 * | body right before, or body + 的           |   +2   | people.employer-before |
 * | a unit (…部, …中心) before, or before 的   |   +1   | people.employer-before |
 * | verb of naming a person before (选举, 慰问)|   +1   | people.object-verb   |
 * | an age right before (93岁的)              |   +2   | people.age-before    |
 * | closing quotation mark right before       |   +1   | people.quote-speaker |
 * | start of a clause or list item            |  +0.5  | –                    |
 * | verb after (说, 出席, 当选, 荣获; adverbs skipped) | +2 | people.verb-after |
 * | preposition after (在, 与, 向)             |   +1   | people.verb-after    |
 * | marker after (同志, 先生, 总书记)          |   +4   | people.comrade       |
 * | count after (等15人, 等为代表)             |  +2.5  | people.count-after   |
 * | office after (王丽华副主席), (女) after    |   +2   | people.office-after  |
 * | punctuation, 、 or a date right after      |  +0.5  | –                    |
 * | nothing recognisable right after          |   −1   | –                    |
 * | starts inside a word (示范引领)            |  −1.5  | –                    |
 * | three characters whose last starts the next word (薛莹为, 陈浩分获) | −1.5 | – |
 * | each side linked by 、 to another candidate |  +0.75 | people.list          |
 * | common surname; three characters          | +0.5 each | –                 |
 * | middle-dot name                           |  +1.5  | people.dotted-name   |
 * | no known surname (only after an office)   |  −0.5  | people.bare-name     |
 * | surname that is also a preposition (向, 于) |  −1.5  | people.veto-word    |
 * | starts with an everyday word (高度, 方面) |   −2   | people.veto-word     |
 * | a place (高明), inside a body's name, given part a word (向大家) | veto | people.veto-place, people.veto-org |
 * | a body's suffix right after (黄埔区, 金山公司) |  −4   | people.veto-org     |
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
  ageBefore: {
    id: 'people.age-before',
    does: 'evidence: an age right before the name (93岁的杨琴芳)',
    example: 'r2_02: 今年93岁的杨琴芳1950年获评; 从业18年的驾驶员马晶',
    counterexample: '建厂60周年的企业 (a count of years, not an age)',
  },
  quoteSpeaker: {
    id: 'people.quote-speaker',
    does: 'evidence: the name right after a closing quotation mark (the speaker)',
    example: 'r1_15: ……安全有序。”马晶说; 001: ”王海涛说',
    counterexample: '高明表示 (a place speaking for its government is not a person)',
  },
  verbAfter: {
    id: 'people.verb-after',
    does: 'evidence: a verb of saying, attending, leading, winning or holding after the name, adverbs skipped',
    example: 'r4_14: 理事长李从正在会上做工作报告; r3_04: 困难职工张会忠说',
    counterexample: 'r2_12: 全总书记处书记 (书记处 is a body, not a name and a verb)',
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
  officeAfter: {
    id: 'people.office-after',
    does: 'evidence: an office or a (女) right after the name',
    example: 'r3_06: 香港工会联合会陈婉娴副会长; r4_07: 桥式起重机司机田得梅(女)',
    counterexample: 'r2_12: 区委副书记 (区委 is a body, not a name)',
  },
  list: {
    id: 'people.list',
    does: 'a 、-list of like items: a name listed with a person is a person',
    example: 'r2_10: 市领导陈秋雄、黄强、倪超; r1_13: 马军生、尤文涛、…、戚政当选',
    counterexample: '003: 高效、安全、便捷 (everyday words, not names)',
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
  vetoPlace: {
    id: 'people.veto-place',
    does: 'veto: the candidate is a place in the gazetteer or the start of one',
    example: '高明表示 (高明区); r2_12: 西湖区委',
    counterexample: 'r4_09: 江源 (a person whose name is also a district: needs strong evidence)',
  },
  vetoOrg: {
    id: 'people.veto-org',
    does: 'veto: the candidate lies inside a body’s name, or a body’s suffix follows it',
    example: 'r4_08: 中铁四局周国锋创新工作室; 金山公司',
    counterexample: 'r2_10: 厦门双十中学的陈文强 (the body ends before the name)',
  },
  vetoWord: {
    id: 'people.veto-word',
    does: 'veto: the candidate starts with an everyday word or its given part is one (方面, 向大家)',
    example: 'r2_12: 主席向大家; 003: 高质量发展',
    counterexample: 'r1_13: 党委副书记庄严出席 (a name that is also a word, with an office before)',
  },
});

/** Weights of the features (see the table above). */
const W = {
  office: 3,
  calling: 2,
  employer: 2,
  unit: 1,
  objectVerb: 1,
  age: 2,
  quote: 1,
  clause: 0.5,
  verb: 2,
  preposition: 1,
  marker: 4,
  count: 2.5,
  officeAfter: 2,
  punct: 0.5,
  nothingAfter: -1,
  midWord: -1.5,
  prepositionEnd: -1.5,
  link: 0.75,
  commonSurname: 0.5,
  threeChars: 0.5,
  dotted: 1.5,
  bare: -0.5,
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

/** Characters that never occur in a given name in this genre (they mark words, not names). */
const NOT_IN_NAME = /[的了是在与及等对把被将到工作区市县镇省局委部厅处组队站所院校司员者席记主副总她他我你们]/;

/**
 * True when `name` is shaped like a Chinese name: a known surname and one or two characters
 * that do not mark a word.
 *
 * @example
 * validName('李灿') // → true
 * validName('市总工') // → false
 */
export function validName(name: string): boolean {
  if (name.length < 2 || name.length > 4 || !/^[\p{Script=Han}]+$/u.test(name)) return false;
  const s = surnameLength(name);
  if (s === 0 || name.length - s < 1 || name.length - s > 2) return false;
  return !NOT_IN_NAME.test(name.slice(s));
}

const DOTTED = /[·•・]/g;
const CLAUSE_BEFORE = /[,，:：;；。!！?？\s(“、]/;
const PUNCT_AFTER = /[,，。;；:：!！?？)）\s、”…—]/;
const LIST_SEPARATORS = new Set(['、', '及', '和', '与']);
const CONJUNCTIONS = new Set(['及', '和', '与']);
const VERBS = new Set([...SPEAKING, ...ATTENDING, ...LEADING, ...WINNING, ...HOLDING, ...DOING]);
const PREPOSITION_SET = new Set(PREPOSITIONS);
const ADVERB_SET = new Set(ADVERBS);
const OBJECT_VERB_SET = new Set(OBJECT_VERBS);
const MARKERS = new Set(NAME_MARKERS);
const ORG_SUFFIXES = new Set(SUFFIX_BY_TEXT.keys());

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
  right: 'marker' | 'count' | 'office' | 'verb' | 'punct' | 'none';
  bare: boolean;
  midWord?: boolean;
  title?: TitleHit;
  employer?: Employer;
}

/** A body (or its department) right before a name, and the role it gives. */
interface Employer {
  org: OrgMention;
  role: string;
}

/** What a sentence offers the candidates: titles and bodies by where they end, bodies' spans. */
interface SentenceIndex {
  norm: string;
  titleByEnd: Map<number, TitleHit>;
  orgByEnd: Map<number, Employer>;
  inOrg: Uint8Array;
}

/** A department right after a body and right before a name: 杭州市总工会劳动关系部施琦. */
const DEPT_AFTER =
  /^(?![在到和与的为对向从将把被由])[\p{Script=Han}]{1,6}?(?:办公室|部|处|科|室|中心)(?=[\p{Script=Han}])/u;

function indexSentence(norm: string, titles: readonly TitleHit[], orgs: readonly OrgMention[]): SentenceIndex {
  const titleByEnd = new Map<number, TitleHit>();
  for (const t of titles) titleByEnd.set(t.to, t);
  const orgByEnd = new Map<number, Employer>();
  const inOrg = new Uint8Array(norm.length);
  for (const o of orgs) {
    orgByEnd.set(o.to, { org: o, role: o.name });
    if (norm[o.to] === '的') orgByEnd.set(o.to + 1, { org: o, role: o.name });
    const dept = DEPT_AFTER.exec(norm.slice(o.to, o.to + 9))?.[0];
    if (dept) orgByEnd.set(o.to + dept.length, { org: o, role: `${o.name}${dept}` });
    inOrg.fill(1, o.from, o.to);
  }
  return { norm, titleByEnd, orgByEnd, inOrg };
}

/** The verb after a name, past adverbs (亦顺利连任, 在会上表示, 深有感触地说): 2 strong, 1 weak, 0 none. */
function verbAfter(norm: string, to: number): number {
  let at = to + (DATE_BETWEEN.exec(norm.slice(to, to + 12))?.[0].length ?? 0);
  for (let i = 0; i < 3; i++) {
    const adverb = wordStartingAt(norm, at, ADVERB_SET) ?? ADVERBIAL_DI.exec(norm.slice(at, at + 8))?.[0];
    if (!adverb) break;
    at += adverb.length;
  }
  const verb = wordStartingAt(norm, at, VERBS);
  if (verb) return 2;
  return wordStartingAt(norm, at, PREPOSITION_SET) ? 1 : 0;
}

/** Adds the evidence right before a candidate. */
function scoreLeft(ix: SentenceIndex, c: Candidate): void {
  const { norm } = ix;
  const title = ix.titleByEnd.get(c.from);
  let anchored = false;
  if (title && on(R.titleBefore)) {
    c.score += title.calling ? W.calling : W.office;
    c.title = title;
    c.rules.push(R.titleBefore);
    anchored = true;
  }
  const employer = ix.orgByEnd.get(c.from);
  if (employer && !title && on(R.employerBefore)) {
    c.score += W.employer;
    c.employer = employer;
    c.rules.push(R.employerBefore);
    anchored = true;
  }
  if (wordEndingAt(norm, c.from, OBJECT_VERB_SET) && on(R.objectVerb)) {
    c.score += W.objectVerb;
    c.rules.push(R.objectVerb);
    anchored = true;
  }
  if (AGE_BEFORE.test(norm.slice(Math.max(0, c.from - 6), c.from)) && on(R.ageBefore)) {
    c.score += W.age;
    c.rules.push(R.ageBefore);
    anchored = true;
  }
  const prev = norm[c.from - 1];
  const before = norm.slice(Math.max(0, c.from - 3), c.from);
  if (prev === '”' && on(R.quoteSpeaker)) {
    c.score += W.quote;
    c.rules.push(R.quoteSpeaker);
  } else if (prev === undefined || CLAUSE_BEFORE.test(prev)) c.score += W.clause;
  // 炼油一部的刘志远, 维修中心的张丽萍: a unit the name works in.
  else if (!anchored && UNIT_END.test(before.replace(/的$/, '')) && on(R.employerBefore)) c.score += W.unit;
  // 示范引领, 阶段重点: a candidate that starts inside a word.
  else if (!anchored && isHan(prev) && prev !== '的') {
    c.score += W.midWord;
    c.midWord = true;
  }
}

/**
 * A list laid out one person a line: 闫慧芳 临猗县眉户剧团演员 — the name, a space, and the
 * unit and title to the end of the line.
 */
function spacedRole(norm: string, to: number): string | undefined {
  const m = SPACED_ROLE.exec(norm.slice(to));
  return m?.[1] && titlesIn(m[1]).some((t) => t.to === (m[1] as string).length) ? m[1] : undefined;
}
const SPACED_ROLE = /^\s+([\p{Script=Han}()〇]{2,30})$/u;

/** Adds the evidence right after a candidate, and says what ends it. */
function scoreRight(norm: string, c: Candidate): void {
  const rest = norm.slice(c.to, c.to + 12);
  const next = rest[0];
  const add = (kind: Candidate['right'], weight: number, rule?: (typeof R)[keyof typeof R]) => {
    c.score += weight;
    c.right = kind;
    if (rule) c.rules.push(rule);
  };
  if (wordStartingAt(norm, c.to, MARKERS) && on(R.comradeOrLeader)) add('marker', W.marker, R.comradeOrLeader);
  else if (COUNT_AFTER.test(rest) && on(R.countAfter)) add('count', W.count, R.countAfter);
  else if ((officeAt(norm, c.to) || NAME_BRACKET_NOTES.test(rest) || spacedRole(norm, c.to)) && on(R.officeAfter))
    add('office', W.officeAfter, R.officeAfter);
  else {
    const verb = on(R.verbAfter) ? verbAfter(norm, c.to) : 0;
    if (verb > 0) add('verb', verb === 2 ? W.verb : W.preposition, R.verbAfter);
    else if (next === undefined || PUNCT_AFTER.test(next) || isDigit(next) || LIST_SEPARATORS.has(next))
      add('punct', W.punct);
    else add('none', W.nothingAfter);
  }
}

/** Adds what the name itself says: its surname, its length, the words it may be. */
function scoreShape(ix: SentenceIndex, c: Candidate): void {
  const { name } = c;
  const s = surnameLength(name);
  if (c.bare) c.score += W.bare;
  else if (/[·•・]/.test(name)) c.score += W.dotted;
  else {
    if (s === 1 && COMMON_SURNAMES.has(name[0] as string)) c.score += W.commonSurname;
    if (name.length === 3) c.score += W.threeChars;
    if (s === 1 && FUNCTION_SURNAMES.has(name[0] as string) && on(R.vetoWord)) c.score += W.functionSurname;
    // 薛莹为副主席, 陈浩分获: the third character is the preposition or verb after a two-character name.
    const split = (wordStartingAt(ix.norm, c.to - 1, VERBS)?.length ?? 0) >= 2;
    if (name.length === 3 && s === 1 && (PREPOSITION_SET.has(name[2] as string) || split)) c.score += W.prepositionEnd;
  }
  if (on(R.vetoWord)) {
    const given = name.slice(s);
    if (NOT_GIVEN_NAMES.has(given) || NOT_GIVEN_NAMES.has(given.slice(0, 2))) c.veto = true;
    // 董事, 常委: the candidate is a title.
    else if (titlesIn(name).some((t) => t.from === 0)) c.veto = true;
    else if (WORDS_LIKE_NAMES.has(name.slice(0, 2)) || WORDS_LIKE_NAMES.has(name.slice(0, 3))) c.score += W.word;
  }
  if (on(R.vetoOrg)) {
    for (let i = c.from; i < c.to; i++) if (ix.inOrg[i]) c.veto = true;
    const suffix = wordStartingAt(ix.norm, c.to, ORG_SUFFIXES, 6);
    if (suffix || /^[省市区县镇乡村路街]/.test(ix.norm.slice(c.to, c.to + 1))) {
      if (!officeAt(ix.norm, c.to)) c.score += W.orgAfter;
    }
  }
}

/** Vetoes a candidate that is a place, or the start of one (高明, 西湖区). Called last: it is the slowest. */
function vetoPlace(norm: string, c: Candidate): void {
  if (c.veto || !on(R.vetoPlace)) return;
  if (lookupPlace(c.name)) c.veto = true;
  else {
    const place = placeStartingAt(norm, c.from);
    const major = place?.candidates.some((p) => p.level === 'province' || p.level === 'city');
    if (place && place.text.length >= c.name.length && (place.full || major)) c.veto = true;
  }
}

function candidate(from: number, to: number, norm: string, bare = false): Candidate {
  return { from, to, name: norm.slice(from, to), score: 0, rules: [], veto: false, right: 'none', bare };
}

/** The name ends cleanly (punctuation, a verb, a marker, a count, an office). */
const delimited = (c: Candidate): boolean => c.right !== 'none';

/** Every candidate of a sentence: surname names, middle-dot names, bare names after an office. */
function candidatesIn(ix: SentenceIndex): Candidate[] {
  const { norm } = ix;
  const out: Candidate[] = [];
  for (let i = 0; i < norm.length; i++) {
    if (!isHan(norm[i])) continue;
    const s = surnameLength(norm.slice(i, i + 2));
    if (s === 0) continue;
    for (const g of [1, 2]) {
      const name = norm.slice(i, i + s + g);
      if (name.length === s + g && validName(name)) out.push(candidate(i, i + s + g, norm));
    }
  }
  if (on(R.dottedName)) {
    // 古丽其娜·沙吾尔: two to five characters either side of the dot; the evidence picks the ends.
    DOTTED.lastIndex = 0;
    for (let m = DOTTED.exec(norm); m; m = DOTTED.exec(norm)) {
      const dot = m.index;
      const enclosure = enclosureAt(norm, dot);
      if (enclosure.quote || enclosure.book) continue;
      for (let a = dot - 2; a >= Math.max(0, dot - 5) && isHan(norm[a]); a--) {
        if (!isHan(norm[a + 1])) break;
        for (let b = dot + 3; b <= dot + 6 && isHan(norm[b - 1]); b++) {
          if (!NOT_IN_NAME.test(norm.slice(a, b))) out.push(candidate(a, b, norm));
        }
      }
    }
  }
  if (on(R.bareName)) {
    // 达瓦次仁, 央金拉姆: four characters without a known surname, right after an office, up to a break.
    for (const [end, title] of ix.titleByEnd) {
      const name = norm.slice(end, end + 4);
      const next = norm[end + 4];
      if (title.calling || name.length < 4 || !/^[\p{Script=Han}]+$/u.test(name) || NOT_IN_NAME.test(name)) continue;
      if (surnameLength(name) > 0 || WORDS_LIKE_NAMES.has(name.slice(0, 2)) || wordStartingAt(norm, end, VERBS))
        continue;
      if (next === undefined || /[,，。;；、\s]/.test(next)) out.push(candidate(end, end + 4, norm, true));
    }
  }
  return out;
}

/** Scores every candidate, then links those listed together by 、 and adds the link evidence. */
function scoreCandidates(ix: SentenceIndex, cands: Candidate[]): void {
  for (const c of cands) {
    scoreLeft(ix, c);
    scoreRight(ix.norm, c);
    scoreShape(ix, c);
  }
  for (const c of cands) if (c.score >= 0.5 && !c.veto) vetoPlace(ix.norm, c);
  if (!on(R.list)) return;
  const linkable = (c: Candidate) => !c.veto && delimited(c) && c.score >= 0.5;
  const byFrom = new Map<number, Candidate[]>();
  const byTo = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (!linkable(c)) continue;
    byFrom.set(c.from, [...(byFrom.get(c.from) ?? []), c]);
    byTo.set(c.to, [...(byTo.get(c.to) ?? []), c]);
  }
  for (const c of cands) {
    if (!linkable(c)) continue;
    if (LIST_SEPARATORS.has(ix.norm[c.to] as string) && byFrom.has(c.to + 1)) c.score += W.link;
    if (LIST_SEPARATORS.has(ix.norm[c.from - 1] as string) && byTo.has(c.from - 1)) c.score += W.link;
  }
}

/** Keeps the candidates above the threshold, and the names listed with them. */
function acceptCandidates(ix: SentenceIndex, cands: Candidate[]): Candidate[] {
  const accepted = new Set(cands.filter((c) => !c.veto && c.score >= W.threshold));
  if (on(R.list)) {
    const queue = [...accepted];
    while (queue.length > 0) {
      const a = queue.pop() as Candidate;
      for (const n of listNeighbours(ix, a, cands)) {
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

const ITEM_BREAK = /[、,，。;；:：!！?？\s]/;

/** The item of a 、-list that holds `from`..`to`: from the break before to the break after. */
function itemAround(norm: string, from: number, to: number): [number, number] {
  let s = from;
  while (s > 0 && !ITEM_BREAK.test(norm[s - 1] as string)) s--;
  let e = to;
  while (e < norm.length && !ITEM_BREAK.test(norm[e] as string)) e++;
  return [s, e];
}

/**
 * The name of the list item norm[s..e): the item itself (黄强), its start before a verb
 * (陈永裕出席大会), or its end after a body or a title (中国石油哈尔滨石化公司张振翔).
 */
function nameOfItem(s: number, e: number, cands: readonly Candidate[]): Candidate | undefined {
  const ok = (c: Candidate) => !c.veto && c.score >= 1 && c.from >= s && c.to <= e;
  // The item's name is preceded by what anchors a name (a title, a body, a verb of naming, the item start)
  // and ends the item, or is followed by what a person does: not a word inside a title (…工会全国委员会主席).
  const prefixed = (c: Candidate) => c.from === s || !c.midWord;
  const fits = (c: Candidate) =>
    prefixed(c) && (c.to === e || c.right === 'verb' || c.right === 'count' || c.right === 'marker');
  return cands.filter((c) => ok(c) && fits(c)).sort((x, y) => y.score - x.score)[0];
}

/** The names listed right before and after `a` (甲、乙; 甲及乙; 甲公司张三、乙公司李四). */
function listNeighbours(ix: SentenceIndex, a: Candidate, cands: readonly Candidate[]): Candidate[] {
  const { norm } = ix;
  const out: Candidate[] = [];
  const exact = (c: Candidate | undefined) => c && !c.veto && delimited(c) && c.score >= 1;
  const [s, e] = itemAround(norm, a.from, a.to);
  if (norm[e] === '、') {
    const [s2, e2] = itemAround(norm, e + 1, e + 1);
    const right = nameOfItem(s2, e2, cands);
    if (right) out.push(right);
  } else if (CONJUNCTIONS.has(norm[a.to] as string)) {
    const right = cands.find((c) => c.from === a.to + 1 && exact(c));
    if (right) out.push(right);
  }
  if (norm[s - 1] === '、') {
    const [s0, e0] = itemAround(norm, s - 2, s - 1);
    const left = nameOfItem(s0, e0, cands);
    if (left) out.push(left);
  } else if (CONJUNCTIONS.has(norm[a.from - 1] as string)) {
    const left = cands.find((c) => c.to === a.from - 1 && exact(c));
    if (left) out.push(left);
  }
  return out;
}

const LIST_JOINS = new Set(['、', ',', '，', '及', '和', '与']);
const MULTI_CHAR_VERBS = [...VERBS].filter((v) => v.length >= 2);

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
    if (!prev || !LIST_JOINS.has(norm[prev.to] as string)) break;
    const between = norm.slice(prev.to + 1, cur.from);
    if (between.length > 40 || /[,，;；。:：!！?？]/.test(between)) break;
    if (MULTI_CHAR_VERBS.some((v) => between.includes(v))) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** The unit written right before a name (…研究院, …公司), from the start of its clause or list item. */
function unitBefore(norm: string, from: number): string | undefined {
  const start = leadStart(norm, from);
  const text = norm.slice(start, from);
  return text.length >= 4 && UNIT_END.test(text) && on(R.employerBefore) ? text : undefined;
}

/** The roles a name gets from what stands right before it: its titles, or its body. */
function rolesFromLeft(
  norm: string,
  c: Candidate,
  titles: readonly TitleHit[],
  orgs: readonly OrgMention[],
  inherited: BodyOf | undefined,
): RoleDraft[] {
  if (c.title) return rolesBefore(norm, titles, c.title, orgs, c.title.calling ? undefined : inherited);
  const office = officeRightAfter(norm, c.to, c.employer?.org);
  if (office) return [office];
  const spaced = spacedRole(norm, c.to);
  if (spaced) return [{ role: spaced, title: spaced }];
  if (c.employer) return [{ role: c.employer.role, title: c.employer.role, org: c.employer.org }];
  // 中国航空工业空气动力研究院郝卫东: a unit the organization finder did not name is still the employer.
  const unit = unitBefore(norm, c.from);
  if (unit) return [{ role: unit, title: unit }];
  // 习近平总书记: the marker is the title, as written.
  if (norm.startsWith('总书记', c.to)) return [{ role: '总书记', title: '总书记' }];
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
  const titles = titlesIn(norm);
  const ix = indexSentence(norm, titles, orgs);
  const cands = candidatesIn(ix);
  scoreCandidates(ix, cands);
  const kept = acceptCandidates(ix, cands);
  const drafts = new Map<Candidate, PersonDraft>();
  let inherited: BodyOf | undefined;
  for (const c of kept) {
    for (const rule of c.rules) fired(rule, 'person', c.name);
    const roles = rolesFromLeft(norm, c, titles, orgs, inherited);
    inherited = bodyOf(roles) ?? inherited;
    // 市领导甲、乙: a group calling belongs to the names listed after it that have no title of their own.
    if (roles.length === 0) {
      const before = listEndingAt(norm, c, kept).slice(0, -1).reverse();
      const titled = before.map((k) => drafts.get(k)?.roles ?? []).find((r) => r.length > 0);
      const shared = titled?.find((r) => isGroupCalling(r.title));
      if (shared) roles.push(shared);
    }
    drafts.set(c, { name: c.name, roles, sentence, from: c.from, to: c.to });
  }
  addRolesAfter(norm, kept, drafts, orgs);
  const out = [...drafts.values()];
  for (const d of out) d.roles = dedupeRoles(d.roles.map((r) => qualifyRole(r, ctx, sentence.index, d.from ?? 0)));
  return out;
}

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
    const shared = [...honourAfter(norm, c.to), ...countedRole(norm, c.to)];
    const each = after.length === listed.length && listed.length > 1 && /^[^,，。]{0,4}分别/.test(norm.slice(c.to));
    listed.forEach((k, i) => {
      const d = drafts.get(k) as PersonDraft;
      if (each) d.roles.push(after[i] as RoleDraft);
      else d.roles.push(...after);
      d.roles.push(...shared);
    });
  }
  // 10位“大国工匠年度人物”分别是:甲,乙…: the head of the list is every name's role.
  const head = listHead(norm);
  if (head) for (const c of kept) if (c.from >= head.at) drafts.get(c)?.roles.push(head.role);
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
  const ix = indexSentence(norm, titlesIn(norm), orgs);
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
