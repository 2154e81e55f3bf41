/**
 * The ablation report: for every rule in the table, the corpus scored with that rule off,
 * against the corpus with every rule on. A rule pays when switching it off loses true
 * positives (or subject and role accuracy) worth more than the false positives it removes.
 *
 *   pnpm -s ablation            # a table, rules that do not pay marked ✗
 *   pnpm -s ablation --json
 */
import { extract } from '../src/extract.ts';
import { type CorpusPage, corpusPages, KINDS, scorePage, summary, sumScores } from '../src/quality/score.ts';
import { allRules, withRulesOff } from '../src/rules/registry.ts';

const pages = corpusPages();

function scoreWith(off: readonly string[]) {
  return withRulesOff(off, () => sumScores(pages.map((p: CorpusPage) => scorePage(p.gold, extract(p.text)))));
}

const base = scoreWith([]);
const baseSummary = summary(base);
const rows = allRules().map((rule) => {
  const score = scoreWith([rule.id]);
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
    macro: baseSummary.macro - s.macro,
    subjects: baseSummary.subjects - s.subjects,
    roles: baseSummary.roles - s.roles,
  };
});

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ base: baseSummary, rows }, null, 2)}\n`);
} else {
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(2)}`;
  process.stdout.write(`all rules on: macro ${(100 * baseSummary.macro).toFixed(1)}\n`);
  process.stdout.write('rule                                  pays  macro   subj   roles  adds (tp/fp by kind)\n');
  for (const r of rows.sort((a, b) => b.macro - a.macro)) {
    const adds = Object.entries(r.adds)
      .filter(([, v]) => v.tp || v.fp)
      .map(([k, v]) => `${k} +${v.tp}/+${v.fp}`)
      .join(' ');
    const pays = r.macro > 0 || r.subjects > 0 || r.roles > 0 ? '✓' : '✗';
    process.stdout.write(
      `${r.rule.padEnd(38)} ${pays}  ${pct(r.macro).padStart(6)} ${pct(r.subjects).padStart(6)} ${pct(r.roles).padStart(6)}  ${adds}\n`,
    );
  }
}
