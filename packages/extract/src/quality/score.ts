import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractResult } from '@reportgraph/contract';
import { toSimplified } from '@reportgraph/contract';
import { canonicalUnit } from '../entities/units.ts';

/**
 * The project's copy of the corpus scorer's rules (`../shared/corpus/score.mjs`, GOLD.md):
 * names fold traditional to simplified, matching is one-to-one and greedy with required gold
 * entries first, optional entries neither reward nor penalise. The quality test and the
 * ablation report both score through it.
 */

/** Where the corpus lives: the five newspaper samples in `reports/`, the 40 web pages in `web/`. */
export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'corpus');
const PAGE_DIRS = ['reports', 'web'] as const;

interface GoldEntry {
  optional?: boolean;
  [key: string]: unknown;
}
type Pred = Record<string, unknown>;
type Same = (g: GoldEntry, p: Pred) => boolean;
export type Gold = Record<'organizations' | 'people' | 'events' | 'metrics', GoldEntry[]> & { file?: string };

/** One page of the corpus: its name, text and gold. */
export interface CorpusPage {
  name: string;
  text: string;
  gold: Gold;
}

/** Every page with gold, in name order. */
export function corpusPages(): CorpusPage[] {
  const byName = new Map<string, string>();
  for (const dir of PAGE_DIRS)
    for (const f of readdirSync(join(CORPUS_DIR, dir))) if (f.endsWith('.txt')) byName.set(f, join(CORPUS_DIR, dir, f));
  return readGold(join(CORPUS_DIR, 'gold'), (name, goldFile) => {
    const path = byName.get(name);
    if (!path) throw new Error(`gold ${goldFile} names ${name}, which is not in ${PAGE_DIRS.join(' or ')}`);
    return path;
  });
}

/**
 * The pages of a held-out set laid out like the shared corpus: `DIR/gold/*.json`, each naming
 * its page in `DIR/reports/` (gold without its page is skipped).
 *
 * @example
 * goldPages('/data/held-out-c') // → [{ name: 'm1_01.txt', text: '…', gold: {…} }, …]
 */
export function goldPages(dir: string): CorpusPage[] {
  const reports = new Set(readdirSync(join(dir, 'reports')));
  return readGold(join(dir, 'gold'), (name) => (reports.has(name) ? join(dir, 'reports', name) : undefined));
}

/** Each gold file of a folder in name order, with the page `pathOf` finds for it (none: skipped). */
function readGold(goldDir: string, pathOf: (name: string, goldFile: string) => string | undefined): CorpusPage[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
      const name = gold.file ?? f.replace(/\.json$/, '.txt');
      const path = pathOf(name, f);
      return path ? [{ name, text: readFileSync(path, 'utf8'), gold }] : [];
    });
}

const norm = (s: unknown): string =>
  toSimplified(
    String(s ?? '')
      .normalize('NFKC')
      .replace(/\s+/g, ''),
  );
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
const sameEvent: Same = (g, p) =>
  norm(p.title).includes(norm(g.key)) &&
  (g.date == null || (typeof p.date === 'string' && p.date.endsWith(String(g.date))));
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
const roleOk = (gold: string, pred: string): boolean => {
  const a = norm(gold);
  const b = norm(pred);
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= 0.7 * long.length;
};

/** True and false positives and gold size of one kind. */
export interface Tally {
  tp: number;
  gold: number;
  pred: number;
}

interface Matched extends Tally {
  pairs: Array<[GoldEntry, Pred]>;
  missed: GoldEntry[];
  extra: Pred[];
}

function match(gold: readonly GoldEntry[], pred: readonly Pred[], same: Same): Matched {
  const used = new Set<number>();
  let tp = 0;
  let optionalHits = 0;
  const pairs: Array<[GoldEntry, Pred]> = [];
  const missed: GoldEntry[] = [];
  for (const g of [...gold.filter((g) => !g.optional), ...gold.filter((g) => g.optional)]) {
    const j = pred.findIndex((p, k) => !used.has(k) && same(g, p));
    if (j >= 0) {
      used.add(j);
      if (g.optional) optionalHits++;
      else {
        tp++;
        pairs.push([g, pred[j] as Pred]);
      }
    } else if (!g.optional) missed.push(g);
  }
  const extra = pred.filter((_, k) => !used.has(k));
  return { tp, gold: gold.filter((g) => !g.optional).length, pred: pred.length - optionalHits, pairs, missed, extra };
}

