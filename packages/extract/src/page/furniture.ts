import { defineRules, on } from '../rules/registry.ts';
import * as F from '../vocab/furniture.ts';

/**
 * Site furniture, read by shape: the lines a news site or e-paper prints around an article
 * (navigation bars, breadcrumbs, 来源/发布时间/浏览次数 lines, 【字体:大 中 小】, share buttons,
 * editor credits, related-link lists). Lines are given
 * folded (simplified, ASCII punctuation). Furniture never yields entities.
 */

const R = defineRules({
  noHan: {
    id: 'page.no-han',
    does: 'a line without a Chinese character is furniture (???, - +1, 2023, 08-06, image file names)',
    example: 'r4_06: 2023 / 08-06 over the headline; r1_14: a376ee6e….png',
    counterexample: '000: 10月29日,佛山… (text with figures has Chinese around them)',
  },
  markup: {
    id: 'page.markup',
    does: 'a line carrying a page’s markup (an HTML comment or tag left in the text) is furniture',
    example: 'unseen e-paper: --> 2024-04-29 2 2 临夏民族日报 content_112452.html 1 2024年…召开 /enpproperty-->',
    counterexample: '000: 《工人日报》 (book-title marks are not tags)',
  },
  meta: {
    id: 'page.meta-line',
    does: 'a short line of label:value pairs (来源:, 发布时间:, 浏览次数:, 作者:, 责任编辑:) is the site’s meta line',
    example: 'r2_11: 2019-04-25 08:29:51 来源: 泉州晚报; r1_14: 来源: 发布时间:2021-12-18 … 浏览次数:',
    counterexample: 'r1_02: 原题/導語 lines and sentences ending in 。 are text',
  },
  controls: {
    id: 'page.controls',
    does: 'a line made only of control words and labels (【字体:大 中 小】, 分享到 | 更多, 放大图片, 推荐阅读)',
    example: 'r4_13: 【打印】 【投稿】 【推薦】 【關閉】; r3_11: 字體:',
    counterexample: 'r4_03: 为全国金融系统劳模(工匠)代表颁发纪念品 (a caption, words not all controls)',
  },
  nav: {
    id: 'page.nav-bar',
    does: 'a line of short link items between separators (首页|新闻|图片, 新华网 > 安徽频道 > 正文) or nav words',
    example: 'r1_04: 首页|新闻|图片|评论|共青团; r2_06: 要聞 人事 政情 本網 旅遊 圖片',
    counterexample: 'r3_06: 1  省总工会女职工委员会在广州召开… (a list item with a sentence)',
  },
  related: {
    id: 'page.related-links',
    does: 'short link lines, and teasers cut off with …, after 相关阅读/推荐阅读/新闻推荐/热门资讯 are other articles',
    example:
      'r2_06: 整合閱讀 • 【圖片故事】電網“花木蘭”的剛與柔; r2_11: 相关阅读; unseen: 新闻推荐 + a teaser ending in ...',
    counterexample: 'r4_09: 获得2013年全国五一劳动奖章的民进会员有: (a list inside the article)',
  },
  bullets: {
    id: 'page.bullet-links',
    does: 'a run of four or more short bulleted lines without a sentence (• 头条 / · 某县开展…) is a list of links',
    example: 'unseen Macau portal: • 雷暴警告生效 • 港股高開0.3% …; unseen union site: ·天津6部门开展60天专项检查 …',
    counterexample: 'r2_06: 整合閱讀 • 【圖片故事】… (one bulleted link, read by its label)',
  },
});

const HAN = /\p{Script=Han}/u;
const SENTENCE_END = /[。!?！？]/;
const CONTROL = new Set(F.CONTROL_LINES);
const NAV = new Set(F.NAV_WORDS);
const RELATED = new Set(F.RELATED_LABELS);
const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
// A label closed by a colon, or by the bracket it opens in (【发布时间】2016-12-31 【点击率】162次).
const META_START = new RegExp(`^[-—•·\\s(\\[【]*(?:${alt(F.META_LABELS)})\\s*[:】]`);
const META_INSIDE = new RegExp(`(?:${alt(F.META_ANYWHERE)})\\s*(?::|(?<=【(?:${alt(F.META_ANYWHERE)}))】)`);
const COUNTER = new RegExp(
  `\\d+\\s*次?\\s*(?:${alt(F.COUNTER_WORDS)})|(?:${alt(F.COUNTER_WORDS)})\\s*:?\\s*\\d+|\\d+\\s*(?:${alt(F.PAGER_WORDS)})`,
);
/** A channel of a site (青海频道, 中国工会新闻, 某某网) as a navigation item. */
const CHANNEL_ITEM = /(?:频道|新闻|网)$/;
const SEPARATOR = /\s*(?:>>|[|｜>»›])\s*/;

