import { describe, expect, it } from 'vitest';
import { measureThroughput } from './throughput.ts';

describe('measureThroughput', () => {
  const pages = [
    { name: 'a', text: '佛山市总工会召开会议。'.repeat(20) },
    { name: 'b', text: '市总工会主席李灿出席。'.repeat(30) },
  ];

  it('extracts every page of the corpus it builds, each copy headed by its own issue line', () => {
    const seen = new Set<string>();
    const counted = (text: string) => {
      seen.add(text.slice(0, text.indexOf('\n') + 1));
      return text.length;
    };
    const figures = measureThroughput(counted, pages, { quick: true });
    // The warm-up and the corpus are built from copies 第1期, 第2期, …: no two texts are alike.
    expect(seen.has('第1期\n')).toBe(true);
    expect(seen.size).toBeGreaterThan(100);
    // 2 MB of copies in quick mode, counted in UTF-8 bytes.
    expect(figures.corpusBytes).toBeGreaterThanOrEqual(2 * 1024 * 1024);
  });

  it('reports a speed for each page and for the whole when the extractor works', () => {
    const figures = measureThroughput((text) => text.split('。').length, pages, { quick: true });
    expect(Object.keys(figures.perPage)).toEqual(['a', 'b']);
    for (const speed of [
      figures.mbPerSec,
      figures.wallMbPerSec,
      figures.bigTextMbPerSec,
      ...Object.values(figures.perPage),
    ])
      expect(speed).toBeGreaterThan(0);
  });
});
