import { isDigit } from '../page/chars.ts';
import type { Sentence } from '../page/sentences.ts';
import { enclosureAt, stripQuotes, wordEndingAt, wordStartingAt } from '../page/spans.ts';
import type { MetricQualifier } from '../types.ts';
import { applyMagnitude, parseNumberToken } from './numbers.ts';
import { canonicalUnit, UNIT_FORMS } from './units.ts';

/**
 * Metrics: quantities stated as facts or targets (276名骨干人才, 投入资金23万元,
 * 占比超过35%). Dates, years, ordinals (第十六届), numbers inside names (“12635”) and
 * 一 used as an article (一个缩影) are not metrics.
 */
export interface MetricDraft {
  value: number;
  unit: string;
  qualifier: MetricQualifier;
  subject: string;
  text: string;
  isTarget: boolean;
  isChange: boolean;
  year?: number;
  sentence: Sentence;
  /** Span of the number text inside the sentence. */
  from: number;
  to: number;
}

// Units that a report writes for dates and durations of plans (2025年, 10月29日, 三年行动) rather than counts.
const SKIPPED_UNITS = new Set(['年', '日']);
const UNIT_ALT = UNIT_FORMS.filter((u) => !SKIPPED_UNITS.has(u))
  .map((u) => u.replace(/[%]/g, '\\$&'))
  .join('|');
const QUANTITY = new RegExp(
  `(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万亿]+)\\s?(多|余)?(千万|百万|万|亿|千)?(多|余)?(${UNIT_ALT})(以上|以下|左右)?`,
  'g',
);

const UNIT_CHARS = new Set(UNIT_FORMS.filter((u) => u.length === 1));

const BEFORE_QUALIFIERS: ReadonlyArray<[string, MetricQualifier]> = [
  ['不少于', 'atLeast'],
  ['不低于', 'atLeast'],
  ['超过', 'atLeast'],
  ['突破', 'atLeast'],
  ['不超过', 'atMost'],
  ['不到', 'atMost'],
  ['不足', 'atMost'],
  ['逾', 'atLeast'],
  ['超', 'atLeast'],
  ['近', 'atMost'],
  ['约', 'approximate'],
];

const TARGET_WORDS = /计划|力争|目标|争取|预计|将达|拟|到20\d\d年|至20\d\d年|谋划|将/;
const CHANGE_WORDS = /(?:增长|提高|提升|下降|减少|增加|上升|降低|同比|环比)$/;

/** Words that may follow a count directly and are not what is counted. */
const AFTER_STOPS = new Set(
  (
    '参与 参加 获得 获评 获 分获 荣获 协同 同台 参赛 报名 在 和 及 与 或 等 的 为 被 将 已 均 共 实现 完成 开展 进行 中 用于 ' +
    '得到 受益 覆盖 到 以 从 是 作为 组建 成立 加入 入驻 同时 结对 签约 走进 深入 来自 积极 纷纷 踊跃 相继 先后 分别 接受 获批 通过 被评为 入选 喜结良缘'
  ).split(' '),
);

/** Verbs after which the counted noun starts (开展|宣讲活动75场). */
const ACTION_VERBS = new Set(
  (
    '开展 举办 组织 承办 主办 培训 培育 培养 招募 遴选 组建 创建 建成 建设 打造 签订 调处 处置 化解 帮扶 慰问 走访 服务 投入 发放 ' +
    '募集 筹集 资助 奖补 补助 评选出 评选 选出 推荐 吸引 带动 开设 开发 设置 设立 开通 改造 升级 制定 出台 印发 发布 完成 实现 ' +
    '有 覆盖 新增 累计 共计 共有 拥有 现有 获评 获得 荣获 涉及 参与 参加 包括 涵盖 举行 召开 走进 深入 解决 协助 报销 救助 接待 受理 ' +
    '办理 提供 惠及 促成 吸纳 新建 送去 送出 捐赠 捐助 用于 配备 聘请 邀请 招聘 认定 命名 表彰 选树 培树 征集 收集 排查 落实 推出 上线 累计为 达到 达'
  ).split(' '),
);

const LEADING_NOISE =
  /^(?:其中|全市|全区|全县|全省|全国|全镇|每年|每月|每季度|每周|年均|累计|共计|共有|拥有|现有|共|已|还|并|同时|目前|今年|去年|近年来|近五年来|此外|另外|[\d]{4}\s?年(?:以来|度)?|年|该|本次|此次)+/;
