import { describe, expect, it } from 'vitest';
import { displayWidth, fmt, fmtBytes, formatTable } from './table.ts';

describe('fmt', () => {
  it('groups thousands and picks decimals by magnitude', () => {
    expect(fmt(1234567)).toBe('1,234,567');
    expect(fmt(2.71)).toBe('2.7');
    expect(fmt(2.456, 2)).toBe('2.46');
    expect(fmt(null)).toBe('–');
    expect(fmt(Number.NaN)).toBe('–');
  });

  it('shows bytes in kB with the exact count', () => {
    expect(fmtBytes(1_500_000)).toBe('1,500 kB (1,500,000 B)');
  });
});

describe('formatTable', () => {
  it('aligns columns, counting CJK characters as two columns wide', () => {
    expect(displayWidth('佛山abc')).toBe(7);
    const table = formatTable([
      { section: 'api', metric: 'search 佛山', value: '12', budget: '≤ 6 requests', verdict: 'PASS' },
      { section: 'extract', metric: 'MB/s', value: '2.50' },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| section +\| metric +\| value +\| budget +\| status +\|$/);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
    expect(lines[2]).toContain('PASS');
  });
});
