import { describe, expect, it } from 'vitest';
import { barChart, formatNumber } from '../web/chart.ts';
import { comparisonBars } from '../web/compare.ts';
import { escapeHtml, html, raw } from '../web/html.ts';
import { countOf, enumLabel, t } from '../web/i18n.ts';
import { MAX_NEIGHBOURS, neighbourhoodElements } from '../web/neighbourhood.ts';
import { hrefFor, parseRoute, routeHash } from '../web/route.ts';

describe('parseRoute', () => {
  it('does read each view and decode its argument when given a hash', () => {
    expect(parseRoute('')).toEqual({ view: 'home' });
    expect(parseRoute('#/')).toEqual({ view: 'home' });
    expect(parseRoute('#/org/T3Jn')).toEqual({ view: 'org', id: 'T3Jn' });
    expect(parseRoute('#/place/440600')).toEqual({ view: 'place', code: '440600' });
    expect(parseRoute(`#/search/${encodeURIComponent('佛山/市')}`)).toEqual({ view: 'search', query: '佛山/市' });
    expect(parseRoute('#/nope/x')).toEqual({ view: 'home' });
    expect(parseRoute('#/search/%E0%A4%A')).toEqual({ view: 'home' });
  });

  it('does round-trip through routeHash when given any route', () => {
    for (const route of [
      { view: 'search', query: '佛山 市' },
      { view: 'person', id: 'UGVyc29uOnBfMQ==' },
      { view: 'place', code: '440605' },
    ] as const)
      expect(parseRoute(routeHash(route))).toEqual(route);
  });
});

describe('hrefFor', () => {
  it('does link each type to its page when the node has an id or code', () => {
    expect(hrefFor({ __typename: 'Organization', id: 'a' })).toBe('#/org/a');
    expect(hrefFor({ __typename: 'Place', code: '440600' })).toBe('#/place/440600');
    expect(hrefFor({ __typename: 'Article', id: 'a' })).toBeUndefined();
  });
});

describe('html', () => {
  it('does escape interpolated text but keep nested safe HTML when rendering', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(html`<a>${name}</a>${raw('<b>ok</b>')}${[html`<i>${'&'}</i>`, null, false]}`.value).toBe(
      '<a>&lt;img src=x onerror=alert(1)&gt;</a><b>ok</b><i>&amp;</i>',
    );
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
});

describe('formatNumber', () => {
  it('does use 万 and 亿 when the number is large', () => {
    expect(formatNumber(1_496_000)).toBe('149.6万');
    expect(formatNumber(230_000_000)).toBe('2.3亿');
    expect(formatNumber(12.345)).toBe('12.3');
  });
});

describe('barChart', () => {
  it('does scale bars to the largest value and escape labels when drawing', () => {
    const svg = barChart(
      [
        { label: '佛山市', value: 100, text: '100人', href: '#/place/440600' },
        { label: '<南海区>', value: 50 },
        { label: 'neg', value: -5 },
      ],
      { title: '会员', width: 500, labelWidth: 100 },
    );
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([310, 155, 0]);
    expect(svg).toContain('&lt;南海区&gt;');
    expect(svg).toContain('<a href="#/place/440600">');
    expect(svg).toContain('aria-label="会员"');
  });
});

describe('neighbourhoodElements', () => {
  it('does draw each neighbour once with a directed edge when given a neighbourhood', () => {
    const elements = neighbourhoodElements({
      center: { id: 'o', label: '佛山市总工会', type: 'Organization' },
      neighbours: [
        { id: 'p', label: '李灿', type: 'Person', edge: '主席', direction: 'in' },
        { id: 'p', label: '李灿', type: 'Person' },
        { id: 'e', label: '推进会', type: 'Event', edge: 'organized' },
      ],
    });
    expect(elements).toHaveLength(5);
    expect(elements[2]?.data).toMatchObject({ source: 'p', target: 'o', label: '主席' });
    expect(elements[4]?.data).toMatchObject({ source: 'o', target: 'e' });
  });

  it('does link a second-hop neighbour to the node it came by when it has a via', () => {
    const elements = neighbourhoodElements({
      center: { id: 'd', label: '第3版', type: 'Document' },
      neighbours: [
        { id: 'a1', label: '文章一', type: 'Article' },
        { id: 'a2', label: '文章二', type: 'Article' },
        { id: 'o', label: '佛山市总工会', type: 'Organization', via: 'a1' },
        { id: 'o', label: '佛山市总工会', type: 'Organization', via: 'a2' },
      ],
    });
    const edges = elements.filter((e) => e.data.source).map((e) => `${e.data.source}->${e.data.target}`);
    expect(edges).toEqual(['d->a1', 'd->a2', 'a1->o', 'a2->o']);
  });

  it('does cap the neighbours when there are very many', () => {
    const neighbours = Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, label: `${i}`, type: 'Person' }));
    const nodes = neighbourhoodElements({ center: { id: 'c', label: 'c', type: 'Place' }, neighbours }).filter(
      (e) => !('source' in e.data),
    );
    expect(nodes.length).toBe(MAX_NEIGHBOURS + 1);
  });
});

describe('comparisonBars', () => {
  const metric = (id: string, scope: string, year: number | null, value: number) => ({
    id,
    value,
    unit: '人',
    text: `${value}人`,
    year,
    isTarget: false,
    scope: { name: scope },
  });

  it('does chart over time when every metric describes one place in several years', () => {
    const { mode, bars } = comparisonBars([metric('b', '佛山市', 2025, 20), metric('a', '佛山市', 2024, 10)]);
    expect(mode).toBe('time');
    expect(bars.map((b) => b.label)).toEqual(['2024', '2025']);
  });

  it('does chart across places, largest first, when the metrics describe several', () => {
    const { mode, bars } = comparisonBars([metric('a', '南海区', 2024, 10), metric('b', '佛山市', null, 30)]);
    expect(mode).toBe('across');
    expect(bars.map((b) => b.label)).toEqual(['佛山市', '南海区 2024']);
    expect(bars[0]?.href).toBe('#/metric/b');
  });
});

describe('i18n', () => {
  it('does count in Chinese with a measure word and in English with a plural when asked', () => {
    expect(countOf(1, 'article', 'zh')).toBe('1 篇文章');
    expect(countOf(1, 'article', 'en')).toBe('1 article');
    expect(countOf(2, 'metric', 'en')).toBe('2 metrics');
  });

  it('does name labels and enum values in Chinese unless English is chosen', () => {
    expect(t('People', 'zh')).toBe('人物');
    expect(t('People', 'en')).toBe('People');
    expect(enumLabel('SPOKE', 'zh')).toBe('讲话');
    expect(enumLabel('AT_LEAST', 'en')).toBe('at least');
  });
});