const TRAILING_NOISE =
  /(?:达到|达|为|是|有|共|约|近|超过|超|突破|逾|不少于|不低于|不到|不足|将|已|分别|总计|合计|累计|共计|增长|提高|提升|同比|覆盖|惠及|涉及|价值)+$/;

/** Nouns that head a counted group; the subject stops after the first one (2万名职工参与培训 → 职工). */
const HEAD_NOUNS =
  /^.*?(?:职工|人员|人才|员工|工人|选手|会员|志愿者|劳动者|企业|单位|家庭|学员|群众|农民工|代表|运动员|队员|青年|学生|干部|党员|骨干|工匠|能手|标兵|劳模)/;

function qualifierBefore(norm: string, at: number): { qualifier: MetricQualifier; length: number } | undefined {
  for (const [word, qualifier] of BEFORE_QUALIFIERS) {
    if (norm.startsWith(word, at - word.length)) return { qualifier, length: word.length };
  }
  return undefined;
}

function isPunct(ch: string | undefined): boolean {
  return ch === undefined || /[,，。.、;；:：!！?？()（）《》“”"\s—·]/.test(ch);
}

function afterPhrase(norm: string, from: number): string {
  let i = from;
  // A quoted name right after the count is the subject (30余名“空中工匠”).
  if (norm[i] === '“') {
    const close = norm.indexOf('”', i + 1);
    if (close > i + 1 && close - i <= 16) return norm.slice(i + 1, close);
  }
  // 价值5万元的慰问品: what the figure measures follows 的.
  if (norm[i] === '的' && !isPunct(norm[i + 1])) i++;
  let out = '';
  while (i < norm.length && out.length < 14) {
    const ch = norm[i] as string;
    if (ch === '“' || ch === '”') {
      i++;
      continue;
    }
    // A short bracket inside the counted noun belongs to it: 4个镇(街道)总工会.
    if (ch === '(' && out.length > 0) {
      const close = norm.indexOf(')', i);
      if (close > i && close - i <= 6) {
        out += norm.slice(i, close + 1);
        i = close + 1;
        continue;
      }
    }
    if (isPunct(ch) || isDigit(ch)) break;
    if (out.length > 0 && wordStartingAt(norm, i, AFTER_STOPS)) break;
    if (out.length === 0 && wordStartingAt(norm, i, AFTER_STOPS)) return '';
    out += ch;
    i++;
  }
  const head = HEAD_NOUNS.exec(out);
  return head && head[0].length >= 2 ? head[0] : out;
}

/** Words that say how much but not of what. */
const BARE_MEASURE = /^(?:人数|人次|总数|数量|总量|规模|比例|比重)$/;

function beforePhrase(norm: string, to: number): string {
  let a = to;
  while (a > 0 && to - a < 30) {
    const ch = norm[a - 1] as string;
    // A previous figure ends the phrase too (22个部门和|4个镇…).
    if (/[,，。;；:：!！?？、]/.test(ch) || isDigit(ch) || (isDigit(norm[a - 2]) && UNIT_CHARS.has(ch))) break;
    a--;
  }
  let phrase = norm.slice(a, to);
  const etc = phrase.lastIndexOf('等');
  if (etc >= 0 && etc < phrase.length - 2) phrase = phrase.slice(etc + 1);
  phrase = phrase.replace(TRAILING_NOISE, '').replace(LEADING_NOISE, '');
  // Cut after the last action verb, when a noun remains (开展宣讲活动 → 宣讲活动).
  for (let end = phrase.length - 1; end >= 1; end--) {
    const verb = wordEndingAt(phrase, end, ACTION_VERBS, 3);
    // 职工参与人数: a bare measure (人数, 总量) needs who or what it measures, so keep the phrase.
    if (verb && phrase.length - end >= 2 && !BARE_MEASURE.test(phrase.slice(end))) {
      phrase = phrase.slice(end);
      break;
    }
  }
  phrase = phrase.replace(LEADING_NOISE, '').replace(/^(?:为|的|了|对|向|和|及|与|或)/, '');
  return stripQuotes(phrase.replace(/\([^)]*\)$/, '')).trim();
}

function yearIn(norm: string, before: number): number | undefined {
  const re = /(20\d\d|19\d\d)\s?年/g;
  let year: number | undefined;
  for (let m = re.exec(norm); m && m.index < before; m = re.exec(norm)) year = Number(m[1]);
  return year;
}

