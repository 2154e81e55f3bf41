import type { Sentence } from '../page/sentences.ts';
import { wordStartingAt } from '../page/spans.ts';
import { lookupPlace } from '../places/places.ts';
import { defineRules, fired, on } from '../rules/registry.ts';
import { surnameLength } from '../vocab/surnames.ts';

const R = defineRules({
  titleBefore: {
    id: 'people.title-before',
    does: 'a name right after an office or calling, with the chain of roles before it',
    example: '000: 市总工会主席李灿出席; r2_15: 省轻工集体企业联社主任邱青森',
    counterexample: 'r4_03: 主席焦开河,中国人民银行副行长 (the name ends at the comma, not in 中国)',
  },
  quoteSpeaker: {
    id: 'people.quote-speaker',
    does: 'the speaker right after a closing quotation mark, before a verb of saying',
    example: 'r1_15: ……安全有序。”马晶说; 001: ”王海涛说',
    counterexample: '高明表示 (a place speaking for its government is not a person)',
  },
  comradeOrLeader: {
    id: 'people.comrade',
    does: 'a name before 同志 or 总书记',
    example: '004: 余华涛同志当选; r4_02: 以习近平同志为核心',
    counterexample: 'r1_04: 相关负责同志 (a description before 同志)',
  },
  winner: {
    id: 'people.winner',
    does: 'a winner before 获得/荣获 … a place or prize, and the names listed before it',
    example: 'r2_15: …有限公司的滕卫兵获得第一名; 003: 张丽萍、陈浩分获一、二名',
    counterexample: '003: 5名选手分获一、二、三等奖 (a count, not a name)',
  },
  employerBefore: {
    id: 'people.employer-before',
    does: 'a name right after a company or school and before a verb',
    example: '002: 推荐阳春新钢铁有限公司郭春光申报',
    counterexample: '一汽解放汽车有限公司技术中心 (a sub-unit, not a name)',
  },
});

import type { OrgMention } from './organizations.ts';

/**
 * People: reporters and correspondents from bylines and photo credits, authors from a
 * trailing (赵文清), and officials, speakers and workers from role phrases
 * (市人大常委会副主任、市总工会主席李灿出席 → two roles at two organizations).
 * Newsroom pen-names (花都工, 珠工宣: a place abbreviation and 工 or 工宣) are not people.
 */
export interface RoleDraft {
  /** Full role: the organization written out and the title (佛山市总工会主席). */
  role: string;
  title: string;
  org?: OrgMention;
  /** Set for bylines: the article the person reported for. */
  article?: number;
}

export interface PersonDraft {
  name: string;
  roles: RoleDraft[];
  sentence?: Sentence;
  from?: number;
  to?: number;
}

const BYLINE_ROLES = ['全媒体记者', '本报记者', '特约记者', '见习记者', '实习记者', '记者', '通讯员', '实习生', '摄影'];
const BYLINE_ROLE_PATTERN = new RegExp(`(${BYLINE_ROLES.join('|')})`, 'g');

