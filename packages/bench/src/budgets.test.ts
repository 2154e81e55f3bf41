import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetSummary, checkBudgets, verdict } from './budgets.ts';

describe('verdict', () => {
  it('passes a maximum at or below the limit and fails above it', () => {
    expect(verdict(300, 300, 'max')).toBe('PASS');
    expect(verdict(301, 300, 'max')).toBe('FAIL');
  });

  it('passes a minimum at or above the limit and fails below it', () => {
    expect(verdict(2, 2, 'min')).toBe('PASS');
    expect(verdict(1.99, 2, 'min')).toBe('FAIL');
  });

  it('says NOT MEASURED when the figure is missing or not a number', () => {
    expect(verdict(null, 2, 'min')).toBe('NOT MEASURED');
    expect(verdict(undefined, 2, 'max')).toBe('NOT MEASURED');
    expect(verdict(Number.NaN, 2, 'max')).toBe('NOT MEASURED');
  });
});

describe('checkBudgets', () => {
  const byName = (inputs: Parameters<typeof checkBudgets>[0]) =>
    Object.fromEntries(checkBudgets(inputs).map((b) => [b.name, b]));

  it('checks every budget by the JSON path of its figure, none measured when no section ran', () => {
    const checks = checkBudgets({});
    expect(checks.map((b) => b.name)).toEqual(Object.keys(BUDGETS));
    expect(checks.every((b) => b.verdict === 'NOT MEASURED' && b.actual === null)).toBe(true);
  });

  it('uses the issue limits: 6 nested requests, 800 kB API bundle, 200/500 ms cold starts, 2 MB/s', () => {
    const checks = byName({
      'api.nestedRequests': 7,
      'lambda.apiBundleBytes': 800_001,
      'lambda.apiColdStartMs': 200,
      'lambda.ingestColdStartMs': 501,
      'extract.mbPerSec': 2.5,
      'api.nodeVsSdk': 0.49,
    });
    expect(checks['api.nestedRequests']).toMatchObject({ limit: 6, verdict: 'FAIL' });
    expect(checks['lambda.apiBundleBytes']?.verdict).toBe('FAIL');
    expect(checks['lambda.apiColdStartMs']?.verdict).toBe('PASS');
    expect(checks['lambda.ingestColdStartMs']?.verdict).toBe('FAIL');
    expect(checks['extract.mbPerSec']).toMatchObject({ actual: 2.5, limit: 2, kind: 'min', verdict: 'PASS' });
    expect(checks['api.nodeVsSdk']?.verdict).toBe('FAIL');
  });

  it('fails a budget whose subject is broken, even without a figure', () => {
    expect(byName({ broken: ['lambda.ingestColdStartMs'] })['lambda.ingestColdStartMs']?.verdict).toBe('FAIL');
  });
});

describe('budgetSummary', () => {
  it('counts only measured budgets as met and names the ones not measured', () => {
    const line = budgetSummary(checkBudgets({ 'extract.mbPerSec': 2.4, 'extract.startupMs': 400 }));
    expect(line).toMatch(/^budgets: 1 of 2 measured met; missed: extract\.startupMs; not measured: /);
    expect(line).toContain('lambda.apiColdStartMs');
  });
});
