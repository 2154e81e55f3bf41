import { lookupPlace } from '../places/places.ts';
import { defineRules, fired, on } from '../rules/registry.ts';
import {
  AUTHOR_MARK,
  AUTHOR_ROLE,
  BYLINE_ROLE_SOURCE,
  CREDIT_LABELS,
  CREDIT_TAIL,
  EDITOR_ROLES,
  OUTLET_SOURCE,
  PEN_NAME,
  PEN_NAME_SOURCE,
  PHOTO_CREDIT_WORDS,
  PHOTO_ROLE,
  PHOTOGRAPHER_AFTER_SOURCE,
  REPORTER_ROLE_SOURCE,
  REPORTER_WORDS,
  STATIONED_SOURCE,
} from '../vocab/bylines.ts';
import { DATELINE_MARKS } from '../vocab/events.ts';
import { META_LABELS } from '../vocab/furniture.ts';
import { Lexicon } from '../vocab/lexicon.ts';
import { SUFFIX_RULES } from '../vocab/org-suffixes.ts';
import { TAIWAN_CITIES } from '../vocab/special-regions.ts';
import { COMMON_SURNAMES, NOT_GIVEN_NAMES, surnameLength, WORDS_LIKE_NAMES } from '../vocab/surnames.ts';

/**
 * Bylines, credits and signatures: reporters and correspondents (本报讯(全媒体记者甲 通讯员乙)),
 * photographers (记者甲/摄), authors (作者:甲, a trailing (甲 乙)). A role is kept as written,
 * with the outlet when the byline names one (海西晨报记者). Newsroom pen-names (花都工,
 * 珠工宣) are not people.
 */
const R = defineRules({
  agencyAfterCredit: {
    id: 'people.agency-after-credit',
    does: 'a photo agency after a photographer’s credit (记者甲 摄/视觉重庆) credits no one: the photographer before 摄 is read',
    example: 'outside pages: …发布仪式”举行。记者 张锦辉 摄/视觉重庆 (on 3 sites that carry Chongqing Daily’s photos)',
    counterexample:
      'made up: …母婴室一隅。摄/吴某楠 (no one credited before 摄: the name after it is the photographer)',
  },
  bylineInText: {
    id: 'people.byline-in-text',
    does: 'a byline inside running text: (记者甲 通讯员乙), 记者甲报道, 记者甲摄',
    example: 'r2_10: (海西晨报记者郭钦转通讯员王星乐); r4_02: 中工网北京2月22日电 (记者张锐)',
    counterexample: 'r1_09: 记者从省第十届劳动模范表彰大会上获悉 (a reporter, no name)',
  },
  editors: {
    id: 'people.editors',
    does: 'the editors a page names: 责编:甲、乙, 责任编辑:甲',
    example: 'r1_12: (责编:张莉萍、白波); r2_11: [责任编辑:林春婷]',
    counterexample: 'r1_08: 来源:长春日报编辑:杜伟 (长春日报 is the source, 杜伟 the editor)',
  },
  parenAuthors: {
    id: 'people.paren-authors',
    does: 'names alone in brackets are the authors: (甲 乙 丙), or (甲) right after a dateline',
    example: 'r2_03: (李国保 刘静 陈丹丹 孙铸仁 刘冬芹); r2_06: 新华网合肥4月28日电(李东标)',
    counterexample: 'r1_04: 中国二十二冶集团(石家庄) (a place in brackets)',
  },
  parenCredit: {
    id: 'people.paren-credit',
    does: 'a credit in brackets labels its writers and photographers: (文 甲 乙), (文字:甲 摄影:乙), (图/甲 文/乙)',
    example: 'outside pages: (文 姚某丽 张某蓉); (文字:王某峰 攝影:劉某); (图文/谭某明、肖某龙 编辑/林某珊)',
    counterexample: 'made up: (文化艺术) (no mark after the label); (图文由某检察院提供) (not names)',
  },
  authorLine: {
    id: 'people.author-line',
    does: 'an author named by 作者: or on a line of names alone next to the date or at the end',
    example: 'r1_09: 来源:东北网-哈尔滨日报 作者:王哲; r2_02: 秋冰 许一铭 (the last line)',
    counterexample: 'r3_04: 来源:香格里拉网 作者: 发布时间 (no name after 作者)',
  },
});

/**
 * What closes a label before its names: a colon, the bar of new-media pages (责编 | 甲, 文 | 记者 乙), or the
 * underscore some sites set there (文_甲, 記者_乙).
 */
const LABEL_MARK = '[:：|｜_＿]';

/**
 * 文/甲 乙, 图文:丁, 撰文:丙: the labels of a piece's writers, who are its authors (图: alone labels a
 * caption as often as a photographer: 图:全员合影).
 */