/** Titles a name may follow (longest first in the pattern). General vocabulary of offices and callings. */
const TITLES = (
  '常务副主席 副主席 主席 党组书记 党组副书记 党组成员 党委书记 党委副书记 党支部书记 副书记 书记 常务副主任 副主任 主任 ' +
  '副局长 局长 副部长 部长 副市长 市长 副区长 区长 副县长 县长 副镇长 镇长 副厅长 厅长 董事长 副总经理 总经理 经理 副秘书长 秘书长 ' +
  '副院长 院长 副校长 校长 副会长 会长 副队长 队长 站长 所长 社长 总编辑 主编 常委 组长 副组长 负责人 干事 科长 副处长 处长 ' +
  '理事长 总工程师 工程师 高级技师 技师 医师 医生 教师 讲师 教授 律师 参赛选手 选手 劳动模范 全国劳模 省劳模 劳模 工匠 获得者 ' +
  '志愿者 社工 网格员 快递员 外卖员 环卫工人 党代表 人大代表 政协委员 主任委员 委员 班长 车间主任 冠军 师傅 老师'
).split(' ');
const TITLE_PATTERN = new RegExp([...TITLES].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Words that may follow a name directly. */
const FOLLOWERS = new Set(
  (
    '出席 主持 讲话 致辞 作 代表 当选 表示 介绍 指出 强调 说 说道 带队 一行 率 率队 同志 等 参加 到 在 为 就 对 向 与 和 及 坦言 结合 ' +
    '进行 分享 宣布 宣读 解读 通报 部署 总结 汇报 发言 主讲 授课 颁发 颁奖 出任 担任 走进 来到 前往 深入 看望 慰问 调研 参观 ' +
    '表演 获得 荣获 带领 申报 讲述 同 是 也 还 则 称 感慨 回忆 告诉 希望 认为 提出 要求 作了 详细 现场 首先 先后 随后 用 以 将 被 ' +
    '获 获评 并 从 自 于 带来 手把手 提醒 专程 受邀 应邀 亲自 率先 正在 一直 已 曾 又 都 和 陪同'
  ).split(' '),
);

/** Characters that never occur in a given name in this genre (they mark words, not names). */
const NOT_IN_NAME = /[的了是在和与及等为对向把被将从到会工作区市县镇省局委部厅处组队站所院校司员者席记主副总]/;

function isPenName(name: string): boolean {
  return /(?:工|工宣|宣|工会)$/.test(name) || name.length < 2 || name.length > 4;
}

function validName(name: string): boolean {
  if (name.length < 2 || name.length > 4 || !/^[\p{Script=Han}]+$/u.test(name)) return false;
  const s = surnameLength(name);
  if (s === 0 || name.length - s < 1 || name.length - s > 2) return false;
  return !NOT_IN_NAME.test(name.slice(s));
}

/**
 * Reads reporters and correspondents from a byline or photo credit.
 *
 * @example
 * parseByline('全媒体记者马大为 通讯员吴美瑜 黄于钰')
 * // → [{ name: '马大为', title: '全媒体记者' }, { name: '吴美瑜', title: '通讯员' }, { name: '黄于钰', title: '通讯员' }]
 */
export function parseByline(text: string): Array<{ name: string; title: string }> {
  const out: Array<{ name: string; title: string }> = [];
  const parts = text.replace(/[■▲●◆]/g, ' ').split(BYLINE_ROLE_PATTERN);
  for (let i = 1; i < parts.length; i += 2) {
    const title = parts[i] as string;
    const names = (parts[i + 1] ?? '')
      .replace(/(?:[/／]\s*)?摄(?:影)?\s*$|报道\s*$|供图\s*$/, '')
      .split(/[\s、,，]+/)
      .filter(Boolean);
    for (const name of names) {
      if (!isPenName(name) && /^[\p{Script=Han}·]{2,4}$/u.test(name))
        out.push({ name, title: title === '摄影' ? '摄影记者' : title });
    }
  }
  return out;
}

/**
 * Reads the people named in a trailing signature such as 何俊华 霍丽安 (pen-names like 花都工 are skipped).
 *
 * @example
 * parseSignature('何俊华 霍丽安') // → ['何俊华', '霍丽安']
 */
export function parseSignature(text: string): string[] {
  return text.split(/[\s、,，]+/).filter((n) => !isPenName(n) && validName(n));
}

/** What follows a name in a list of honoured people: another calling after 、, or 等 and a count. */
const HONOURED_LIST =
  /^(?:、[^,，。、]{0,10}?(?:劳动模范|劳模|工匠|获得者|技师|选手)|等(?:\d|[一二两三四五六七八九十]))/;

/** The length of a name starting at `at`, judged by what follows it; 0 when there is none. */
function nameAt(norm: string, at: number, strict = false): number {
  for (const len of [3, 2, 4]) {
    const candidate = norm.slice(at, at + len);
    if (candidate.length < len || !validName(candidate)) continue;
    // 赵红陪同调研: a name does not end inside the verb after it.
    if (len > 2 && (wordStartingAt(norm, at + len - 1, FOLLOWERS)?.length ?? 0) >= 2) continue;
    const next = norm[at + len];
    const follower = wordStartingAt(norm, at + len, FOLLOWERS);
    const verb = follower !== undefined && (!strict || follower.length >= 2 || follower === '作' || follower === '说');
    // 全国劳动模范谭建军、湖南省劳动模范周敏等10余名劳模: a list of the honoured.
    const listed = strict && HONOURED_LIST.test(norm.slice(at + len, at + len + 16));
    if (verb || listed || (!strict && (next === undefined || /[,，。、;；:：!！?？)）”\s]/.test(next)))) return len;
  }
  return 0;
}

/** Callings rather than offices: a name after them must be followed by what the person did (选手陈园伟坦言). */
const CALLINGS = new Set([
  '劳模',
  '劳动模范',
  '全国劳模',
  '省劳模',
  '工匠',
  '选手',
  '参赛选手',
  '志愿者',
  '社工',
  '师傅',
  '老师',
  '获得者',
  '冠军',
  '委员',
  '医生',
  '医师',
  '教师',
  '讲师',
  '技师',
  '快递员',
  '外卖员',
  '网格员',
  '环卫工人',
]);

