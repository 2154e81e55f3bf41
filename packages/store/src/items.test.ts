import { describe, expect, it } from 'vitest';
import type { ExtractResult } from './extraction.ts';
import { type GraphItem, toGraphItems } from './items.ts';

/** One of each kind of entity, linked as the extractor links them. */
const page: ExtractResult = {
  extractorVersion: 'test',
  publishedDate: '2025-10-31',
  articles: [{ id: 'a_x', index: 0, title: '标题', text: '正文', start: 0, end: 10 }],
  places: [{ code: '440600', name: '佛山市', level: 'city', parentCode: '440000' }],
  organizations: [
    {
      id: 'o_1',
      name: '佛山市总工会',
      aliases: ['市总工会'],
      kind: 'union',
      placeCode: '440600',
      mentions: [{ article: 0, sentence: '佛山市总工会召开会议。', start: 3, end: 14 }],
    },
  ],
  people: [
    {
      id: 'p_1',
      name: '李灿',
      roles: ['佛山市总工会主席'],
      positions: [{ role: '佛山市总工会主席', title: '主席', organizationId: 'o_1' }],
      mentions: [],
    },
  ],
  events: [
    {
      id: 'e_1',
      title: '推进会',
      date: '2025-10-29',
      dateSource: 'text',
      type: 'meeting',
      placeCode: '440600',
      organizerIds: ['o_1'],
      participants: [{ personId: 'p_1', part: 'spoke' }],
      mentions: [],
    },
  ],
  metrics: [
    {
      id: 'm_1',
      value: 3,
      unit: '人',
      qualifier: 'exact',
      subject: '技能人才',
      text: '3人',
      isTarget: false,
      scope: { placeCode: '440600' },
      mentions: [],
    },
  ],
};

const items = toGraphItems('d_1', page);
const item = (pk: string, sk: string): GraphItem | undefined => items.find((i) => i.pk === pk && i.sk === sk);
/** The key attributes of an item's SET, which decide where it is found. */
const keysOf = (i: GraphItem | undefined) =>
  Object.fromEntries(Object.entries(i?.set ?? {}).filter(([name]) => /^gsi\d(pk|sk)$/.test(name)));

// These keys and attributes are what existing tables hold: a change here is a data migration.
describe('toGraphItems', () => {
  it('keys each node by type and id and lists it byType and, with a place, byPlace', () => {
    expect(keysOf(item('Organization#o_1', '#node'))).toEqual({
      gsi2pk: 'Organization',
      gsi2sk: '佛山市总工会',
      gsi3pk: 'Organization@place',
      gsi3sk: '440600#佛山市总工会',
      gsi4pk: 'Organization@kind#union',
      gsi4sk: '佛山市总工会',
      gsi5pk: 'Organization@pinyin',
      gsi5sk: 'hb7f0hc9bdhcad0hd7dchb9a4hbbe1\u0001#佛山市总工会',
    });
    expect(keysOf(item('Person#p_1', '#node'))).toEqual({
      gsi2pk: 'Person',
      gsi2sk: '李灿',
      gsi5pk: 'Person@pinyin',
      gsi5sk: 'hc0eehb2d3\u0001#李灿',
    });
    expect(keysOf(item('Metric#m_1', '#node'))).toMatchObject({
      gsi4pk: 'Metric@unit#人',
      gsi5pk: 'Metric@value#人',
    });
    expect(keysOf(item('Event#e_1', '#node'))).toMatchObject({
      gsi2sk: '2025-10-29#推进会',
      gsi3sk: '440600#2025-10-29#推进会',
    });
    expect(keysOf(item('Metric#m_1', '#node'))).toMatchObject({ gsi2sk: '技能人才#人', gsi3sk: '440600#技能人才#人' });
    expect(keysOf(item('Place#440600', '#node'))).toMatchObject({ gsi3pk: 'Place@place', gsi3sk: '440600#440600' });
  });

  it('sets scalar attributes and adds aliases as entries of the document that states them', () => {
    const org = item('Organization#o_1', '#node');
    expect(org?.set).toMatchObject({ type: 'Organization', id: 'o_1', name: '佛山市总工会', kind: 'union' });
    expect(org?.add?.aliases).toEqual(['市总工会\u0001d_1']);
    expect(item('Event#e_1', '#node')?.set).toMatchObject({ eventType: 'meeting', date: '2025-10-29' });
  });

  it('stores an edge under its source and, reversed, under its target (byTarget)', () => {
    expect(item('Person#p_1', 'holds#Organization#o_1#主席')?.set).toEqual({
      type: 'edge',
      edge: 'holds',
      fromType: 'Person',
      fromId: 'p_1',
      toType: 'Organization',
      toId: 'o_1',
      qualifier: '主席',
      gsi1pk: 'Organization#o_1',
      gsi1sk: 'holds#Person#p_1#主席',
      title: '主席',
      role: '佛山市总工会主席',
    });
  });

  it('summarizes an edge on both end nodes when the document writes them', () => {
    const holds = 'holds#Person#p_1#主席\u0001d_1\u0001{"title":"主席","role":"佛山市总工会主席"}';
    expect(item('Organization#o_1', '#node')?.add?.adjIn).toContain(holds);
    expect(item('Person#p_1', '#node')?.add?.adjOut).toContain(
      'holds#Organization#o_1#主席\u0001d_1\u0001{"title":"主席","role":"佛山市总工会主席"}',
    );
  });

  it('scopes articles and their edges to the document and leaves shared items merged', () => {
    const article = items.find((i) => i.pk.startsWith('Article#') && i.sk === '#node');
    expect(article?.set).toMatchObject({ documentId: 'd_1', gsi2pk: 'Article', gsi2sk: 'd_1#0000' });
    expect(article?.scoped).toBe(true);
    expect(item('Organization#o_1', `mentionedIn#${article?.pk}#0000003`)?.scoped).toBe(true);
    // Search entries are written beside the graph's items (search/write-entries.ts), one per entity.
    expect(items.filter((i) => i.pk.startsWith('term#') || i.pk.startsWith('search#'))).toEqual([]);
    expect(item('Organization#o_1', '#node')?.scoped).toBeUndefined();
  });
});