/** A line's tokens, split at spaces, colons and brackets (【字体:大 中 小】 → 字体 大 中 小). */
function tokens(text: string): string[] {
  return text.split(/[\s:【】[\]()•·|]+/).filter(Boolean);
}

function isMeta(text: string): boolean {
  // Both label regexes end in a colon or a closing 】: a line with neither is not searched for labels.
  const labelled = text.includes(':') || text.includes('】');
  return (labelled && (META_START.test(text) || META_INSIDE.test(text))) || (text.length <= 30 && COUNTER.test(text));
}

function isControls(text: string): boolean {
  if (text.length > 40) return false;
  const list = tokens(text);
  return CONTROL.has(text.replace(/\s+/g, '')) || (list.length > 0 && list.every((t) => CONTROL.has(t)));
}

const HAS_SEPARATOR = /[|｜>»›]/;

/** One short phrase printed three times or more (中国工会新闻中国工会新闻中国工会新闻): a channel's banner. */
const REPEATED_BANNER = /^(.{2,10}?)\1\1/u;

function isNavBar(text: string): boolean {
  if (REPEATED_BANNER.test(text)) return true;
  // 当前位置:中工网工会频道工会新闻-正文: a labelled breadcrumb, whatever its separators.
  if (text.length <= 60 && F.BREADCRUMB_LABELS.some((w) => text.startsWith(w)) && LABELLED.test(text)) return true;
  if (HAS_SEPARATOR.test(text)) {
    const items = text.split(SEPARATOR).filter(Boolean);
    const separators = items.length - 1;
    const navLike = items.some((i) => NAV.has(i) || CONTROL.has(i) || CHANNEL_ITEM.test(i));
    if (separators >= 1 && F.BREADCRUMB_LABELS.some((w) => text.startsWith(w))) return true;
    if (separators >= 2) {
      const mean = items.reduce((n, i) => n + i.length, 0) / items.length;
      if (mean <= 10 || navLike) return true;
    }
    if (separators === 1 && navLike && text.length <= 24) return true;
  }
  // 要闻 人事 政情 本网 旅游 图片: short words between spaces, most of them a site's sections.
  if (text.length > 40 || !text.includes(' ')) return false;
  const words = text.split(/\s+/).filter(Boolean);
  return (
    words.length >= 4 && words.every((w) => w.length <= 4) && words.filter((w) => NAV.has(w)).length * 2 >= words.length
  );
}

/**
 * Whether a line (folded) is site furniture by its own shape.
 *
 * @example
 * isFurnitureLine('来源: 发布时间:2021-12-18 13:10:53 浏览次数:') // → true
 * isFurnitureLine('首页|新闻|图片|评论') // → true
 * isFurnitureLine('10月29日,佛山市总工会召开推进会。') // → false
 */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (on(R.noHan) && !HAN.test(text)) return true;
  // (A paragraph of prose a stray tag is left in, as one-line pages carry them, stays the news.)
  if (on(R.markup) && MARKUP.test(text) && !isProse(text.replace(MARKUP_ALL, ''))) return true;
  // 版权声明:凡注明…: a notice, however long, states nothing about the news.
  if (on(R.meta) && DISCLAIMER.test(text)) return true;
  // 这个slideshow需要JavaScript。: a short notice that a part of the page needs a script.
  if (on(R.meta) && text.length <= 60 && F.SCRIPT_NOTICE.test(text)) return true;
  // 本文共有 555 个字,阅读大概需要 2 分钟: the page's count of its own length.
  if (on(R.meta) && text.length <= 60 && text.includes('阅读') && F.READING_NOTICE.test(text)) return true;
  // Furniture states no facts: a line with a full stop, or a long one, is text.
  if (SENTENCE_END.test(text) || text.length > 200) return false;
  // 新浪公司 版权所有, 某市委员会主办 某办公室维护管理: a site's footer, who owns and runs it.
  if (on(R.meta) && text.length <= 120 && (FOOTER_MARK.test(text) || SITE_CREDIT.test(text))) return true;
  if (on(R.meta) && text.length <= 100 && (isMeta(text) || F.VIEWING_WORDS.some((w) => text.includes(w)))) return true;
  if (on(R.controls) && isControls(text)) return true;
  if (on(R.nav) && isNavBar(text)) return true;
  return false;
}

