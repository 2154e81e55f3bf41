import { foldText } from '@reportgraph/contract';
import {
  DATELINE_SOURCE,
  OUTLET_DATELINE_SOURCE,
  OUTLET_SOURCE,
  PHOTOGRAPHER_AFTER_SOURCE,
  REPORTER_ROLE_SOURCE,
  REPORTER_ROLES,
  STATIONED_SOURCE,
} from '../vocab/bylines.ts';
import { DAY_PARTS } from '../vocab/events.ts';
import { Lexicon } from '../vocab/lexicon.ts';
import { CLOSERS, CONTINUING, isHan, isSpace } from './chars.ts';
import { stripDoubledMarks } from './doubled-marks.ts';
import { isFurnitureLine, markRelatedLinks } from './furniture.ts';
import { stripGlosses } from './glosses.ts';
import { stripNumberPadding } from './padding.ts';
import { stripAgain } from './stripped.ts';
import { foldVariants, foldZhe } from './variants.ts';

/**
 * Page normalization: turns raw page text into blocks (paragraphs, headings, captions,
 * photo credits, bylines, signatures). Hard wraps are joined, paragraphs split by a
 * column break or by a photo caption dropped mid-sentence are mended, and every block
 * keeps a map from its characters back to offsets in the source text.
 */

/** `furniture` is the page's own apparatus: the paper's name and date line, editors, page numbers. */
export type BlockKind = 'text' | 'heading' | 'caption' | 'credit' | 'byline' | 'signature' | 'furniture';

export interface Block {
  kind: BlockKind;
  /** As written (traditional characters kept), hard wraps joined. */
  text: string;
  /** Folded for matching (same length as `text`): ASCII punctuation, simplified characters. */
  norm: string;
  /** Source offset of each character of `text`, plus one entry for the end. */
  offsets: number[];
  /** Blank lines before the block's first line. */
  gapBefore: number;
  /** A web page's headline, read from the meta line under it. */
  title?: boolean;
}

interface Line {
  text: string;
  /** `text` folded for matching (same length). */
  norm: string;
  start: number;
  gapBefore: number;
  /** Spaces the line began with (a paragraph indent, e.g. two ideographic spaces). */
  indent: number;
  /** Among them an ideographic (full-width) space. */
  indentWide: boolean;
  kind: BlockKind;
  /** A web page's headline: a line right above the site's meta line (来源:…), never run on. */
  title?: boolean;
}

const CREDIT_TAIL = new RegExp(
  `(?:[/／]\\s*摄|\\s摄|摄影|摄影报道|供图|图片来源[^\\s]*|${PHOTOGRAPHER_AFTER_SOURCE}|(?:${REPORTER_ROLE_SOURCE})\\s*[\\p{Script=Han}·]{2,4}\\s*摄)$`,
  'u',
);
/**
 * A line of reporters' roles and names (记者 甲 乙 通讯员 丙, 记者甲通讯员乙), the first role maybe with its outlet
 * (川观新闻记者 甲); a run of up to six characters may be two names run together (记者柳某姗彭某). Some sites set a
 * bar between a role and its name (融媒体记者 | 甲, 记者: | 甲 |); an author's name may open the line (甲 某报记者乙 通讯员丙).
 */
const BYLINE_LINE = new RegExp(
  `^[■▲●◆□◎]?\\s*(?:[\\p{Script=Han}·]{2,4}\\s+(?=\\S*(?:${REPORTER_ROLE_SOURCE})))?(?:(?:文|图)\\s*[/／]\\s*(?:图|文)?\\s*)?(?:(?:${OUTLET_SOURCE}|${STATIONED_SOURCE})\\s?)?(?:${REPORTER_ROLE_SOURCE})\\s*[:：]?\\s*[|｜]?\\s*[\\p{Script=Han}·]{2,6}(?:(?:[\\s、，,]+(?:(?:${REPORTER_ROLE_SOURCE})\\s*[:：]?\\s*[|｜]?\\s*)?|(?:${REPORTER_ROLE_SOURCE})\\s*[:：]?\\s*[|｜]?\\s*)[\\p{Script=Han}·]{2,6})*\\s*[|｜]?$`,
  'u',
);
/** A byline line holds a reporter's role: one pass over a line rules most lines out before the regex runs. */
const REPORTER_ROLE_WORDS = new Lexicon(REPORTER_ROLES);
const SIGNATURE_LINE = /^[（(][\p{Script=Han}\s·、]{2,16}[）)]$/u;
const MARKER = /^[■▲●◆★]/;
/** Words of a photo's caption (摄, 供图, 图为, 左一). */
const PHOTO_WORDS = /摄|供图|图为|图片|[左右][一二三四五]/;

