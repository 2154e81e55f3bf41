import { describe, expect, it } from 'vitest';
import { recombinedPage } from './recombine.ts';

const sources = Array.from({ length: 6 }, (_, p) =>
  [`标题${p}`, ...Array.from({ length: 10 }, (_, l) => `第${p}页第${l}段。`)].join('\n'),
);

describe('recombinedPage', () => {
  it('gives the same page for the same index and another page for another index', () => {
    expect(recombinedPage(sources, 3)).toBe(recombinedPage(sources, 3));
    expect(recombinedPage(sources, 3)).not.toBe(recombinedPage(sources, 4));
  });

  it('opens with a headline and keeps every paragraph whole, from at least two pages', () => {
    const lines = recombinedPage(sources, 11).split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^标题\d$/);
    const body = lines.slice(1);
    expect(body.every((l) => /^第\d页第\d段。$/.test(l))).toBe(true);
    expect(new Set(body.map((l) => l.slice(1, 2))).size).toBeGreaterThanOrEqual(2);
  });

  it('refuses to recombine nothing', () => {
    expect(() => recombinedPage([], 0)).toThrow(/no source pages/);
  });
});