const LABEL_ROLES: Readonly<Record<string, string>> = {
  图文: AUTHOR_ROLE,
  文: AUTHOR_ROLE,
  撰文: AUTHOR_ROLE,
  // 采写:甲: the reporter who gathered and wrote the piece.
  采写: AUTHOR_ROLE,
  文字: AUTHOR_ROLE,
  图片: PHOTO_ROLE,
};
/** A writers' label, closed by / or a colon. */
const CREDIT_LABEL = `(?:${Object.keys(LABEL_ROLES).join('|')})(?=\\s*(?:[/／]|${LABEL_MARK}))`;
const ROLE_SPLIT = new RegExp(
  `((?:${OUTLET_SOURCE}|${STATIONED_SOURCE})?(?:${BYLINE_ROLE_SOURCE})|(?<![\\p{Script=Han}])${CREDIT_LABEL})`,
  'gu',
);
const HAS_ROLE = new RegExp(`(?:${BYLINE_ROLE_SOURCE})`, 'u');
/** A credit's token of five characters or more that ends as a body's name does (…设计集团, …有限公司). */
const BODY_CREDITED = new RegExp(
  `^[\\p{Script=Han}]{3,}(?:${SUFFIX_RULES.map((r) => r.suffix)
    .filter((suffix) => suffix.length >= 2)
    .join('|')})$`,
  'u',
);

const OUTLET_ROLE = new RegExp(`^(${OUTLET_SOURCE}|${STATIONED_SOURCE})(${BYLINE_ROLE_SOURCE})$`, 'u');

/** A name in a byline: two to four characters (or a middle-dot name), not a pen-name. */
const META_LABEL_SET = new Set(META_LABELS);
const LABEL_AT_END = new RegExp(`(?:${[...META_LABELS].sort((a, b) => b.length - a.length).join('|')})$`);

function bylineName(token: string): boolean {
  if (PEN_NAME.test(token) || !/^[\p{Script=Han}·]{2,9}$/u.test(token)) return false;
  // 作者:记者 某某 | 发布时间:…: a meta line's label is no name.
  if (META_LABEL_SET.has(token)) return false;
  // 通讯员 张某 杭州报道: the place reported from ends a byline's names; 摄影:昆明航空 credits a body.
  if (token.length === 4 && lookupPlace(token.slice(0, 2))) return false;
  return token.includes('·') || (token.length <= 4 && !isPlaceWord(token));
}

/** A place's name (高雄 of 记者陈某/高雄): Taiwan's cities too, which the gazetteer does not list. */
const isPlaceWord = (token: string): boolean => lookupPlace(token) !== undefined || TAIWAN_CITY_SET.has(token);
const TAIWAN_CITY_SET: ReadonlySet<string> = new Set(TAIWAN_CITIES);

/**
 * 陈某长台中(报导), 黄某宗台北二十九日电: a reporter's name run into the place (and day) the report was filed
 * from (its 报导 may be gone already, as a credit's tail); the name alone, or the token as it was. Without
 * a 报导 or 电, four characters are a name of their own (欧阳中山).
 */
function withoutFiledFrom(token: string): string {
  const m = FILED_FROM.exec(token);
  const head = m?.[1];
  if (!head || (!m[2] && head.length < 5)) return token;
  for (const nameLength of [3, 2]) {
    const place = head.slice(nameLength);
    if (place.length >= 2 && isPlaceWord(place)) return head.slice(0, nameLength);
  }
  return token;
}
const FILED_FROM = /^([\p{Script=Han}]{4,7}?)((?:[〇一二三四五六七八九十廿卅\d]{1,3}日)?(?:报导|报道|电))?$/u;

/**
 * Reads reporters and correspondents from a byline or photo credit, with the outlet when the
 * byline names one.
 *
 * @example
 * parseByline('全媒体记者马大为 通讯员吴美瑜 黄于钰')
 * // → [{ name: '马大为', title: '全媒体记者' }, { name: '吴美瑜', title: '通讯员' }, { name: '黄于钰', title: '通讯员' }]
 * parseByline('海西晨报记者郭钦转通讯员王星乐')
 * // → [{ name: '郭钦转', title: '海西晨报记者' }, { name: '王星乐', title: '通讯员' }]
 */
export function parseByline(text: string): Array<{ name: string; title: string }> {
  const out: Array<{ name: string; title: string }> = [];
  const parts = text.replace(/[■▲●◆]/g, ' ').split(ROLE_SPLIT);
  // 孙某 本报记者 夏某: names alone before the first role sign as authors.
  const lead = (parts[0] ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length > 1 && lead.length > 0 && lead.every(bylineName))
    for (const name of lead) out.push({ name, title: AUTHOR_ROLE });
  for (let i = 1; i < parts.length; i += 2) {
    let title = parts[i] as string;
    // 本报讯 is a dateline, not an outlet: 本报讯记者 reads as 记者.
    const outlet = OUTLET_ROLE.exec(title);
    if (outlet && /讯$|电$/.test(outlet[1] as string)) title = outlet[2] as string;
    title = LABEL_ROLES[title] ?? title;
    // 文字:甲 图片:乙 审核:丙: an editor's label ends the names of the role before it.
    const names = joinSpacedNames(
      ((parts[i + 1] ?? '').split(EDITOR_LABEL_AHEAD)[0] as string)
        .replace(CREDIT_TAIL, '')
        .split(/[\s、,，/／:：|｜_＿]+/)
        // 记者林某翻摄,下同: a credit's tail glued to a name inside the text.
        .map((token) => withoutFiledFrom(token.replace(CREDIT_TAIL, '')))
        .filter(Boolean),
    )
      // 图片:华设设计集团: a body credited, not two names run together.
      .filter((token) => !BODY_CREDITED.test(token))
      .flatMap(splitGluedNames)
      .filter(bylineName);
    for (const name of names) out.push({ name, title: title === PHOTO_ROLE ? `${PHOTO_ROLE}记者` : title });
  }
  return out;
}

