/** Outcome of one budget: met, missed, or not measured in this run. */
export type Verdict = 'PASS' | 'FAIL' | 'N/A';

/** One budget with the figure it was checked against. */
export interface BudgetCheck {
  /** Short name, e.g. `api bundle`. */
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

/** The limits from the issue. Bundle size is in bytes (1.5 MB = 1,500,000 bytes, decimal). */
export const BUDGETS = {
  apiBundleBytes: 1_500_000,
  apiColdStartMs: 300,
  ingestColdStartMs: 500,
  /** A nested query may cost its depth plus this many DynamoDB requests. */
  nestedExtraRequests: 2,
  extractMbPerSecPerCore: 2,
} as const;

/**
 * Checks one figure against a limit.
 *
 * @example
 * verdict(1.2e6, 1.5e6, 'max') // → 'PASS'
 * verdict(1.8, 2, 'min')       // → 'FAIL'
 * verdict(null, 2, 'min')      // → 'N/A'
 */
export function verdict(actual: number | null | undefined, limit: number, kind: 'max' | 'min'): Verdict {
  if (actual === null || actual === undefined || !Number.isFinite(actual)) return 'N/A';
  return (kind === 'max' ? actual <= limit : actual >= limit) ? 'PASS' : 'FAIL';
}

/** The figures the budgets look at; each is optional because sections can be skipped. */
export interface BudgetInputs {
  apiBundleBytes?: number;
  apiColdStartMs?: number;
  ingestColdStartMs?: number;
  nestedRequests?: number;
  /** Depth of the nested query as the API measures it (`extensions.cost.depth`). */
  nestedDepth?: number;
  extractMbPerSec?: number;
  /** Budgets whose figure could not be measured because the thing measured is broken: FAIL. */
  broken?: readonly string[];
}

const check = (name: string, actual: number | undefined, limit: number, unit: string, kind: 'max' | 'min') => ({
  name,
  actual: actual ?? null,
  limit,
  unit,
  kind,
  verdict: verdict(actual, limit, kind),
});

/**
 * Checks every budget of the issue: API bundle ≤ 1.5 MB and cold start ≤ 300 ms, ingest cold
 * start ≤ 500 ms, the four-level nested query ≤ depth + 2 DynamoDB requests, extraction
 * ≥ 2 MB/s per core. Pure: figures in, verdicts out.
 *
 * @example
 * checkBudgets({ nestedRequests: 7, nestedDepth: 4 }).find((b) => b.name === 'nested query requests')
 * // → { actual: 7, limit: 6, verdict: 'FAIL', … }
 */
export function checkBudgets(inputs: BudgetInputs): BudgetCheck[] {
  const depth = inputs.nestedDepth ?? 4;
  const broken = new Set(inputs.broken ?? []);
  const checks = [
    check('api bundle', inputs.apiBundleBytes, BUDGETS.apiBundleBytes, 'bytes', 'max'),
    check('api cold start', inputs.apiColdStartMs, BUDGETS.apiColdStartMs, 'ms', 'max'),
    check('ingest cold start', inputs.ingestColdStartMs, BUDGETS.ingestColdStartMs, 'ms', 'max'),
    check('nested query requests', inputs.nestedRequests, depth + BUDGETS.nestedExtraRequests, 'requests', 'max'),
    check('extract per core', inputs.extractMbPerSec, BUDGETS.extractMbPerSecPerCore, 'MB/s', 'min'),
  ];
  return checks.map((c): BudgetCheck => (broken.has(c.name) ? { ...c, verdict: 'FAIL' } : c));
}