/**
 * A marked line that is a news brief, not a photo's caption (▲镇坪县总工会…培训职工600多人次…。
 * in a 工会动态 column): a long sentence with no photo words.
 */
function isBrief(line: string): boolean {
  return line.length > 30 && line.includes('。') && !PHOTO_WORDS.test(line);
}
const FURNITURE =
  /^(?:(?:责任|本版|值班)?编辑|校对|美编|版式|组版|排版|审核|审校|终审)\s*[:：]|^\d{4}年\d{1,2}月\d{1,2}日[\s,，]*(?:星期|周|农历)|^(?:第\s*)?[A-Z]?\d{1,2}\s*版(?:[\s:：·|]|$)/;
const TERMINAL = new Set(['。', '！', '？', '!', '?', '…']);

/**
 * Quotation marks read as “ and ”, as most of the genre writes them, so a quoted name is one
 * span: corner brackets (「模範勞工表揚大會」, as Hong Kong and Taiwan write them), and straight
 * double quotes paired on a line (两节"送温暖"活动; an odd count is left as it is).
 *
 * @example
 * pairQuotes('开展"送温暖"活动') // → '开展“送温暖”活动'
 */
export function pairQuotes(line: string): string {
  const cornered = line.includes('「') || line.includes('」') ? line.replace(/「/g, '“').replace(/」/g, '”') : line;
  if (!cornered.includes('"')) return cornered;
  const parts = cornered.split('"');
  if (parts.length % 2 === 0) return cornered;
  return parts.reduce((out, part, i) => (i === 0 ? part : out + (i % 2 === 1 ? '“' : '”') + part), '');
}

/** Splits the page into trimmed non-blank lines with their offsets and the blank lines before them. */
function readLines(source: string): Line[] {
  const lines: Line[] = [];
  let gap = 0;
  let pos = 0;
  while (pos <= source.length) {
    let end = source.indexOf('\n', pos);
    if (end < 0) end = source.length;
    let a = pos;
    let b = end;
    while (a < b && (isSpace(source[a]) || source[a] === '\ufeff')) a++;
    while (b > a && isSpace(source[b - 1])) b--;
    if (a === b) gap++;
    else {
      const text = source.slice(a, b);
      lines.push({
        text,
        norm: pairQuotes(foldVariants(foldZhe(foldText(text)))),
        start: a,
        gapBefore: gap,
        indent: a - pos,
        indentWide: source.slice(pos, a).includes('\u3000'),
        kind: 'text',
      });
      gap = 0;
    }
    pos = end + 1;
  }
  return lines;
}

function isCreditOnly(text: string): boolean {
  if (text.length > 40 || /[。！？]/.test(text)) return false;
  return (
    /^(?:单位)?供图$/.test(text) ||
    // 申工社微信公众号 图: a source and 图, the web's photo credit.
    /^[^，,。:]{2,24}\s图$/.test(text) ||
    /^[^，,。]*?(?:[/／]\s*|\s)摄$/.test(text) ||
    /^(?:新华社|视觉中国|资料图)/.test(text)
  );
}

function classify(line: Line): BlockKind {
  // Folded, so 記者 and 攝 read as 记者 and 摄 (the line keeps its original text).
  const t = line.norm;
  if (FURNITURE.test(t) || isFurnitureLine(t)) return 'furniture';
  if (isCreditOnly(t)) return 'credit';
  if (REPORTER_ROLE_WORDS.occursIn(t) && BYLINE_LINE.test(t)) return 'byline';
  if (SIGNATURE_LINE.test(t)) return 'signature';
  if (MARKER.test(t) && !isBrief(t)) return 'caption';
  if (t.length <= 80 && CREDIT_TAIL.test(t)) return 'caption';
  return 'text';
}

