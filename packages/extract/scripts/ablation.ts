/**
 * The ablation report: for every rule in the table, the pages scored with that rule off,
 * against the pages with every rule on. A rule pays when switching it off loses true
 * positives (or subject and role accuracy) worth more than the false positives it removes.
 * `pages` counts the pages where it makes a difference: a rule that pays on one page only
 * is likely fitted to one sentence, and it costs on pages we do not have.
 *
 * The development corpus is always scored. `--set NAME=DIR` adds a held-out set laid out like
 * the shared corpus (DIR/gold, DIR/reports): each set gets its own column, and a rule pays when
 * it pays on all the pages together. Rules were written from the corpus, so the held-out
 * columns say which of them carry to pages they were not read from.
 *
 *   pnpm -s ablation                                  # a table, rules that do not pay marked ✗
 *   pnpm -s ablation --set c=/data/held-out-c --set f=/data/held-out-f
 *   pnpm -s ablation --json
 */
import { extract } from '../src/extract.ts';
import {
  type CorpusPage,
  corpusPages,
  goldPages,
  KINDS,
  type Score,
  scorePage,
  summary,
  sumScores,
} from '../src/quality/score.ts';
import { allRules, withRulesOff } from '../src/rules/registry.ts';

/** The named page sets: the corpus, then each `--set NAME=DIR` in order. */
function pageSets(argv: readonly string[]): { name: string; pages: CorpusPage[] }[] {
  const sets = [{ name: 'corpus', pages: corpusPages() }];
  argv.forEach((arg, i) => {
    if (arg !== '--set') return;
    const [name, dir] = (argv[i + 1] ?? '').split('=');
    if (!name || !dir) throw new Error('--set takes NAME=DIR (DIR holds gold/ and reports/)');
    sets.push({ name, pages: goldPages(dir) });
  });
  return sets;
}

const sets = pageSets(process.argv);
const pages = sets.flatMap((s) => s.pages);

function scoreWith(off: readonly string[]): Score[] {
  return withRulesOff(off, () => pages.map((p) => scorePage(p.gold, extract(p.text))));
}

/** True when two page scores differ in any tally, subject or role hit. */
const differs = (a: Score, b: Score): boolean =>
  KINDS.some((k) => a.tallies[k].tp !== b.tallies[k].tp || a.tallies[k].pred !== b.tallies[k].pred) ||
  a.subjects.hits !== b.subjects.hits ||
  a.roles.hits !== b.roles.hits;

/** What switching a rule off costs on some pages: macro F1, subject and role accuracy, pages changed. */
function cost(base: readonly Score[], off: readonly Score[]) {
  const b = summary(sumScores(base));
  const o = summary(sumScores(off));
  return {
    pages: off.filter((p, i) => differs(p, base[i] as Score)).length,
    macro: b.macro - o.macro,
    subjects: b.subjects - o.subjects,
    roles: b.roles - o.roles,
  };
}

/** Each set's slice of a list of page scores. */
function bySet(scores: readonly Score[]): Score[][] {
  let at = 0;
  return sets.map((s) => {
    at += s.pages.length;
    return scores.slice(at - s.pages.length, at);
  });
}

const basePages = scoreWith([]);
const base = sumScores(basePages);
const baseSummary = summary(base);
const rows = allRules().map((rule) => {
  const offPages = scoreWith([rule.id]);
  const score = sumScores(offPages);
  // What the rule adds: true positives lost and false positives removed when it is off.
  const adds = Object.fromEntries(
    KINDS.filter((k) => k !== 'canonical').map((k) => {
      const tp = base.tallies[k].tp - score.tallies[k].tp;
      const fp = base.tallies[k].pred - base.tallies[k].tp - (score.tallies[k].pred - score.tallies[k].tp);
      return [k, { tp, fp }];
    }),
  );
  const offBySet = bySet(offPages);
  const perSet = Object.fromEntries(
    bySet(basePages).map((b, i) => [sets[i]?.name, cost(b, offBySet[i] as Score[])] as const),
  );
  return { rule: rule.id, adds, ...cost(basePages, offPages), perSet };
});

const pays = (r: (typeof rows)[number]) => r.macro > 0 || r.subjects > 0 || r.roles > 0;

if (process.argv.includes('--json')) {
  const sizes = Object.fromEntries(sets.map((s) => [s.name, s.pages.length]));
  process.stdout.write(`${JSON.stringify({ base: baseSummary, sets: sizes, rows }, null, 2)}\n`);
} else {
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(2)}`;
  const held = sets.length > 1 ? sets.map((s) => `${s.name} (${s.pages.length})`.padEnd(16)).join(' ') : '';
  process.stdout.write(`all rules on: macro ${(100 * baseSummary.macro).toFixed(1)} on ${pages.length} pages\n`);
  process.stdout.write(
    `rule                                  pays pages  macro   subj  roles  ${held}  adds (tp/fp by kind)\n`,
  );
  for (const r of rows.sort((a, b) => b.macro - a.macro)) {
    const adds = Object.entries(r.adds)
      .filter(([, v]) => v.tp || v.fp)
      .map(([k, v]) => `${k} +${v.tp}/+${v.fp}`)
      .join(' ');
    const columns =
      sets.length > 1
        ? `${sets.map((s) => `${pct(r.perSet[s.name]?.macro ?? 0)} ${r.perSet[s.name]?.pages ?? 0}p`.padEnd(16)).join(' ')}  `
        : '';
    process.stdout.write(
      `${r.rule.padEnd(38)} ${pays(r) ? '✓' : '✗'}  ${String(r.pages).padStart(4)} ${pct(r.macro).padStart(6)} ${pct(r.subjects).padStart(6)} ${pct(r.roles).padStart(6)}  ${columns}${adds}\n`,
    );
  }
  const noPay = rows.filter((r) => !pays(r)).length;
  const onePage = rows.filter((r) => pays(r) && r.pages <= 1).length;
  process.stdout.write(
    `\n${rows.length} rules: ${rows.length - noPay} pay, ${noPay} do not; ${onePage} pay on one page only\n`,
  );
}
