import { scanPlaces } from '../places/context.ts';
import { DATELINE_SOURCE, OUTLET_DATELINE_SOURCE, REPORTER_ROLE_SOURCE } from '../vocab/bylines.ts';
import type { Block } from './normalize.ts';

/**
 * Article segmentation: a page holds several articles, each a run of headline lines
 * followed by body paragraphs. A heading run starts a new article when the text after it
 * opens like a news item (本报讯, 记者…报道, a date such as 近日 or 10月29日), when the
 * previous article visibly ended (a byline or signature line), or when it is the first
 * thing on the page; otherwise it is a subheading inside the current article.
 */

export interface ArticleDraft {
  index: number;
  title: string;
  subtitle?: string;
  /** 本报讯 and the like. */
  dateline?: string;
  /** Byline as written (inside the dateline's parentheses, 记者…报道, or a byline line). */
  byline?: string;
  /** Trailing pen-name or author in parentheses. */
  signature?: string;
  /** Every signature in the article: a column of briefs signs each one (▲…。(刘某) ▲…。(王某)). */
  signatures: string[];
  /** Headline lines. */
  headings: Block[];
  /** Everything after the headline, in reading order. */
  blocks: Block[];
  /** The site's furniture around the article (来源/发布时间 lines, navigation, editor credits): kept, never read for entities. */
  furniture: Block[];
  /** Characters of the first text block taken by the dateline and byline. */
  leadSkip: number;
  start: number;
  end: number;
}

/** The signature a block is or ends with: a signature line, or a text's last sentence followed by (name). */
function signatureOf(block: Block): string | undefined {
  if (block.kind !== 'signature' && block.kind !== 'text') return undefined;
  const sig = SIGNATURE_TAIL.exec(block.text);
  if (!sig?.[1] || (block.kind === 'text' && !/[。！？!?]\s*[（(]/.test(block.text))) return undefined;
  return sig[1].trim();
}

const DATELINE = new RegExp(`^\\s*(${DATELINE_SOURCE})?\\s*`, 'u');
const BYLINE_ROLE = `(?:${REPORTER_ROLE_SOURCE})`;
const PAREN_BYLINE = new RegExp(`^[（(]\\s*(${BYLINE_ROLE}[^（）()]{1,60})[）)]\\s*`);
const REPORTED_BYLINE = new RegExp(`^(${BYLINE_ROLE}[\\p{Script=Han}·、\\s]{2,60}?)报道\\s*`, 'u');
/** 本报讯 刘某 邹某报道:…: names without a role, then 报道, after a dateline. */
const NAMES_REPORTED = /^((?:[\p{Script=Han}]{2,4}\s+){0,3}[\p{Script=Han}]{2,4})\s*报道\s*[:：]?\s*/u;
/** 本报讯  全媒体记者甲  通讯员乙  近日…: roles and names set off by spaces after a dateline. */
const SPACED_BYLINE = new RegExp(`^((?:${BYLINE_ROLE}\\s*[\\p{Script=Han}·]{2,4}\\s+)+)`, 'u');
const DATE_LEAD =
  /^[^，,。]{0,12}?(?:近日|日前|近期|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)/;
const SIGNED_END = /[。！？!?]\s*[（(][^（）()]{2,16}[）)]\s*$/;
const SIGNATURE_TAIL = /[（(]([^（）()]{2,16})[）)]\s*$/;

interface Lead {
  dateline?: string;
  byline?: string;
  skip: number;
}

/** Reads 本报讯(记者甲 通讯员乙) / 本报讯 记者甲报道 / 记者甲 通讯员乙报道 off the start of a paragraph. */
export function readLead(text: string): Lead {
  const lead: Lead = { skip: 0 };
  const dl = DATELINE.exec(text);
  let pos = 0;
  if (dl?.[1]) {
    lead.dateline = dl[1];
    pos = dl[0].length;
  }
  const rest = text.slice(pos);
  const paren =
    PAREN_BYLINE.exec(rest) ??
    REPORTED_BYLINE.exec(rest) ??
    (lead.dateline ? (SPACED_BYLINE.exec(rest) ?? NAMES_REPORTED.exec(rest)) : null);
  if (paren?.[1]) {
    lead.byline = paren[1].trim();
    pos += paren[0].length;
  }
  lead.skip = pos;
  return lead;
}

function opensArticle(block: Block | undefined): boolean {
  if (block?.kind !== 'text') return false;
  const lead = readLead(block.norm);
  if (lead.dateline || lead.byline) return true;
  return DATE_LEAD.test(block.norm);
}

/** A line that only names a place or body (东莞市大岭山镇, 广州市番禺区总工会): half of a two-line headline. */
const NAME_LINE = /(?:市|区|县|镇|街道|工会|：|:)$/;
/** A headline line that stops at its verb (某某总工会召开): the next line is its object. */
const VERB_LINE =
  /(?:召开|举办|举行|开展|启动|部署|推进|发布|表彰|慰问|看望|走访|调研|组织|成立|签署|签订|揭牌|授牌|出台|印发)$/;

function headlineOf(headings: readonly Block[]): { title: string; subtitle?: string } {
  if (headings.length === 0) return { title: '' };
  // The main line names who did what (中山市总工会召开…); kickers and slogans around it do not.
  // A web page marks its headline by the meta line under it; else the main line names who did what.
  let main = headings.findIndex((h) => h.title);
  if (main < 0)
    main = headings.findIndex(
      (h) => h.text.length >= 8 && (scanPlaces(h.norm).length > 0 || /工会|公司|协会/.test(h.norm)),
    );
  if (main < 0) {
    main = 0;
    headings.forEach((h, i) => {
      if (h.text.length > (headings[main] as Block).text.length) main = i;
    });
  }
  const used = new Set([main]);
  let title = (headings[main] as Block).text;
  const before = headings[main - 1];
  const after = headings[main + 1];
  if (after && VERB_LINE.test(title) && after.norm !== (headings[main] as Block).norm) {
    // 南京市总工会召开 / 十五届五次全委会议: a headline broken after its verb reads on.
    title = `${title}${after.text}`;
    used.add(main + 1);
  } else if (before && VERB_LINE.test(before.text)) {
    title = `${before.text}${title}`;
    used.add(main - 1);
  } else if (title.length <= 12 && NAME_LINE.test(title) && after) {
    title = `${title.replace(/[：:]$/, '')} ${after.text}`;
    used.add(main + 1);
  } else if (before && before.text.length <= 12 && NAME_LINE.test(before.text)) {
    title = `${before.text.replace(/[：:]$/, '')} ${title}`;
    used.add(main - 1);
  }
  title = title.replace(/[：:]$/, '');
  const subtitle = headings
    .filter((_, i) => !used.has(i))
    .map((h) => h.text)
    .join(' ');
  return subtitle ? { title, subtitle } : { title };
}

function spanOf(blocks: readonly Block[]): { start: number; end: number } {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const b of blocks) {
    start = Math.min(start, b.offsets[0] ?? 0);
    end = Math.max(end, b.offsets[b.text.length] ?? 0);
  }
  return { start: Number.isFinite(start) ? start : 0, end };
}

