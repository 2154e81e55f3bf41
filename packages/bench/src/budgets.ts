/** Outcome of one budget: met, missed, or not measured in this run. */
export type Verdict = 'PASS' | 'FAIL' | 'NOT MEASURED';

/** One budget with the figure it was checked against. */
export interface BudgetCheck {
  /** The JSON path of the figure, e.g. `lambda.apiBundleBytes`. */
  name: string;
  /** The measured figure, or null when its section did not run. */
  actual: number | null;
  /** The limit, in `unit`. */
  limit: number;
  unit: string;
  /** `max`: the figure must not exceed the limit; `min`: it must reach it. */
  kind: 'max' | 'min';
  verdict: Verdict;
}

/**
 * The limits of the performance issue, by the JSON path of the figure each one checks. Bundle
 * size is in bytes (decimal).
 */
export const BUDGETS = {
  'extract.mbPerSec': { limit: 2, unit: 'MB/s', kind: 'min' },
  'extract.startupMs': { limit: 300, unit: 'ms', kind: 'max' },
  'ingest.requestsPerPage': { limit: 40, unit: 'requests', kind: 'max' },
  'ingest.itemsPerPage': { limit: 200, unit: 'items', kind: 'max' },
  'ingest.diskP50Ms': { limit: 1000, unit: 'ms', kind: 'max' },
  'lambda.ingestColdStartMs': { limit: 500, unit: 'ms', kind: 'max' },
  'lambda.apiColdStartMs': { limit: 200, unit: 'ms', kind: 'max' },
  'lambda.apiBundleBytes': { limit: 800_000, unit: 'bytes', kind: 'max' },
  'api.nestedRequests': { limit: 6, unit: 'requests', kind: 'max' },
  'api.nodeVsSdk': { limit: 0.5, unit: '×', kind: 'min' },
} as const satisfies Record<string, { limit: number; unit: string; kind: 'max' | 'min' }>;

/** The name of a budget: the JSON path of its figure. */
export type BudgetName = keyof typeof BUDGETS;

/**
 * Checks one figure against a limit.
 *
 * @example
 * verdict(1.2e6, 1.5e6, 'max') // → 'PASS'
 * verdict(1.8, 2, 'min')       // → 'FAIL'
 * verdict(null, 2, 'min')      // → 'NOT MEASURED'
 */
export function verdict(actual: number | null | undefined, limit: number, kind: 'max' | 'min'): Verdict {
  if (actual === null || actual === undefined || !Number.isFinite(actual)) return 'NOT MEASURED';
  return (kind === 'max' ? actual <= limit : actual >= limit) ? 'PASS' : 'FAIL';
}

/** The figures the budgets look at, by budget name; a figure is absent when its section did not run. */
export type BudgetInputs = Partial<Record<BudgetName, number | null>> & {
  /** Budgets whose figure could not be measured because the thing measured is broken: FAIL. */
  broken?: readonly BudgetName[];
};

/**
 * Checks every budget. Pure: figures in, verdicts out; a figure not measured is reported as
 * such, never as met.
 *
 * @example
 * checkBudgets({ 'api.nestedRequests': 7 }).find((b) => b.name === 'api.nestedRequests')
 * // → { actual: 7, limit: 6, verdict: 'FAIL', … }
 */
export function checkBudgets(inputs: BudgetInputs): BudgetCheck[] {
  const broken = new Set<string>(inputs.broken ?? []);
  return (Object.keys(BUDGETS) as BudgetName[]).map((name): BudgetCheck => {
    const { limit, unit, kind } = BUDGETS[name];
    const actual = inputs[name] ?? null;
    return { name, actual, limit, unit, kind, verdict: broken.has(name) ? 'FAIL' : verdict(actual, limit, kind) };
  });
}

/**
 * One line for the end of a run: how many measured budgets were met, which were missed and which
 * were not measured.
 *
 * @example
 * budgetSummary(checkBudgets({ 'extract.mbPerSec': 2.4 }))
 * // → 'budgets: 1 of 1 measured met; not measured: extract.startupMs, …'
 */
export function budgetSummary(checks: readonly BudgetCheck[]): string {
  const names = (v: Verdict) => checks.filter((b) => b.verdict === v).map((b) => b.name);
  const failed = names('FAIL');
  const unmeasured = names('NOT MEASURED');
  const measured = checks.length - unmeasured.length;
  return [
    `budgets: ${measured - failed.length} of ${measured} measured met`,
    ...(failed.length ? [`missed: ${failed.join(', ')}`] : []),
    ...(unmeasured.length ? [`not measured: ${unmeasured.join(', ')}`] : []),
  ].join('; ');
}
