import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, verdict } from './budgets.ts';

describe('verdict', () => {
  it('passes a maximum at or below the limit and fails above it', () => {
    expect(verdict(300, 300, 'max')).toBe('PASS');
    expect(verdict(301, 300, 'max')).toBe('FAIL');
  });

  it('passes a minimum at or above the limit and fails below it', () => {
    expect(verdict(2, 2, 'min')).toBe('PASS');
    expect(verdict(1.99, 2, 'min')).toBe('FAIL');
  });

  it('gives N/A when the figure was not measured or is not a number', () => {
    expect(verdict(null, 2, 'min')).toBe('N/A');
    expect(verdict(undefined, 2, 'max')).toBe('N/A');
    expect(verdict(Number.NaN, 2, 'max')).toBe('N/A');
  });
});

describe('checkBudgets', () => {
  const byName = (inputs: Parameters<typeof checkBudgets>[0]) =>
    Object.fromEntries(checkBudgets(inputs).map((b) => [b.name, b]));

  it('checks every budget of the issue, N/A for sections that did not run', () => {
    const checks = checkBudgets({});
    expect(checks.map((b) => b.name)).toEqual([
      'api bundle',
      'api cold start',
      'ingest cold start',
      'nested query requests',
      'extract per core',
    ]);
    expect(checks.every((b) => b.verdict === 'N/A' && b.actual === null)).toBe(true);
  });

  it('allows the nested query its depth plus two requests', () => {
    expect(byName({ nestedRequests: 6, nestedDepth: 4 })['nested query requests']).toMatchObject({
      limit: 6,
      verdict: 'PASS',
    });
    expect(byName({ nestedRequests: 7, nestedDepth: 4 })['nested query requests']?.verdict).toBe('FAIL');
    expect(byName({ nestedRequests: 6 })['nested query requests']?.limit).toBe(4 + BUDGETS.nestedExtraRequests);
  });

  it('uses 1.5 MB (decimal) for the API bundle, 300/500 ms for cold starts, 2 MB/s for extraction', () => {
    const checks = byName({
      apiBundleBytes: 1_500_001,
      apiColdStartMs: 299,
      ingestColdStartMs: 500,
      extractMbPerSec: 2.5,
    });
    expect(checks['api bundle']?.verdict).toBe('FAIL');
    expect(checks['api cold start']?.verdict).toBe('PASS');
    expect(checks['ingest cold start']?.verdict).toBe('PASS');
    expect(checks['extract per core']).toMatchObject({ actual: 2.5, limit: 2, kind: 'min', verdict: 'PASS' });
  });

  it('fails a budget whose subject is broken, even without a figure', () => {
    expect(byName({ broken: ['ingest cold start'] })['ingest cold start']?.verdict).toBe('FAIL');
  });
});