/** Furniture only the lines around show (related links), and the headline over a meta line. */
function markWebFurniture(lines: Line[]): void {
  const marks = lines.map((l) => ({ norm: l.norm, furniture: l.kind === 'furniture' }));
  markRelatedLinks(marks);
  marks.forEach((m, i) => {
    const line = lines[i] as Line;
    if (m.furniture) line.kind = 'furniture';
  });
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1] as Line;
    if (line.kind === 'text' && next.kind === 'furniture' && isTitleLike(line.norm) && META_NEXT.test(next.norm))
      line.title = true;
  }
}

/** A meta line under a web headline: a date, 来源 or 发布时间. */
const META_NEXT = /\d{4}[-年/.]\d{1,2}|来源|发布|时间|作者/;
const isTitleLike = (t: string) => t.length <= 64 && !/[,，。;；!！?？]/.test(t) && !/[:：]$/.test(t);

/** A short first line right above the page's date line or editor credit is the paper's name. */
function markMasthead(lines: Line[]): void {
  const [first, second] = lines;
  if (
    first?.kind === 'text' &&
    second?.kind === 'furniture' &&
    FURNITURE.test(second.norm) &&
    first.text.length <= 12 &&
    !/[，,。：:]/.test(first.text)
  )
    first.kind = 'furniture';
}

/**
 * A line that repeats an earlier headline, bare or with a picture's number or file name after it
 * (…选举会议顺利召开82): the alt text of a photo, which must not run on into the next paragraph.
 */
function markRepeatedTitles(lines: Line[]): void {
  const titles = new Set<string>();
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    const t = line.norm.trim();
    const key = withoutPictureTail(t);
    if (titles.has(key)) line.kind = 'furniture';
    else if (key.length >= 8 && !endsTerminal(t)) titles.add(key);
  }
}

/**
 * The line without the run of spaces, letters, digits, dots and dashes it ends in (a picture's number or
 * file name): what `replace(/[\s\w.-]+$/, '')` leaves, read from the end (the regex would try every
 * position of the line).
 */
function withoutPictureTail(t: string): string {
  let end = t.length;
  while (end > 0 && PICTURE_TAIL_CHAR.test(t.charAt(end - 1))) end--;
  return end === t.length ? t : t.slice(0, end);
}
const PICTURE_TAIL_CHAR = /[\s\w.-]/;

/** Lines that float between paragraphs with a wide gap and read as one short sentence: photo captions. */
function markFloatingCaptions(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind !== 'text' || line.gapBefore < 2) continue;
    const t = line.text;
    const oneSentence = TERMINAL.has(t.at(-1) ?? '') && !/[。！？]/.test(t.slice(0, -1));
    const next = lines[i + 1];
    if (oneSentence && (t.length <= 20 || (t.length <= 40 && next?.kind === 'credit'))) line.kind = 'caption';
  }
}

/**
 * The hard-wrap width of the page, when most lines have about the same length
 * (a narrow column typed line by line); undefined for pages with one line per paragraph.
 */
function wrapWidth(lines: readonly Line[]): number | undefined {
  const counts = new Map<number, number>();
  let total = 0;
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    total++;
    const length = line.text.length + line.indent;
    counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let mode = 0;
  let modeCount = 0;
  for (const [len, n] of counts) {
    if (n > modeCount || (n === modeCount && len > mode)) {
      mode = len;
      modeCount = n;
    }
  }
  if (total < 6 || mode < 8) return undefined;
  let near = 0;
  for (const [len, n] of counts) if (Math.abs(len - mode) <= 3) near += n;
  return near / total >= 0.6 ? mode : undefined;
}

function endsTerminal(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i] as string)) {
    // `…。(番禺工)`: a trailing signature after a full stop ends the paragraph too.
    if ((text[i] === '）' || text[i] === ')') && /[（(][^（()）]{2,16}[）)]$/.test(text)) return true;
    i--;
  }
  return i >= 0 && TERMINAL.has(text[i] as string);
}