/** A number token that is part of a date, an ordinal, a code or an idiom rather than a count. */
function isExcluded(norm: string, m: RegExpExecArray, unit: string): boolean {
  const at = m.index;
  const token = m[1] as string;
  const prev = norm[at - 1];
  if (prev === '第' || prev === '.' || isDigit(prev) || prev === '+' || prev === '-') return true;
  if (token === '一' || token === '〇' || token === '零') return true;
  if (/^[十百千万亿]$/.test(token) && !m[5]) return true;
  const end = at + m[0].length;
  const next = norm.slice(end, end + 3);
  if (unit === '人' && m[5] === '位' && next.startsWith('一体')) return true;
  // 提高12个百分点: percentage points are no unit of the canon, and no count of anything.
  if (next.startsWith('百分点')) return true;
  if ((m[5] === '次' || m[5] === '届') && /^(?:全委|全体|会议|常委|代表|党代|委员|执委|理事|会员)/.test(next))
    return true;
  if (m[5] === '届' && !/(?:连续|共|已|累计)$/.test(norm.slice(Math.max(0, at - 2), at))) return true;
  if (/^[一二三四五六七八九十]+$/.test(token) && /^(?:[次届])/.test(m[5] ?? '') && /^[一二三四五六七八九十]/.test(next))
    return true;
  const enc = enclosureAt(norm, at);
  if (enc.book) return true;
  // A number inside a short quotation is part of a name (“12635”产业体系); inside quoted speech it is a figure.
  if (!enc.quote) return false;
  const open = norm.lastIndexOf('“', at);
  const close = norm.indexOf('”', at);
  return close < 0 || close - open <= 16;
}

/**
 * Finds the metrics stated in one sentence.
 *
 * @example
 * findMetrics(sentence('目前,佛山技能人才达149.6万人。'))[0] // → { value: 1496000, unit: '人', subject: '技能人才', … }
 */
export function findMetrics(sentence: Sentence): MetricDraft[] {
  const norm = sentence.norm;
  const out: MetricDraft[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(norm); m; m = QUANTITY.exec(norm)) {
    const unitForm = m[5] as string;
    const unit = canonicalUnit(unitForm);
    if (!unit || isExcluded(norm, m, unit)) continue;
    const base = parseNumberToken(m[1] as string);
    if (base === undefined || base === 0) continue;
    const value = applyMagnitude(base, m[3] ?? '');
    let qualifier: MetricQualifier = 'exact';
    const before = qualifierBefore(norm, m.index);
    if (before) qualifier = before.qualifier;
    if (m[2] || m[4] || m[6] === '以上') qualifier = 'atLeast';
    if (m[6] === '以下') qualifier = 'atMost';
    if (m[6] === '左右') qualifier = 'approximate';
    const start = m.index - (before?.length ?? 0);
    const end = m.index + m[0].length;
    const prefix = norm.slice(0, m.index);
    const draft: MetricDraft = {
      value,
      unit,
      qualifier,
      subject: '',
      text: sentence.text.slice(start, end),
      isTarget: TARGET_WORDS.test(prefix),
      isChange: unit === '%' && CHANGE_WORDS.test(norm.slice(Math.max(0, start - 4), start)),
      sentence,
      from: start,
      to: end,
    };
    const year = yearIn(norm, m.index);
    if (year !== undefined) draft.year = year;
    draft.subject = subjectFor(norm, start, end, unit, out.at(-1));
    out.push(draft);
  }
  return out;
}

/** An honour the counted won (12家企业获评省市级“模范职工之家”): what the figure is about. */
const HONOUR_AFTER = /^(?:获评|荣获|获得|被评为|被授予|被命名为|入选)(?:为)?([^,，。;；、]{2,20})/;

function subjectFor(norm: string, start: number, end: number, unit: string, previous: MetricDraft | undefined): string {
  // A bracket or figure left over from a column break or a comparison (前(2020年)增长) is no subject.
  const before = beforePhrase(norm, start).replace(/^[^\p{Script=Han}“]+/u, '');
  if (unit === '%') {
    const changeOnly = before === '' || /^(?:同比|比|较)/.test(before) || /^(?:增长|提高|提升|下降|减少)$/.test(before);
    if (changeOnly && previous) return previous.subject;
    // 高技能人才11.5万人,占比30.1%: the share is of the figure before.
    if (/^(?:占比|比重|比例)$/.test(before) && previous) return `${previous.subject}${before}`;
    if (before) return before;
  }
  const after = afterPhrase(norm, end);
  const honour = HONOUR_AFTER.exec(norm.slice(end + after.length));
  if (honour?.[1] && unit !== '%') return stripQuotes(honour[1]);
  if (after.length >= 2) return after;
  return before || after;
}