/** A paragraph that opens with a dateline, the paper's own or another outlet's. */
const DATED = new RegExp(`^(?:${DATELINE_SOURCE}|${OUTLET_DATELINE_SOURCE})`, 'u');

/**
 * A deck between the headline and the dated first paragraph (王某讲话 李某主持 …出席):
 * a short line with no sentence end is part of the headline, so the lead is the dated paragraph.
 * Short lines of one sentence there (业务技能竞赛上选手们正在紧张比拼。集体合影。) are the captions of
 * the photos a web page sets above its text.
 */
function withDeck(blocks: Block[]): Block[] {
  const texts = blocks.filter((b) => b.kind === 'text');
  const datedAt = texts.findIndex((b) => DATED.test(b.norm));
  if (datedAt < 1 || datedAt > MAX_LINES_ABOVE_LEAD) return blocks;
  const above = texts.slice(0, datedAt);
  if (above.some((b) => b.norm.length > 80)) return blocks;
  const kinds = new Map<Block, Block['kind']>();
  for (const b of above) {
    if (!/[。！？!?]/.test(b.norm)) kinds.set(b, 'heading');
    else if (b.norm.length <= CAPTION_LONGEST && ONE_SENTENCE.test(b.norm)) kinds.set(b, 'caption');
    else return blocks;
  }
  return blocks.map((b) => {
    const kind = kinds.get(b);
    return kind ? { ...b, kind } : b;
  });
}
/** How many short lines a page may set between its headline and its dated lead. */
const MAX_LINES_ABOVE_LEAD = 4;
const CAPTION_LONGEST = 40;
const ONE_SENTENCE = /^[^。！？!?]+[。！？!?]$/;