/** A space between two Han characters outside quotes: the gap between two halves of a headline. */
function hasHeadlineSpace(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const ch = text[i] as string;
    if (ch === '“' || ch === '《' || ch === '「') depth++;
    else if (ch === '”' || ch === '》' || ch === '」') depth = Math.max(0, depth - 1);
    else if (depth === 0 && i > 0 && isSpace(ch) && isHan(text[i - 1]) && isHan(text[i + 1])) return true;
  }
  return false;
}

const STARTS_AS_CONTINUATION = /^[，,、。；;：:）)”’」』》%％]/;
/** A dateline opens a news item's first paragraph (本报讯, 新华社…电, 中工网讯 …). */
const OPENS_PARAGRAPH = new RegExp(`^(?:${DATELINE_SOURCE}|新华社|${OUTLET_DATELINE_SOURCE})`, 'u');

/** 5月13日, and 20日上午, (the month left to the page's date): a paragraph opening with its day. */
const DATE_OPENING = new RegExp(`^\\s*(?:\\d{1,2}月)?\\d{1,2}日(?:${DAY_PARTS.join('|')})?[,，]`);

/** What the page's layout says about line breaks. */
interface Layout {
  /** The hard-wrap width, when lines were wrapped at a fixed column. */
  width?: number;
  /** Paragraphs open with an indent (and not every line is indented). */
  indents: boolean;
  /** Blank lines separate paragraphs, not every line (a double-spaced page says nothing by them). */
  gaps: boolean;
}

/** A paragraph indent: an ideographic space or two spaces (one space is a stray, not an indent). */
const isIndent = (line: Line) => line.indent >= 2 || line.indentWide;

/** A comma outside quotations, or a quotation or title mark left open: the line is part of a sentence. */
function sentenceTail(text: string): boolean {
  if (/[，,]/.test(text.replace(/“[^”]*”/g, ''))) return true;
  const opens = (open: string, close: string) => text.lastIndexOf(open) > text.lastIndexOf(close);
  return opens('“', '”') || opens('《', '》') || opens('（', '）') || opens('(', ')');
}

const ENDS_IN_TIMESTAMP = /\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?$/;

/** Whether a text line runs on into the next content line. */
function continues(line: Line, next: Line | undefined, layout: Layout): boolean {
  if (!next) return false;
  const { width } = layout;
  const t = line.text;
  if (endsTerminal(t) || line.title || next.title) return false;
  // …湖南工人报   2026-03-13 12:06:32: a line that ends in a date and its clock time is a page's meta line.
  if (ENDS_IN_TIMESTAMP.test(line.norm)) return false;
  if (STARTS_AS_CONTINUATION.test(next.text)) return true;
  // • 标题: a bulleted line is an item of its own (an e-paper's list of titles), never a paragraph's tail.
  if (/^[•·▪]/.test(next.norm)) return false;
  if (OPENS_PARAGRAPH.test(next.norm)) return false;
  // A dateline line is the start of a news item's first paragraph, never a whole one.
  if (OPENS_PARAGRAPH.test(line.norm)) return true;
  if (layout.indents && isIndent(next)) return false;
  if (width !== undefined) {
    // A line as wide as the column (its indent included) was wrapped: it runs on, spaces and all,
    // even across a column break.
    if (t.length + line.indent >= width) return true;
    // A shorter line before a blank line ends a paragraph or a headline, unless it is the tail of
    // a sentence cut by a column break: a comma in it (headlines have none) or an open quotation.
    if (layout.gaps && next.gapBefore > 0) return CONTINUING.has(t.at(-1) ?? '') || sentenceTail(t);
  }
  // 5月13日,…: a paragraph opening with its date follows a headline, not a line of its own paragraph.
  if (t.length <= 40 && DATE_OPENING.test(next.norm)) return false;
  const last = t.at(-1) ?? '';
  const short = width !== undefined ? t.length < width - 3 : t.length < 28;
  if (last === '：' || last === ':') return !short;
  if (CONTINUING.has(last)) return true;
  if (hasHeadlineSpace(t) && t.length < 40) return false;
  // Headlines rarely carry a comma outside quotes; a short line with one is the tail of a paragraph cut by a break.
  if (short && /[，,]/.test(t.replace(/“[^”]*”/g, ''))) return true;
  return !short;
}