/** F1 of a tally (0 when it has nothing). */
export const f1 = ({ tp, gold, pred }: Tally): number => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export const KINDS = ['organizations', 'canonical', 'people', 'events', 'metrics'] as const;
export type Kind = (typeof KINDS)[number];
const SAME: Record<Kind, [keyof Gold & keyof ExtractResult, Same]> = {
  organizations: ['organizations', sameOrg],
  canonical: ['organizations', sameOrgCanonical],
  people: ['people', samePerson],
  events: ['events', sameEvent],
  metrics: ['metrics', sameMetric],
};

/** The score of one page or of several summed. */
export interface Score {
  tallies: Record<Kind, Tally>;
  subjects: { hits: number; pairs: number };
  roles: { hits: number; total: number };
  /** What gold asked for and the extractor missed, and what it gave beyond gold, by kind. */
  missed: Record<Kind, string[]>;
  extra: Record<Kind, string[]>;
}

const show = (x: Record<string, unknown>): string =>
  String(x.name ?? x.title ?? x.key ?? `${x.value}${x.unit}(${x.subject ?? ''})`);

/**
 * Scores one page's extraction against its gold.
 *
 * @example
 * const score = scorePage(page.gold, extract(page.text));
 * f1(score.tallies.people);
 */
export function scorePage(gold: Gold, result: ExtractResult): Score {
  const score = emptyScore();
  for (const kind of KINDS) {
    const [list, same] = SAME[kind];
    const m = match(gold[list], result[list] as unknown as Pred[], same);
    score.tallies[kind] = { tp: m.tp, gold: m.gold, pred: m.pred };
    score.missed[kind] = m.missed.map(show);
    score.extra[kind] = m.extra.map(show);
    if (kind === 'metrics')
      for (const [g, p] of m.pairs) {
        score.subjects.pairs++;
        if (subjectOk(g, p)) score.subjects.hits++;
      }
    if (kind === 'people')
      for (const [g, p] of m.pairs)
        for (const role of (g.roles as string[] | undefined) ?? []) {
          score.roles.total++;
          if (((p.roles as string[] | undefined) ?? []).some((r) => roleOk(role, r))) score.roles.hits++;
        }
  }
  return score;
}

function emptyScore(): Score {
  const per = <T>(make: () => T) => Object.fromEntries(KINDS.map((k) => [k, make()])) as Record<Kind, T>;
  return {
    tallies: per(() => ({ tp: 0, gold: 0, pred: 0 })),
    subjects: { hits: 0, pairs: 0 },
    roles: { hits: 0, total: 0 },
    missed: per(() => []),
    extra: per(() => []),
  };
}

/** Sums page scores. */
export function sumScores(scores: readonly Score[]): Score {
  const total = emptyScore();
  for (const s of scores) {
    for (const kind of KINDS) {
      for (const key of ['tp', 'gold', 'pred'] as const) total.tallies[kind][key] += s.tallies[kind][key];
      total.missed[kind].push(...s.missed[kind]);
      total.extra[kind].push(...s.extra[kind]);
    }
    total.subjects.hits += s.subjects.hits;
    total.subjects.pairs += s.subjects.pairs;
    total.roles.hits += s.roles.hits;
    total.roles.total += s.roles.total;
  }
  return total;
}

/** The headline figures of a score: F1 per kind, macro F1, subject and role accuracy. */
export function summary(score: Score): Record<Kind | 'macro' | 'subjects' | 'roles', number> {
  const f = Object.fromEntries(KINDS.map((k) => [k, f1(score.tallies[k])])) as Record<Kind, number>;
  return {
    ...f,
    macro: (f.organizations + f.people + f.events + f.metrics) / 4,
    subjects: score.subjects.pairs ? score.subjects.hits / score.subjects.pairs : 0,
    roles: score.roles.total ? score.roles.hits / score.roles.total : 0,
  };
}

/**
 * A page's macro F1 over the kinds it has (in gold or in the extraction): a page with no events that
 * yields none is not marked down for them.
 *
 * @example
 * pageMacro(scorePage(page.gold, extract(page.text))) // → 0.93
 */
export function pageMacro(score: Score): number {
  const kinds = (['organizations', 'people', 'events', 'metrics'] as const).filter(
    (k) => score.tallies[k].gold > 0 || score.tallies[k].pred > 0,
  );
  return kinds.length ? kinds.reduce((sum, k) => sum + f1(score.tallies[k]), 0) / kinds.length : 1;
}