function finish(index: number, headings: Block[], body: Block[], furniture: Block[] = []): ArticleDraft {
  const blocks = withDeck(body);
  const { title, subtitle } = headlineOf(headings);
  const span = spanOf([...headings, ...blocks]);
  const signatures = blocks.flatMap((b) => signatureOf(b) ?? []);
  const draft: ArticleDraft = { index, title, headings, blocks, furniture, signatures, leadSkip: 0, ...span };
  if (subtitle) draft.subtitle = subtitle;
  const first = blocks.find((b) => b.kind === 'text');
  if (first) {
    const lead = readLead(first.norm);
    draft.leadSkip = lead.skip;
    if (lead.dateline) draft.dateline = lead.dateline;
    if (lead.byline)
      draft.byline = first.text.slice(
        first.norm.indexOf(lead.byline),
        first.norm.indexOf(lead.byline) + lead.byline.length,
      );
  }
  const bylineBlock = blocks.find((b) => b.kind === 'byline');
  if (!draft.byline && bylineBlock) draft.byline = bylineBlock.text.replace(/^[■▲●◆]\s*/, '');
  const signature = [...blocks].reverse().find((b) => b.kind === 'signature' || b.kind === 'text');
  const sig = signature ? signatureOf(signature) : undefined;
  if (sig) draft.signature = sig;
  if (!draft.title && first) draft.title = first.text.slice(draft.leadSkip, draft.leadSkip + 30);
  return draft;
}

/**
 * Groups a page's blocks into articles.
 *
 * @example
 * segmentArticles(normalizePage('标题一\n\n本报讯 近日,甲召开会议。\n\n标题二\n\n本报讯 5月1日,乙举办活动。'))
 *   .map((a) => a.title) // → ['标题一', '标题二']
 */
export function segmentArticles(blocks: readonly Block[]): ArticleDraft[] {
  const articles: ArticleDraft[] = [];
  let headings: Block[] = [];
  let body: Block[] = [];
  let furniture: Block[] = [];
  let ended = true;
  const flush = (): void => {
    const last = articles.at(-1);
    if (body.some((b) => b.kind === 'text')) articles.push(finish(articles.length, headings, body, furniture));
    else if (last) {
      last.blocks.push(...headings, ...body);
      last.furniture.push(...furniture);
    } else if (headings.length > 0 || body.length > 0) articles.push(finish(0, headings, body, furniture));
    else return;
    headings = [];
    body = [];
    furniture = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind === 'furniture') {
      furniture.push(block);
      continue;
    }
    if (block.kind !== 'heading') {
      body.push(block);
      if (block.kind === 'text') ended = SIGNED_END.test(block.norm);
      if (block.kind === 'signature' || block.kind === 'byline') ended = true;
      continue;
    }
    // A run of heading lines (a site's meta line between them does not break it): does it open a new article?
    let j = i;
    while (j < blocks.length && /^(?:heading|furniture)$/.test((blocks[j] as Block).kind)) j++;
    while (j > i && (blocks[j - 1] as Block).kind === 'furniture') j--;
    const run = blocks.slice(i, j).filter((b) => b.kind === 'heading');
    const runFurniture = blocks.slice(i, j).filter((b) => b.kind === 'furniture');
    const nextText = findFrom(blocks, j, (b) => b.kind === 'text' || b.kind === 'heading');
    const feature = run.some((h) => /[：:]$/.test(h.text));
    // A byline right under a headline (记者 孙立) opens a news item as surely as 本报讯 does.
    const bylined = findFrom(blocks, j, (b) => b.kind !== 'furniture')?.kind === 'byline';
    if (ended || feature || bylined || opensArticle(nextText) || body.length === 0) {
      if (body.length > 0 || articles.length > 0 || headings.length > 0) flush();
      headings.push(...run);
      ended = false;
    } else {
      body.push(...run);
    }
    furniture.push(...runFurniture);
    i = j - 1;
  }
  flush();
  if (furniture.length > 0) articles.at(-1)?.furniture.push(...furniture);
  return articles.map((a, index) => ({ ...a, index }));
}

/** The first block from `from` on that passes `test` (without copying the rest of a long page's blocks). */
function findFrom(blocks: readonly Block[], from: number, test: (b: Block) => boolean): Block | undefined {
  for (let k = from; k < blocks.length; k++) if (test(blocks[k] as Block)) return blocks[k];
  return undefined;
}