function makeBlock(kind: BlockKind, parts: readonly Line[]): Block {
  const text = parts.map((p) => p.text).join('');
  // A plain array: a typed array's backing store costs more to allocate than a block's few hundred numbers.
  const offsets: number[] = [];
  for (const part of parts) {
    for (let i = 0; i < part.text.length; i++) offsets.push(part.start + i);
  }
  const lastPart = parts.at(-1);
  offsets.push(lastPart ? lastPart.start + lastPart.text.length : 0);
  const block: Block = {
    kind,
    text,
    norm: parts.map((p) => p.norm).join(''),
    offsets,
    gapBefore: parts[0]?.gapBefore ?? 0,
  };
  if (parts.length === 1 && parts[0]?.title) block.title = true;
  return block;
}

/**
 * Splits page text into blocks: paragraphs with hard wraps joined (also across a column
 * break or a photo caption dropped mid-sentence), headings, captions, credits, bylines and
 * signatures, in reading order (a caption that interrupted a paragraph follows it).
 *
 * @example
 * normalizePage('各项\n\n■会议现场。\n\n记者王五/摄\n\n举措落地见效。').map((b) => [b.kind, b.text])
 * // → [['text', '各项举措落地见效。'], ['caption', '■会议现场。'], ['credit', '记者王五/摄']]
 */
export function normalizePage(source: string): Block[] {
  const unglossed = stripAgain(
    stripAgain(stripGlosses(source.replace(/\r\n?/g, '\n')), stripNumberPadding),
    stripDoubledMarks,
  );
  const lines = readLines(unglossed.text);
  for (const line of lines) line.kind = classify(line);
  markMasthead(lines);
  markWebFurniture(lines);
  markFloatingCaptions(lines);
  markRepeatedTitles(lines);
  const width = wrapWidth(lines);
  const text = lines.filter((l) => l.kind === 'text');
  const indented = text.filter(isIndent).length;
  const gapped = text.filter((l) => l.gapBefore > 0).length;
  const layout: Layout = {
    indents: indented > 0 && indented < text.length * 0.6,
    gaps: gapped < text.length * 0.5,
    ...(width ? { width } : {}),
  };
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.kind !== 'text') {
      blocks.push(makeBlock(line.kind, [line]));
      i++;
      continue;
    }
    const parts: Line[] = [line];
    const interruptions: Line[] = [];
    let j = i + 1;
    let current = line;
    for (;;) {
      let k = j;
      const skipped: Line[] = [];
      while (k < lines.length && (lines[k] as Line).kind !== 'text' && (lines[k] as Line).kind !== 'signature') {
        skipped.push(lines[k] as Line);
        k++;
      }
      const next = lines[k];
      if (next?.kind !== 'text' || !continues(current, next, layout)) break;
      parts.push(next);
      interruptions.push(...skipped);
      current = next;
      j = k + 1;
    }
    const kind: BlockKind = isHeading(parts, width) ? 'heading' : 'text';
    blocks.push(makeBlock(kind, parts));
    for (const skipped of interruptions) blocks.push(makeBlock(skipped.kind, [skipped]));
    i = j;
  }
  const { map } = unglossed;
  return map ? blocks.map((b) => ({ ...b, offsets: b.offsets.map((o) => map[o] ?? o) })) : blocks;
}

/** One short unfinished line, or a headline wrapped over a few lines (no sentence punctuation in it). */
function isHeading(parts: readonly Line[], width: number | undefined): boolean {
  const first = parts[0] as Line;
  if (parts.length === 1) return first.title === true || (!endsTerminal(first.text) && isHeadingLike(first, width));
  const text = parts.map((p) => p.text).join('');
  return width !== undefined && text.length <= 40 && !endsTerminal(text) && !/[，,。；;！!？?]/.test(text);
}

function isHeadingLike(line: Line, width: number | undefined): boolean {
  const t = line.text;
  if (CONTINUING.has(t.at(-1) ?? '') && t.at(-1) !== '：') return false;
  return t.length <= Math.max(40, width ?? 0);
}
