/**
 * The ablation report: for every rule in the table, the corpus scored with that rule off,
 * against the corpus with every rule on. A rule pays when switching it off loses true
 * positives (or subject and role accuracy) worth more than the false positives it removes.
 * `pages` counts the pages where it makes a difference: a rule that pays on one page only
 * is likely fitted to one sentence, and it costs on pages we do not have.
 *
 *   pnpm -s ablation            # a table, rules that do not pay marked ✗, one-page rules marked 1
 *   pnpm -s ablation --json
 */
import { extract } from '../src/extract.ts';
import { corpusPages, KINDS, type Score, scorePage, summary, sumScores } from '../src/quality/score.ts';
import { allRules, withRulesOff } from '../src/rules/registry.ts';

const pages = corpusPages();

function scoreWith(off: readonly string[]): Score[] {
  return withRulesOff(off, () => pages.map((p) => scorePage(p.gold, extract(p.text))));
}

/** True when two page scores differ in any tally, subject or role hit. */
const differs = (a: Score, b: Score): boolean =>
  KINDS.some((k) => a.tallies[k].tp !== b.tallies[k].tp || a.tallies[k].pred !== b.tallies[k].pred) ||
  a.subjects.hits !== b.subjects.hits ||
  a.roles.hits !== b.roles.hits;

const basePages = scoreWith([]);
const base = sumScores(basePages);
const baseSummary = summary(base);
const rows = allRules().map((rule) => {
  const offPages = scoreWith([rule.id]);
  const score = sumScores(offPages);
  const s = summary(score);
  // What the rule adds: true positives lost and false positives removed when it is off.
  const adds = Object.fromEntries(
    KINDS.filter((k) => k !== 'canonical').map((k) => {
      const tp = base.tallies[k].tp - score.tallies[k].tp;
      const fp = base.tallies[k].pred - base.tallies[k].tp - (score.tallies[k].pred - score.tallies[k].tp);
      return [k, { tp, fp }];
    }),
  );
  return {
    rule: rule.id,
    adds,
    pages: offPages.filter((p, i) => differs(p, basePages[i] as Score)).length,
    macro: baseSummary.macro - s.macro,
    subjects: baseSummary.subjects - s.subjects,
    roles: baseSummary.roles - s.roles,
  };
});

const pays = (r: (typeof rows)[number]) => r.macro > 0 || r.subjects > 0 || r.roles > 0;

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ base: baseSummary, rows }, null, 2)}\n`);
} else {
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(2)}`;
  process.stdout.write(`all rules on: macro ${(100 * baseSummary.macro).toFixed(1)}\n`);
  process.stdout.write('rule                                  pays pages  macro   subj  roles  adds (tp/fp by kind)\n');
  for (const r of rows.sort((a, b) => b.macro - a.macro)) {
    const adds = Object.entries(r.adds)
      .filter(([, v]) => v.tp || v.fp)
      .map(([k, v]) => `${k} +${v.tp}/+${v.fp}`)
      .join(' ');
    process.stdout.write(
      `${r.rule.padEnd(38)} ${pays(r) ? '✓' : '✗'}  ${String(r.pages).padStart(4)} ${pct(r.macro).padStart(6)} ${pct(r.subjects).padStart(6)} ${pct(r.roles).padStart(6)}  ${adds}\n`,
    );
  }
  const noPay = rows.filter((r) => !pays(r)).length;
  const onePage = rows.filter((r) => pays(r) && r.pages <= 1).length;
  process.stdout.write(
    `\n${rows.length} rules: ${rows.length - noPay} pay, ${noPay} do not; ${onePage} pay on one page only\n`,
  );
}
