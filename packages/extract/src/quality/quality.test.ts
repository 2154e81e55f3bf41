import type { ExtractResult } from '@reportgraph/contract';
import { toSimplified } from '@reportgraph/contract';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import { type CorpusPage, corpusPages, pageMacro, type Score, scorePage, summary, sumScores } from './score.ts';

/**
 * Scores the extractor on the 45-page development corpus against its gold, with the rules of
 * the shared scorer. Floors sit a little under what the extractor reaches, per kind and per
 * page, so a change that costs quality anywhere fails here.
 */
const pages = corpusPages();

/** A page transformed before extraction, and the result mapped back for comparison with gold. */
interface Variant {
  page?: (text: string) => string;
  result?: (result: ExtractResult) => ExtractResult;
}

function scoreEach(variant: Variant = {}): Array<{ page: CorpusPage; score: Score }> {
  return pages.map((page) => {
    const raw = extract(variant.page ? variant.page(page.text) : page.text);
    return { page, score: scorePage(page.gold, variant.result ? variant.result(raw) : raw) };
  });
}

const FLOORS = {
  organizations: 0.97,
  canonical: 0.94,
  people: 0.97,
  events: 0.95,
  metrics: 0.98,
  subjects: 0.87,
  roles: 0.85,
  macro: 0.97,
};
/**
 * The lowest macro F1 any single page may have (over the kinds it has). r4_09 sits at 0.73: its
 * one event, a nationwide 评选 told without a verb of holding, is a pattern of one page only.
 */
const PAGE_FLOOR = 0.72;

describe('extract › the development corpus against gold', () => {
  const each = scoreEach();
  const total = summary(sumScores(each.map((e) => e.score)));

  it.each(Object.entries(FLOORS))('reaches the floor for %s', (kind, floor) => {
    expect(total[kind as keyof typeof total]).toBeGreaterThanOrEqual(floor);
  });

  it('keeps every page above the page floor', () => {
    const low = each
      .map(({ page, score }) => ({ page: page.name, macro: pageMacro(score) }))
      .filter((p) => p.macro < PAGE_FLOOR);
    expect(low).toEqual([]);
  });
});

/** Cuts every line longer than `width` characters into lines of `width`, as a narrow column is typed. */
const hardWrap = (width: number) => (text: string) =>
  text
    .split('\n')
    .map((line) => [...line].reduce((out, ch, i) => out + (i > 0 && i % width === 0 ? '\n' : '') + ch, ''))
    .join('\n');

/** Every paragraph indented with two ideographic spaces and hard-wrapped, with no blank lines between. */
const indentedColumn = (width: number) => (text: string) =>
  text
    .split(/\n+/)
    .filter((l) => l.trim())
    .map((l) => hardWrap(width)(l.trim().length > width ? `\u3000\u3000${l.trim()}` : l.trim()))
    .join('\n');

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
/** The gold is simplified; compare the names a traditional page yields in simplified form. */
const simplifiedResult = (r: ExtractResult): ExtractResult => JSON.parse(toSimplified(JSON.stringify(r)));

const macroOf = (variant: Variant) => summary(sumScores(scoreEach(variant).map((e) => e.score))).macro;

describe('extract › the same pages laid out as other papers lay them out', () => {
  const plain = summary(sumScores(scoreEach().map((e) => e.score))).macro;

  it('reads a page hard-wrapped every 18 characters almost as well as the page itself', () => {
    expect(macroOf({ page: hardWrap(18) })).toBeGreaterThanOrEqual(plain - 0.08);
  });

  it('reads a page of indented, hard-wrapped paragraphs with no blank lines between them', () => {
    expect(macroOf({ page: indentedColumn(18) })).toBeGreaterThanOrEqual(plain - 0.1);
  });

  it('reads a page in traditional characters as well as in simplified ones', () => {
    expect(macroOf({ page: toTraditional, result: simplifiedResult })).toBeGreaterThanOrEqual(plain - 0.05);
  });

  it('reads full-width punctuation and CRLF line ends as the page itself', () => {
    const fullWidth = (t: string) =>
      t.replace(/,/g, '，').replace(/\(/g, '（').replace(/\)/g, '）').replace(/;/g, '；').replace(/\n/g, '\r\n');
    expect(macroOf({ page: fullWidth })).toBeGreaterThanOrEqual(plain - 0.01);
  });
});