interface TitleHit {
  title: string;
  from: number;
  to: number;
}

function titlesIn(norm: string): TitleHit[] {
  const out: TitleHit[] = [];
  TITLE_PATTERN.lastIndex = 0;
  for (let m = TITLE_PATTERN.exec(norm); m; m = TITLE_PATTERN.exec(norm)) {
    out.push({ title: m[0], from: m.index, to: m.index + m[0].length });
  }
  return out;
}

/** Winning a place or a prize, right after a winner's name. */
const WINS =
  /(?=(?:获得|荣获|夺得|摘得|分获|分别获得)[^,，。;；]{0,16}?(?:第[一二三四五六七八九十]名|[一二三]等奖|冠军|亚军|季军|金奖|银奖|铜奖|优胜奖))/g;

/** Verbs of saying right after a speaker's name. */
const SPEAKS = /^(?:说|表示|坦言|感慨|笑着说|告诉记者|介绍说|深有感触地说)/;

/** Characters of a place name: a lead with one names another body, not an office of this one. */
const PLACE_CHARS = /[省市区县镇乡街村]/;

/** Builds the roles of a name from the chain of [organization] title (、|，) … right before it. */
function roleChain(
  norm: string,
  titles: readonly TitleHit[],
  last: TitleHit,
  orgs: readonly OrgMention[],
): RoleDraft[] {
  const chain: Array<{ hit: TitleHit; org?: OrgMention; lead: string }> = [];
  let current: TitleHit | undefined = last;
  while (current) {
    const hit: TitleHit = current;
    const org = orgs.find(
      (o) => o.to <= hit.from && hit.from - o.to <= 6 && !/[,，、。;；]/.test(norm.slice(o.to, hit.from)),
    );
    let lead = '';
    if (org) lead = norm.slice(org.to, hit.from);
    else {
      let a = hit.from;
      while (a > 0 && hit.from - a < 12 && !/[,，、。;；:：\s“”]/.test(norm[a - 1] as string)) a--;
      lead = norm.slice(a, hit.from);
    }
    const entry: { hit: TitleHit; org?: OrgMention; lead: string } = { hit, lead };
    if (org) entry.org = org;
    chain.unshift(entry);
    if (org) {
      // Keep walking left past the organization: 人大常委会副主任、市总工会主席 …
      const sep = norm[org.from - 1];
      if (sep !== '、' && sep !== ',' && sep !== '，') break;
      current = titles.find((t) => t.to === org.from - 1);
    } else {
      // 党组书记、副主席、书记处第一书记: an office within the body (书记处) keeps the chain going;
      // a lead naming a place (区委) starts another body, which we cannot name, so the chain ends.
      const at = hit.from - lead.length;
      const sep = norm[at - 1];
      if (PLACE_CHARS.test(lead) || (sep !== '、' && sep !== ',' && sep !== '，')) break;
      current = titles.find((t) => t.to === at - 1);
    }
  }
  const roles: RoleDraft[] = [];
  let org: OrgMention | undefined;
  for (const entry of chain) {
    if (entry.org) org = entry.org;
    const inherits = !entry.org && !PLACE_CHARS.test(entry.lead);
    const orgName = entry.org ? entry.org.name : inherits ? (org?.name ?? '') : '';
    const role = `${orgName}${entry.lead}${entry.hit.title}`;
    const draft: RoleDraft = { role: role === '总书记' ? '中共中央总书记' : role, title: entry.hit.title };
    const which = entry.org ?? (inherits ? org : undefined);
    if (which) draft.org = which;
    roles.push(draft);
  }
  return roles;
}

/**
 * Finds people named in one sentence through titles, 同志, 总书记 or an employer right before the name.
 *
 * @example
 * findPeople(sentence('市总工会主席李灿出席会议。'), orgs).map((p) => [p.name, p.roles[0]?.role])
 * // → [['李灿', '佛山市总工会主席']]
 */