/**
 * 孙某苗某, 柳某姗彭某, 方某芳方某艺: two names a byline ran together (记者孙某苗某), where each part is a name
 * of two or three characters opening with a surname. A name of four characters with a compound surname
 * stays whole; where two splits read as names, the one whose second name opens with a common surname
 * is taken, and a run that still reads two ways is left whole.
 *
 * @example
 * splitGluedNames('孙雯苗莹') // → ['孙雯', '苗莹']
 * splitGluedNames('柳姗姗彭冰') // → ['柳姗姗', '彭冰']
 */
function splitGluedNames(token: string): string[] {
  if (token.length < 4 || token.length > 6 || !/^[\p{Script=Han}]+$/u.test(token)) return [token];
  if (token.length === 4 && surnameLength(token) !== 1) return [token];
  const splits: Array<[string, string]> = [];
  for (let cut = Math.max(2, token.length - 3); cut <= Math.min(3, token.length - 2); cut++) {
    const [a, b] = [token.slice(0, cut), token.slice(cut)];
    if (surnameLength(a) === 1 && surnameLength(b) === 1 && bylineName(a) && bylineName(b)) splits.push([a, b]);
  }
  const common = splits.filter(([, b]) => COMMON_SURNAMES.has(b[0] as string));
  const pick = splits.length === 1 ? splits[0] : common.length === 1 ? common[0] : undefined;
  return pick ?? [token];
}

/**
 * 张 宝, 刘 渊: a two-character name set out to the width of three with a space is one name, a
 * surname and a given name, not two one-character tokens.
 *
 * @example
 * joinSpacedNames(['张', '宝', '李明']) // → ['张宝', '李明']
 */