const FOOTER_MARK = new RegExp(alt(F.FOOTER_MARKS), 'i');
/** A line of bodies that ends in what they do for the site, with no list or clause of a sentence in it (由…主办). */
const SITE_CREDIT = new RegExp(`^[^,，、由]{4,80}(?:${alt(F.SITE_CREDIT_ENDINGS)})$`);

/** A copyright or disclaimer label and its colon at the start of a line. */
const DISCLAIMER = new RegExp(`^(?:${F.DISCLAIMER_LABELS.join('|')})\\s*[:：]`);

/** A label and its colon at the start of a line (当前位置:). */
const LABELLED = /^[^:：]{1,6}[:：]/;

/** An HTML comment's or tag's marks left in the text (<!--, -->, <p>, </div>). */
const MARKUP = /<!--|-->|<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>/i;
const MARKUP_ALL = new RegExp(MARKUP.source, 'gi');
/** Sentences of prose: two closed by a full stop, sixty characters of Han at least. */
const isProse = (text: string): boolean =>
  (text.match(/[。！？!?]/g)?.length ?? 0) >= 2 && (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 60;

/** The kind of line the page-level passes need to see. */
export interface FurnitureLine {
  norm: string;
  furniture: boolean;
}

/**
 * Marks the furniture only the lines around show: the short link lines after 相关阅读 or
 * 推荐阅读 (titles of other articles), up to the next paragraph, and runs of bulleted links.
 *
 * @example
 * const lines = ['相关阅读', '某县开展技能竞赛', '正文继续。'].map((norm) => ({ norm, furniture: false }));
 * markRelatedLinks(lines); lines[1].furniture // → true
 */
export function markRelatedLinks(lines: FurnitureLine[]): void {
  let related = false;
  for (const line of lines) {
    const t = line.norm.trim();
    if (t.length <= 12 && RELATED.has(tokens(t).join(''))) related = on(R.related);
    else if (related && ((t.length <= 40 && !SENTENCE_END.test(t)) || TEASER_END.test(t))) line.furniture = true;
    else if (!line.furniture) related = false;
  }
  if (on(R.bullets)) markBulletRuns(lines);
}

/** A teaser of another article, cut off with an ellipsis (…将... / …的…). */
const TEASER_END = /(?:\.{3}|…)$/;

/** A short bulleted line that states no sentence: an item of a list of links. */
const BULLET_ITEM = new RegExp(`^[${F.BULLET_MARKS.join('')}]\\s*[^,，。;；]{2,30}$`);

/**
 * A line a dash opens with a date or a rank before a headline (- 2025/7/8 某市…托管班开班, - 3 2025年…活动举行):
 * an item of a list of links a page scraped as text writes that way.
 */
const DASHED_LINK_ITEM = new RegExp(
  `^[${F.DASH_MARKS.join('')}]\\s*(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}(?=\\s))\\s*[^。;；]{2,80}$`,
);
const linkItem = (line: FurnitureLine): boolean => {
  const text = line.norm.trim();
  return BULLET_ITEM.test(text) || DASHED_LINK_ITEM.test(text);
};

/** Runs of four or more bulleted link items (a portal's headlines, a site's menu) are furniture. */
function markBulletRuns(lines: FurnitureLine[]): void {
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && linkItem(lines[j] as FurnitureLine)) j++;
    if (j - i >= 4) for (let k = i; k < j; k++) (lines[k] as FurnitureLine).furniture = true;
    i = Math.max(j, i + 1);
  }
}