export function findPeople(sentence: Sentence, orgs: readonly OrgMention[]): PersonDraft[] {
  const norm = sentence.norm;
  const out: PersonDraft[] = [];
  const titles = titlesIn(norm);
  for (const hit of on(R.titleBefore) ? titles : []) {
    if (hit.title === '总书记') continue;
    const len = nameAt(norm, hit.to, CALLINGS.has(hit.title));
    if (len === 0) continue;
    fired(R.titleBefore, 'person', norm.slice(hit.to, hit.to + len));
    out.push({
      name: norm.slice(hit.to, hit.to + len),
      roles: roleChain(norm, titles, hit, orgs),
      sentence,
      from: hit.to,
      to: hit.to + len,
    });
  }
  // The speaker of a quotation: “……。”王海涛说 (the quotation may end the sentence before).
  const quoteEnds = on(R.quoteSpeaker) ? [0, ...[...norm.matchAll(/”/g)].map((m) => (m.index ?? 0) + 1)] : [];
  for (const at of quoteEnds) {
    for (const len of [3, 2]) {
      const candidate = norm.slice(at, at + len);
      // A place speaking (高明表示) is a metonym for its government, not a person.
      if (!validName(candidate) || lookupPlace(candidate) || !SPEAKS.test(norm.slice(at + len))) continue;
      // At the start of a sentence, only a bare attribution: 王海涛说。 / 王海涛表示,…
      if (at === 0 && !new RegExp(`^.{${len}}(?:说|表示|坦言|感慨)(?:[。!！,，:：]|$)`).test(norm)) continue;
      fired(R.quoteSpeaker, 'person', candidate);
      out.push({ name: candidate, roles: [], sentence, from: at, to: at + len });
      break;
    }
  }
  // Name before 总书记 / 同志: 习近平总书记, 余华涛同志.
  for (const marker of on(R.comradeOrLeader) ? ['总书记', '同志'] : []) {
    for (let at = norm.indexOf(marker); at >= 0; at = norm.indexOf(marker, at + marker.length)) {
      for (const len of [3, 2]) {
        const candidate = norm.slice(at - len, at);
        // 相关负责同志, 有关领导同志: a description before 同志, not a name.
        if (at - len < 0 || !validName(candidate) || /(?:负责|领导|相关|有关)$/.test(norm.slice(0, at))) continue;
        const roles: RoleDraft[] = marker === '总书记' ? [{ role: '中共中央总书记', title: '总书记' }] : [];
        fired(R.comradeOrLeader, 'person', candidate);
        out.push({ name: candidate, roles, sentence, from: at - len, to: at });
        break;
      }
    }
  }
  // A winner: 炼油一部的刘志远获得第一名, 张丽萍、陈浩分获一、二名.
  for (const m of on(R.winner) ? norm.matchAll(WINS) : []) {
    const end = m.index ?? 0;
    for (const len of [3, 2]) {
      const from = end - len;
      const candidate = norm.slice(from, end);
      if (from < 0 || !validName(candidate) || lookupPlace(candidate)) continue;
      if (from > 0 && !/[的,，、:：\s]/.test(norm[from - 1] as string)) continue;
      fired(R.winner, 'person', candidate);
      if (!out.some((p) => p.from === from)) out.push({ name: candidate, roles: [], sentence, from, to: end });
      // 张丽萍、陈浩分获: the names listed before the winner won too.
      for (let at = from - 1; norm[at] === '、'; ) {
        const prevLen = [3, 2].find(
          (l) => validName(norm.slice(at - l, at)) && /[的,，、:：\s]/.test(norm[at - l - 1] ?? ','),
        );
        if (!prevLen) break;
        if (!out.some((p) => p.from === at - prevLen))
          out.push({ name: norm.slice(at - prevLen, at), roles: [], sentence, from: at - prevLen, to: at });
        at -= prevLen + 1;
      }
      break;
    }
  }
  // An employer right before a name: 推荐阳春新钢铁有限公司郭春光申报 ….
  for (const org of on(R.employerBefore) ? orgs : []) {
    if (org.kind !== 'company' && org.kind !== 'school') continue;
    const len = nameAt(norm, org.to);
    if (len > 0 && wordStartingAt(norm, org.to + len, FOLLOWERS)) {
      fired(R.employerBefore, 'person', norm.slice(org.to, org.to + len));
      out.push({ name: norm.slice(org.to, org.to + len), roles: [], sentence, from: org.to, to: org.to + len });
    }
  }
  return out;
}

/** Bylines in the text of captions and credits: 通讯员张希钰 摄. */
export function creditsIn(text: string): Array<{ name: string; title: string }> {
  const m = /((?:全媒体记者|本报记者|记者|通讯员|摄影)[\p{Script=Han}\s、·]{2,40}?)\s*(?:[/／]\s*)?摄\s*$/u.exec(text);
  if (m?.[1]) return parseByline(m[1]);
  return BYLINE_ROLES.some((r) => text.includes(r)) && !/[。！？]/.test(text) ? parseByline(text) : [];
}