export function joinSpacedNames(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [a, b] = [tokens[i] as string, tokens[i + 1]];
    if (b !== undefined && a.length === 1 && b.length === 1 && surnameLength(a + b) === 1) {
      out.push(a + b);
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * Reads the people named in a trailing signature such as 何俊华 霍丽安 (pen-names like 花都工 are
 * skipped); a signature that names a role (宁夏日报记者 陈郁) is read as a byline.
 *
 * @example
 * parseSignature('何俊华 霍丽安') // → [{ name: '何俊华', title: '作者' }, { name: '霍丽安', title: '作者' }]
 */
export function parseSignature(text: string): Array<{ name: string; title: string }> {
  const byline = parseByline(text);
  if (byline.length > 0) return byline;
  // (杨某勇 摄): a signature closed by 摄 credits the photographers.
  const tokens = text
    .replace(/[()（）]/g, ' ')
    .trim()
    .split(/[\s、,，]+/);
  const title = PHOTO_CREDIT_WORDS.has(tokens.at(-1) ?? '') ? PHOTO_ROLE : AUTHOR_ROLE;
  return tokens.filter((n) => isAuthorName(n)).map((name) => ({ name, title }));
}

/** A name an author line may hold: a surname and one or two characters, not a place or a word. */
function isAuthorName(token: string): boolean {
  if (PEN_NAME.test(token) || !/^[\p{Script=Han}]{2,4}$/u.test(token)) return false;
  const s = surnameLength(token);
  if (s === 0 || token.length - s > 2) return false;
  // 南投县 高雄市: a region's name (one the gazetteer may lack) in a site's menu, not a signature.
  if (token.length === 3 && REGION_LEVEL_END.test(token)) return false;
  // 作者:阳湖网, 作者:武进日报: an outlet (a site, paper or station) signs, not a person; (卢某摄), 王某拍(摄): a
  // photographer's credit or its verb run on, not a name ending in 摄 or 拍.
  if (OUTLET_END.test(token) || CREDIT_RUN_ON.test(token)) return false;
  // 战疫情 强技能: a slogan's verb and object, not a surname and a given name.
  if (NOT_GIVEN_NAMES.has(token.slice(s))) return false;
  return !lookupPlace(token) && !WORDS_LIKE_NAMES.has(token.slice(0, 2));
}

const REGION_LEVEL_END = /[省市县区]$/;
const CREDIT_RUN_ON = /[摄拍]$/;
const OUTLET_END = /(?:网|报|台)$/;

const CREDIT_AT_END = new RegExp(
  `(?:${BYLINE_ROLE_SOURCE})[\\p{Script=Han}\\s、·]{2,40}?\\s*(?:[/／]\\s*)?摄\\s*$`,
  'u',
);
/** The outlet written right before a role (海西晨报记者): looked for only where a role was found. */
const OUTLET_BEFORE = new RegExp(`(?:${OUTLET_SOURCE})$`, 'u');

/** The byline text at `at` with the outlet written before it, if any. */
function withOutlet(text: string, at: number, byline: string): string {
  return `${OUTLET_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[0] ?? ''}${byline}`;
}
/**
 * 莫某芝 摄, 林某余/摄, 。刘某权摄: names alone before 摄, after a space or a slash or run on, closing a caption or a
 * line.
 */
const BARE_CREDIT =
  /(?:^|[。!！\s])((?:[\p{Script=Han}]{2,4}、)*[\p{Script=Han}]{2,4}?)(?:\s+|\s*[/／]\s*|(?<=[\p{Script=Han}]))摄(?:影报道)?\s*$/u;
/** A photographer's label, a space and a name, closing a line (…致辞 摄影 曾某雄). */
const PHOTOGRAPHER_LAST = /\s摄影\s+([\p{Script=Han}]{2,4})\s*$/u;
/** A line opened by the label of its writers (文/…, 图文:…). */
const LABELLED = new RegExp(`^\\s*[□■]?\\s*${CREDIT_LABEL}`, 'u');
/** A photo agency after 摄 and a slash, closing a credit (…摄/视觉重庆). */
const AGENCY_AFTER_CREDIT = /摄\s*[/／\\＼]\s*[\p{Script=Han}]{2,8}\s*$/u;
/** A credit that names the photographer after 摄 (…母婴室一隅。摄/吴秋楠). */
const CREDIT_FIRST = new RegExp(`${PHOTOGRAPHER_AFTER_SOURCE}\\s*$`, 'u');

/**
 * Bylines in the text of captions and credits: 通讯员张希钰 摄, 人民网记者 张莉萍摄, 莫雪芝 摄, 摄/吴秋楠.
 * `strict` (for headline lines) reads only a credit that ends in 摄.
 *
 * @example
 * creditsIn('外卖小哥领到关爱大礼包。 通讯员张希钰 摄') // → [{ name: '张希钰', title: '通讯员' }]
 */
export function creditsIn(text: string, strict = false): Array<{ name: string; title: string }> {
  // 文/李锦 朱晓莉 摄影/于小川: a line opened by the writers' label credits them too, not only the photographer.
  if (LABELLED.test(text) && !/[。！？]/.test(text)) {
    const labelled = parseByline(text);
    if (labelled.length > 0) return labelled;
  }
  // 记者 张某 摄/视觉重庆: the photo agency after a photographer's credit; the credit before it is read.
  const agency = text.includes('摄') ? AGENCY_AFTER_CREDIT.exec(text) : null;
  if (agency && on(R.agencyAfterCredit)) {
    const credit = text.slice(0, agency.index + 1);
    if (CREDIT_AT_END.test(credit)) return creditsIn(credit, strict);
  }
  const m = text.includes('摄') ? CREDIT_AT_END.exec(text) : null;
  if (m) return parseByline(withOutlet(text, m.index, m[0]));
  // …致辞 摄影 曾某雄: a photographer's label and a name closing a caption or a subhead.
  const labelled = text.includes('摄影') ? PHOTOGRAPHER_LAST.exec(text) : null;
  if (labelled?.[1] && isAuthorName(labelled[1])) return [{ name: labelled[1], title: PHOTO_ROLE }];
  const bare = m === null && text.includes('摄') ? (BARE_CREDIT.exec(text) ?? CREDIT_FIRST.exec(text)) : null;
  // 毛某阳、方某琴 摄影报道: each name listed before the credit.
  const credited = bare?.[1]?.split('、') ?? [];
  if (credited.length > 0 && credited.every(isAuthorName)) return credited.map((name) => ({ name, title: PHOTO_ROLE }));
  return !strict && HAS_ROLE.test(text) && !/[。！？]/.test(text) ? parseByline(text) : [];
}

/**
 * (记者甲 通讯员乙), (全媒体记者/甲 乙 通讯员/丙), (图:记者甲,文:记者乙), 〔记者甲/台北报导〕, 【记者甲/苗栗报导】 anywhere in a
 * sentence, and one whose closing bracket the page lost at the end of the text (…表示。(通讯员 甲 ).
 */
const PAREN_BYLINE = new RegExp(
  `[(（〔【︹]\\s*(?:[图文][:：/／])?(?:${PEN_NAME_SOURCE}\\s*(?=${REPORTER_ROLE_SOURCE}))?((?:(?:${OUTLET_SOURCE}|${STATIONED_SOURCE})\\s*)?(?:${REPORTER_ROLE_SOURCE})(?:[^()（）〔〕【】︹︺]{2,60}?[)）〕】︺]|[^()（）〔〕【】︹︺。,，;；!！?？]{2,40}\\s*$))`,
  'gu',
);
/** (安徽日报 记者 张某): an outlet written apart from its reporter's role is still the role's. */
const SPACED_OUTLET = new RegExp(`^((?:${OUTLET_SOURCE}|${STATIONED_SOURCE}))\\s+(?=${REPORTER_ROLE_SOURCE})`, 'u');
/**
 * 记者龚学鸣报道, 大公文汇全媒体记者王俊杰摄, 记者甲/南投报导: a reporter's role, names, and 报道 (where from) or 摄; several roles
 * with their names before one 报道 too (记者 甲 通讯员 乙 实习生丙报道).
 */
const TAIL_BYLINE = new RegExp(
  `((?:(?:${REPORTER_ROLE_SOURCE})\\s*[/／]?\\s*[\\p{Script=Han}·]{2,4}?(?:[\\s、]+[\\p{Script=Han}·]{2,4}){0,3}\\s*)+?)(?:[/／]\\s*(?:[\\p{Script=Han}]{2,3}(?=报[道导]))?)?(?:报道|报导|翻摄|摄(?!影))`,
  'gu',
);
const AUTHOR_LABEL = new RegExp(`^${AUTHOR_ROLE}\\s*${LABEL_MARK}\\s*`);
/** A reporter's role opening what follows 作者: (作者: 全媒体记者甲 通讯员乙). */
const REPORTER_FIRST = new RegExp(`^(?:${REPORTER_ROLE_SOURCE})`, 'u');
/**
 * 新华网合肥4月28日电(李东标): a single name in brackets is an author right after a dateline, or
 * opening the lead (本报讯(甲)…, where the dateline went with the page's furniture; (甲)10月22日…).
 */
const DATELINE_BEFORE = new RegExp(`(?:${DATELINE_MARKS.join('|')})\\s*$`);
/** 来源:石榴云 on a source line: the outlet. */
const SOURCE_NAMED = /来源\s*[:：]\s*([\p{Script=Han}]{2,12})/u;

/** 作者:王哲 on a source line (作者:甲,乙: several, however they are joined; 作者/通讯员:甲, a school's pages). */
const AUTHOR_COLON = new RegExp(
  `${AUTHOR_ROLE}(?:[/／]通讯员)?\\s*${LABEL_MARK}\\s*([\\p{Script=Han}]{2,4}(?:[\\s、,，]+[\\p{Script=Han}]{2,4})*)`,
  'u',
);
/**
 * 责编:张莉萍、白波, [责任编辑:林春婷]: the editors of the page, by their role as written; the next
 * role's label (责编:甲 编审:乙) ends the names.
 */
const EDITOR_LABEL = `(?:${EDITOR_ROLES.join('|')})\\s*${LABEL_MARK}`;
/** The endings of bodies' names, longest first. */
const BODY_ENDINGS = [...new Set(SUFFIX_RULES.map((r) => r.suffix))].sort((a, b) => b.length - a.length);
/** 供稿:桐梓县总工会  昌某奇: the body that supplied the piece, spaced off before its writer's name. */
const SIGNING_BODY = `[\\p{Script=Han}]{2,12}(?:${BODY_ENDINGS.join('|')})`;
const EDITOR_LABEL_AHEAD = new RegExp(EDITOR_LABEL, 'u');
const EDITORS = new RegExp(
  `(${EDITOR_ROLES.join('|')})\\s*${LABEL_MARK}\\s*(?:${SIGNING_BODY}\\s+(?!${EDITOR_LABEL}))?([\\p{Script=Han}]{2,4}(?:[、\\s]+(?!${EDITOR_LABEL})[\\p{Script=Han}]{2,4})*)`,
  'gu',
);
/**
 * (李国保 刘静 陈丹丹): names alone in brackets, the authors of the piece; joined by 、 (王晴垣、孙挺)
 * only where a single name would be (after a dateline, opening the lead), as a list in brackets
 * elsewhere names people of the story.
 */
// 王 程: a two-character name set out to the width of three with a space is one name (joinSpacedNames).
// (向某荣/文): names signed as the piece's writers (a writers' label after a slash), wherever they stand.
const WRITERS_LABEL = Object.keys(CREDIT_LABELS)
  .filter((label) => CREDIT_LABELS[label] === 'author')
  .sort((a, b) => b.length - a.length)
  .join('|');
// 本報訊( 朱瀅): some pages set a space inside the bracket.
const PAREN_NAMES = new RegExp(
  `[(（]\\s?((?:[\\p{Script=Han}]{1,8}(?:\\s+|、))*[\\p{Script=Han}]{1,8})(\\s*[/／]\\s*(?:${WRITERS_LABEL}))?\\s?[)）]`,
  'gu',
);

/** (袁金秀摄), (甲 乙摄影): names alone before 摄 in brackets. */
/**
 * (文 甲 乙), (文字:甲 摄影:乙), (图文/甲、乙 编辑/丙): a credit in brackets, each label before its names.
 * Read only when every word in it is a label or a name; editors are left out.
 */
function labelledCredits(norm: string): Array<{ name: string; title: string }> {
  const out: Array<{ name: string; title: string }> = [];
  PAREN_CREDIT.lastIndex = 0;
  for (let m = PAREN_CREDIT.exec(norm); m; m = PAREN_CREDIT.exec(norm)) {
    const found: Array<{ name: string; title: string }> = [];
    let role: 'author' | 'photo' | 'editor' | undefined;
    let named = true;
    let clean = true;
    for (const token of (m[1] as string).split(CREDIT_SPLIT).filter(Boolean)) {
      // (文:甲 / 图:乙 / 审核:丙): a reviewer's label is an editor's, left out like one.
      const label = CREDIT_LABELS[token] ?? (EDITOR_ROLE_SET.has(token) && on(R.parenCredit) ? 'editor' : undefined);
      // 文/图 甲: labels in a row credit one person with both; the writer's comes first.
      if (label) {
        if (named || !role) role = label;
        named = false;
      } else if (role && isAuthorName(token)) {
        named = true;
        if (role !== 'editor') found.push({ name: token, title: role === 'author' ? AUTHOR_ROLE : PHOTO_ROLE });
      } else clean = false;
    }
    if (clean) out.push(...found);
  }
  for (const p of out) fired(R.parenCredit, 'person', p.name);
  return out;
}
const CREDIT_LABEL_SOURCE = Object.keys(CREDIT_LABELS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A bracket opening with a credit's label and its mark (a slash, a colon or a space) before names. */
// [文:甲/图:乙], 【文/甲】: a credit in square brackets too.
const PAREN_CREDIT = new RegExp(
  `[(（[【]\\s*((?:${CREDIT_LABEL_SOURCE})\\s*[/／:：\\s][^()（）[\\]【】]{2,50}?)\\s*[)）\\]】]`,
  'gu',
);
/** The brackets PAREN_CREDIT_HINT opens with: a sentence without any (most) is not searched. */
const CREDIT_BRACKETS = ['(', '（', '[', '【'];
const PAREN_CREDIT_HINT = new RegExp(
  `[${CREDIT_BRACKETS.join('').replace('[', '\\[')}]\\s*(?:${CREDIT_LABEL_SOURCE})\\s*[/／:：\\s]`,
  'u',
);
/** Between a credit's words: spaces, slashes, colons, the enumeration comma; a label glued to a name splits off. */
const CREDIT_SPLIT = new RegExp(`[\\s/／:：、]+|(?<=^|[\\s/／:：、])(${CREDIT_LABEL_SOURCE})(?=[\\s/／:：])`, 'u');
const PAREN_PHOTO = /[(（]\s*((?:[\p{Script=Han}]{2,4}[\s、]+){0,2}[\p{Script=Han}]{2,4})\s*摄(?:影)?\s*[)）]/gu;

/**
 * A byline with no brackets opening a line or a paragraph, its roles and names spaced apart
 * (工人日报客户端 记者 刘某婷 实习生 朱某燕 通讯员 焦某茹 近日,…; 孝感日报讯  全媒体记者佘某  通讯员李某琴  7月13日,…;
 * 2020-09-24 来源:南方工报 记者:王某 通讯员:刘某太 吴某佩): what opens the line may be a date, a time,
 * a source, an outlet or its dateline; the byline runs while each spaced word is a role or a name,
 * and the first words of the story end it.
 */
function spacedByline(norm: string): Array<{ name: string; title: string }> {
  // 记者/赵某祖, 记者:丁某华 on a line of their own: the role's label mark spaces it from the name.
  const tokens = norm.trim().replace(LABELLED_ROLE, '$1 ').split(/\s+/);
  if (tokens.length < 2) return [];
  let at = 0;
  while (at < Math.min(2, tokens.length) && SPACED_OPENER.test(tokens[at] as string)) at++;
  if (!SPACED_ROLE.test(tokens[at] ?? '')) return [];
  const run: string[] = [];
  for (const token of tokens.slice(at)) {
    if (!SPACED_ROLE.test(token) && !isAuthorName(token)) break;
    run.push(token);
  }
  return run.some((t) => !SPACED_ROLE.test(t) || /[\p{Script=Han}]$/u.test(t.replace(ROLE_AT_START, '')))
    ? parseByline(run.join(' '))
    : [];
}
/** A reporter's role opening a line with a label mark before the name (记者/赵某祖, 记者:丁某华). */
const LABELLED_ROLE = new RegExp(`^(${REPORTER_ROLE_SOURCE})\\s*[/／:：]\\s*(?=\\p{Script=Han})`, 'u');
/** A site's label on the summary that repeats an article's lead (导读:工人日报客户端 记者 …). */
const SUMMARY_LABEL = '(?:导读|摘要|内容提要)[:：]';
/** What may open a line before its byline: a date, a time, a source, an outlet or its dateline (after a summary's label). */
const SPACED_OPENER = new RegExp(
  `^(?:\\d{4}[-/.年]\\d{1,2}(?:[-/.月]\\d{1,2}日?)?|\\d{1,2}[-/]\\d{1,2}|\\d{1,2}:\\d{2}(?::\\d{2})?|来源[:：]\\S+|(?:${SUMMARY_LABEL})?(?:本报讯|(?:${OUTLET_SOURCE})[讯电]?)|${SUMMARY_LABEL})$`,
  'u',
);
/**
 * A reporter's role, alone, closed by a colon or a slash, or with its name after it (全媒体记者佘某, 记者:王某),
 * its outlet possibly written on it (工人日报客户端记者).
 */
const SPACED_ROLE = new RegExp(
  `^(?:${OUTLET_SOURCE}|${STATIONED_SOURCE})?(?:${REPORTER_ROLE_SOURCE})(?:[:：/／_＿]?[\\p{Script=Han}·]{2,4}|[:：/／_＿])?$`,
  'u',
);
const ROLE_AT_START = new RegExp(
  `^(?:${OUTLET_SOURCE}|${STATIONED_SOURCE})?(?:${REPORTER_ROLE_SOURCE})[:：/／_＿]?`,
  'u',
);

/**
 * People named by a byline inside running text (the lead of a web page keeps its byline in
 * the paragraph: 人民网西宁5月29日 (记者张莉萍)…). `lead`: the sentence is in the article's first paragraph.
 *
 * @example
 * bylinesInText('中工网北京2月22日电 (记者张锐)中国国防邮电工会召开会议。')
 * // → [{ name: '张锐', title: '记者' }]
 */
export function bylinesInText(norm: string, lead = false): Array<{ name: string; title: string }> {
  const out: Array<{ name: string; title: string }> = [];
  if (on(R.bylineInText) && REPORTER_WORDS.some((w) => norm.includes(w))) {
    PAREN_BYLINE.lastIndex = 0;
    // Where bracketed bylines end: a byline read in brackets is not read again without them.
    const bracketed: Array<[number, number]> = [];
    for (let m = PAREN_BYLINE.exec(norm); m; m = PAREN_BYLINE.exec(norm)) {
      bracketed.push([m.index, m.index + m[0].length]);
      out.push(...parseByline((m[1] as string).replace(/[)）〕】︺]$/, '').replace(SPACED_OUTLET, '$1')));
    }
    TAIL_BYLINE.lastIndex = 0;
    for (let m = TAIL_BYLINE.exec(norm); m; m = TAIL_BYLINE.exec(norm)) {
      const at = m.index;
      if (!bracketed.some(([a, b]) => at >= a && at < b))
        out.push(...parseByline(withOutlet(norm, at, m[1] as string)));
    }
    if (out.length === 0) out.push(...spacedByline(norm));
    for (const p of out) {
      fired(R.bylineInText, 'person', p.name);
      fired(R.bylineInText, 'role', p.title);
    }
  }
  if (on(R.parenCredit) && CREDIT_BRACKETS.some((b) => norm.includes(b)) && PAREN_CREDIT_HINT.test(norm))
    out.push(...labelledCredits(norm));
  // (袁金秀摄), (廖雁雄攝): a photographer credited in brackets inside the text.
  if (on(R.bylineInText) && norm.includes('摄')) {
    PAREN_PHOTO.lastIndex = 0;
    for (let m = PAREN_PHOTO.exec(norm); m; m = PAREN_PHOTO.exec(norm)) {
      const names = (m[1] as string).split(/[\s、]+/);
      if (names.every(isAuthorName)) for (const name of names) out.push({ name, title: PHOTO_ROLE });
    }
  }
  const author = on(R.authorLine) && norm.includes(AUTHOR_ROLE) ? AUTHOR_COLON.exec(norm) : null;
  const authored = author ? norm.slice(author.index).replace(AUTHOR_LABEL, '') : '';
  if (author && REPORTER_FIRST.test(authored)) {
    // 作者: 全媒体记者汪某 通讯员万某: the author line is a byline.
    out.push(...parseByline(authored.split(/\s(?:来源|编辑|责编|时间)/)[0] as string));
  } else if (author?.[1]) {
    // 作者:史漓莎新疆平安网 (the line ran on): the name is the longest reading that is one.
    // 作者:周琳来源:…: the next label, run on with no space, is no part of the name.
    const ranOn = /^\s*[:：]/.test(norm.slice(author.index + author[0].length));
    const [first = '', ...others] = joinSpacedNames(
      (ranOn ? author[1].replace(LABEL_AT_END, '') : author[1]).split(/[\s、,，]+/),
    );
    // 作者:阳湖网: a short outlet signs alone (a longer run may be a name run into one: 史漓莎新疆平安网).
    const outlet = first.length <= 4 && OUTLET_END.test(first);
    const name = outlet ? undefined : [first, first.slice(0, 3), first.slice(0, 2)].find(isAuthorName);
    // 来源:石榴云 作者:石榴云: an author that is the line's source is an outlet, not a person.
    if (name && !SOURCE_NAMED.exec(norm)?.[1]?.startsWith(name)) {
      // 作者:赵宁 陈磊 马志辉: every name of the line is an author.
      for (const each of [name, ...others.filter(isAuthorName)]) {
        fired(R.authorLine, 'person', each);
        out.push({ name: each, title: AUTHOR_ROLE });
      }
    }
  }
  if (on(R.editors) && EDITOR_ROLE_WORDS.occursIn(norm)) {
    EDITORS.lastIndex = 0;
    for (let m = EDITORS.exec(norm); m; m = EDITORS.exec(norm)) {
      for (const name of (m[2] as string).split(/[、\s]+/).filter(isAuthorName)) {
        fired(R.editors, 'person', name);
        out.push({ name, title: m[1] as string });
      }
    }
  }
  if (on(R.parenAuthors) && (norm.includes('(') || norm.includes('（'))) {
    PAREN_NAMES.lastIndex = 0;
    for (let m = PAREN_NAMES.exec(norm); m; m = PAREN_NAMES.exec(norm)) {
      const tokens = joinSpacedNames((m[1] as string).split(/\s+|、/));
      // (苏某 摄): a photo credit, read as one below; (文 甲 乙): a labelled credit, read above.
      if (tokens.some((t) => PHOTO_CREDIT_WORDS.has(t)) || CREDIT_LABELS[tokens[0] ?? '']) continue;
      const listed = (m[1] as string).includes('、');
      // (省轻纺工会 李瑶): a body may sign with its author; every other token must be a name.
      const names = tokens.filter(isAuthorName);
      // (记者 王鑫): a reporter's byline, read with its role above, not an author's signature. (张翀
      // 通讯员 胡文辉 李健): the names before the first role sign as authors, the role names the rest.
      const roleAt = tokens.findIndex((t) => HAS_ROLE.test(t));
      if (roleAt >= 0) {
        const signed = tokens.slice(0, roleAt);
        if (roleAt === 0 || !signed.every(isAuthorName)) continue;
        for (const name of signed) out.push({ name, title: AUTHOR_ROLE });
        out.push(...parseByline(tokens.slice(roleAt).join(' ')));
        continue;
      }
      if (
        names.length === 0 ||
        names.length < tokens.length - (listed ? 0 : 1) ||
        ((tokens.length === 1 || listed) &&
          !m[2] &&
          !DATELINE_BEFORE.test(norm.slice(0, m.index)) &&
          !(lead && m.index === 0))
      )
        continue;
      for (const name of names) {
        fired(R.parenAuthors, 'person', name);
        out.push({ name, title: AUTHOR_ROLE });
      }
    }
  }
  return out;
}

/**
 * The authors on a line of names alone (秋冰 许一铭; 張璽 above the date line): the line must
 * hold names only, and either more than one or sit next to a date or source line. An editor's
 * or reviewer's label among them (编辑 甲 二审 乙 三审 丙) gives the names after it that role.
 *
 * @example
 * authorLine('秋冰 许一铭', true) // → [{ name: '许一铭', title: '作者' }]
 * authorLine('□曹某露 孙某健 文/图', false) // → [{ name: '曹某露', title: '作者' }, { name: '孙某健', title: '作者' }]
 * authorLine('编辑 曾某慧 二审 朱某', false) // → [{ name: '曾某慧', title: '编辑' }, { name: '朱某', title: '二审' }]
 */
export function authorLine(line: string, besideDate: boolean): Array<{ name: string; title: string }> {
  if (!on(R.authorLine)) return [];
  const marked = AUTHOR_MARK.test(line.trim());
  // □曹某露 孙某健 文/图: the box marks the line as the authors', and the credit's tail says what they did.
  const names = marked ? line.trim().replace(AUTHOR_MARK, '').replace(CREDIT_TAIL, '') : line;
  const tokens = names.trim().split(/\s+/);
  if (tokens.length > 6 || tokens.some((t) => !/^[\p{Script=Han}]{2,4}$/u.test(t))) return [];
  const out: Array<{ name: string; title: string }> = [];
  let title = AUTHOR_ROLE;
  for (const token of tokens) {
    if (EDITOR_ROLE_SET.has(token)) title = token;
    else if (isAuthorName(token)) out.push({ name: token, title });
  }
  if (out.length === 0 || (tokens.length < 2 && !besideDate && !marked)) return [];
  for (const { name } of out) fired(R.authorLine, 'person', name);
  return out;
}
const EDITOR_ROLE_SET = new Set(EDITOR_ROLES);
/** The same roles for one scan of a sentence: most sentences name none. */
const EDITOR_ROLE_WORDS = new Lexicon(EDITOR_ROLES);
