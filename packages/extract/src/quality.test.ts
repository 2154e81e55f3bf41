import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import { toSimplified } from './traditional.ts';
import type { ExtractResult } from './types.ts';
import { canonicalUnit } from './units.ts';

/**
 * Scores the extractor on the sample pages against their gold annotations, with the
 * matching rules of the shared scorer (one-to-one greedy matching; optional gold entries
 * neither reward nor penalise). Floors sit a little under what the extractor reaches.
 */
const corpus = join(import.meta.dirname, '..', 'corpus');

interface GoldEntry {
  optional?: boolean;
  [key: string]: unknown;
}
type Gold = Record<'organizations' | 'people' | 'events' | 'metrics', GoldEntry[]> & { file?: string };
type Pred = Record<string, unknown>;
type Same = (g: GoldEntry, p: Pred) => boolean;

const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');
const unit = (u: unknown): string => {
  const n = norm(u).replace(/^[万亿]/, '');
  return canonicalUnit(n) ?? n;
};

const sameOrg: Same = (g, p) => {
  const names = new Set([g.name, ...((g.aliases as unknown[]) ?? [])].map(norm));
  return [p.name, ...((p.aliases as unknown[]) ?? [])].map(norm).some((n) => names.has(n));
};
const sameOrgCanonical: Same = (g, p) => norm(g.name) === norm(p.name);
const samePerson: Same = (g, p) => norm(g.name) === norm(p.name);
const sameEvent: Same = (g, p) => {
  if (!norm(p.title).includes(norm(g.key))) return false;
  return g.date == null || (typeof p.date === 'string' && p.date.endsWith(String(g.date)));
};
const sameMetric: Same = (g, p) => {
  const v = Number(p.value);
  const gv = Number(g.value);
  return Number.isFinite(v) && Math.abs(v - gv) <= 1e-6 * Math.max(1, Math.abs(gv)) && unit(p.unit) === unit(g.unit);
};
const subjectOk = (g: GoldEntry, p: Pred): boolean => {
  const a = norm(g.subject);
  const b = norm(p.subject);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
};

interface Tally {
  tp: number;
  gold: number;
  pred: number;
}

function match(gold: GoldEntry[], pred: Pred[], same: Same): Tally & { pairs: Array<[GoldEntry, Pred]> } {
  const used = new Set<number>();
  let tp = 0;
  let optionalHits = 0;
  const pairs: Array<[GoldEntry, Pred]> = [];
  for (const g of gold) {
    const j = pred.findIndex((p, k) => !used.has(k) && same(g, p));
    if (j < 0) continue;
    used.add(j);
    if (g.optional) optionalHits++;
    else {
      tp++;
      pairs.push([g, pred[j] as Pred]);
    }
  }
  return { tp, gold: gold.filter((g) => !g.optional).length, pred: pred.length - optionalHits, pairs };
}

const f1 = ({ tp, gold, pred }: Tally): number => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** A page transformed before extraction, and the result mapped back for comparison with gold. */
interface Variant {
  page?: (text: string) => string;
  result?: (result: ExtractResult) => ExtractResult;
}

function scoreCorpus(variant: Variant = {}): { f1: Record<string, number>; subjectAccuracy: number } {
  const kinds: Record<string, [keyof Gold, Same]> = {
    organizations: ['organizations', sameOrg],
    canonical: ['organizations', sameOrgCanonical],
    people: ['people', samePerson],
    events: ['events', sameEvent],
    metrics: ['metrics', sameMetric],
  };
  const totals = Object.fromEntries(Object.keys(kinds).map((k) => [k, { tp: 0, gold: 0, pred: 0 }])) as Record<
    string,
    Tally
  >;
  let subjectHits = 0;
  let subjectPairs = 0;
  for (const file of readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(corpus, 'gold', file), 'utf8')) as Gold;
    const text = readFileSync(join(corpus, 'reports', gold.file ?? file.replace(/\.json$/, '.txt')), 'utf8');
    const raw = extract(variant.page ? variant.page(text) : text);
    const result: ExtractResult = variant.result ? variant.result(raw) : raw;
    for (const [kind, [list, same]] of Object.entries(kinds)) {
      const m = match(gold[list] as GoldEntry[], result[list as keyof ExtractResult] as unknown as Pred[], same);
      const t = totals[kind] as Tally;
      t.tp += m.tp;
      t.gold += m.gold;
      t.pred += m.pred;
      if (kind === 'metrics') {
        for (const [g, p] of m.pairs) {
          subjectPairs++;
          if (subjectOk(g, p)) subjectHits++;
        }
      }
    }
  }
  return {
    f1: Object.fromEntries(Object.entries(totals).map(([k, t]) => [k, f1(t)])),
    subjectAccuracy: subjectPairs ? subjectHits / subjectPairs : 0,
  };
}

describe('Function: extract (sample pages against gold)', () => {
  const score = scoreCorpus();

  it('finds organizations with F1 at or above the floor', () => {
    expect(score.f1.organizations).toBeGreaterThanOrEqual(0.97);
    expect(score.f1.canonical).toBeGreaterThanOrEqual(0.93);
  });

  it('finds people with F1 at or above the floor', () => {
    expect(score.f1.people).toBeGreaterThanOrEqual(0.97);
  });

  it('finds events with F1 at or above the floor', () => {
    expect(score.f1.events).toBeGreaterThanOrEqual(0.95);
  });

  it('finds metrics with F1 and subject accuracy at or above the floors', () => {
    expect(score.f1.metrics).toBeGreaterThanOrEqual(0.97);
    expect(score.subjectAccuracy).toBeGreaterThanOrEqual(0.89);
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

const macro = (f: Record<string, number>) =>
  ((f.organizations ?? 0) + (f.people ?? 0) + (f.events ?? 0) + (f.metrics ?? 0)) / 4;

describe('Function: extract (the same pages laid out as other papers lay them out)', () => {
  it('reads a page hard-wrapped every 18 characters almost as well as the page itself', () => {
    expect(macro(scoreCorpus({ page: hardWrap(18) }).f1)).toBeGreaterThanOrEqual(0.92);
  });

  it('reads a page of indented, hard-wrapped paragraphs with no blank lines between them', () => {
    expect(macro(scoreCorpus({ page: indentedColumn(18) }).f1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a page in traditional characters as well as in simplified ones', () => {
    const score = scoreCorpus({ page: toTraditional, result: simplifiedResult });
    expect(macro(score.f1)).toBeGreaterThanOrEqual(0.97);
    expect(score.f1.people).toBeGreaterThanOrEqual(0.95);
  });

  it('reads full-width punctuation and CRLF line ends as the page itself', () => {
    const fullWidth = (t: string) =>
      t.replace(/,/g, '，').replace(/\(/g, '（').replace(/\)/g, '）').replace(/;/g, '；').replace(/\n/g, '\r\n');
    expect(macro(scoreCorpus({ page: fullWidth }).f1)).toBeGreaterThanOrEqual(0.97);
  });
});
