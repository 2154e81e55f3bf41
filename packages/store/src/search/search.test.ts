import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createDocumentClient } from '../client.ts';
import type { StoreContext } from '../context.ts';
import { InvalidCursorError } from '../cursor.ts';
import type { ExtractResult } from '../extraction.ts';
import { createMeter } from '../meter.ts';
import { ensureTable } from '../setup.ts';
import { GraphStore } from '../store.ts';
import { createEmbeddedSearch } from './engine.ts';
import { removeSearchEntries, writeSearchEntries } from './write-entries.ts';

const mention = { article: 0, sentence: '……', start: 0, end: 2 };

/** A page naming these organizations (id = name), people, places and metric subjects. */
function page(parts: {
  orgs?: (string | [string, string[]])[];
  people?: string[];
  places?: [string, string][];
  metrics?: [string, string][];
  events?: string[];
}): ExtractResult {
  return {
    extractorVersion: 'test',
    articles: [{ id: 'a', index: 0, title: '标题', text: '正文', start: 0, end: 2 }],
    places: (parts.places ?? []).map(([code, name]) => ({ code, name, level: 'city' as const })),
    organizations: (parts.orgs ?? []).map((o) => {
      const [name, aliases] = typeof o === 'string' ? [o, []] : o;
      return { id: `o_${name}`, name, aliases, kind: 'union' as const, mentions: [mention] };
    }),
    people: (parts.people ?? []).map((name) => ({
      id: `p_${name}`,
      name,
      roles: [],
      positions: [],
      mentions: [mention],
    })),
    events: (parts.events ?? []).map((title) => ({
      id: `e_${title}`,
      title,
      date: null,
      dateSource: 'none' as const,
      type: 'meeting' as const,
      organizerIds: [],
      participants: [],
      mentions: [mention],
    })),
    metrics: (parts.metrics ?? []).map(([id, subject]) => ({
      id,
      value: 1,
      unit: '人',
      qualifier: 'exact' as const,
      subject,
      text: `${subject}1人`,
      scope: {},
      isTarget: false,
      isChange: false,
      mentions: [mention],
    })),
  } as ExtractResult;
}

async function newContext(): Promise<StoreContext> {
  const endpoint = inject('services').DYNAMODB_ENDPOINT;
  const tableName = `search-${randomUUID()}`;
  await ensureTable(new DynamoDBClient({ endpoint }), tableName);
  return { doc: createDocumentClient({ endpoint }), tableName };
}

const names = (page: { hits: { name: string }[] }) => page.hits.map((h) => h.name);

describe('search over the search entries', () => {
  let ctx: StoreContext;
  let store: GraphStore;

  beforeAll(async () => {
    ctx = await newContext();
    store = new GraphStore(ctx);
    // The national and provincial unions are named on many pages, the district union on one.
    for (let i = 0; i < 6; i++) {
      await writeSearchEntries(ctx, `hub${i}`, page({ orgs: ['中华全国总工会', '广东省总工会'] }));
    }
    await writeSearchEntries(
      ctx,
      'foshan',
      page({
        orgs: ['佛山市总工会', ['佛山市南海区总工会', ['区总工会', '南海区总工会']], '上海市总工会'],
        people: ['李灿', '张灿明'],
        places: [
          ['440000', '广东省'],
          ['440600', '佛山市'],
          ['440605', '南海区'],
          ['310000', '上海市'],
        ],
        metrics: [1, 2, 3, 4, 5, 6].map((n) => [`m_${n}`, '职工'] as [string, string]),
        events: ['佛山市产业工人队伍建设改革工作推进会'],
      }),
    );
  });

  it('does rank an exact name first when the whole name is given', async () => {
    const found = await store.search('上海市总工会', { first: 5 });
    expect(found.hits[0]).toMatchObject({ name: '上海市总工会', match: 'exact', score: 1 });
  });

  it('does rank much-mentioned unions above the alias 区总工会 when searching 总工会', async () => {
    const found = await store.search('总工会', { first: 10, types: ['Organization'] });
    expect(names(found).slice(0, 2).sort()).toEqual(['中华全国总工会', '广东省总工会'].sort());
    expect(found.hits[0]?.mentions).toBe(6);
    const district = found.hits.find((h) => h.name === '佛山市南海区总工会');
    expect(district?.match).toBe('substring');
    expect(found.hits.indexOf(district as never)).toBeGreaterThan(1);
  });

  it('does rank exact, then prefix, then alias, then substring matches', async () => {
    const found = await store.search('南海区总工会', { first: 10 });
    expect(found.hits.map((h) => [h.name, h.match])).toEqual([['佛山市南海区总工会', 'alias']]);
    const prefix = await store.search('佛山市', { first: 10 });
    expect(prefix.hits.map((h) => h.match)).toEqual(['exact', 'prefix', 'prefix', 'prefix']);
    expect(prefix.hits[0]).toMatchObject({ type: 'Place', name: '佛山市' });
  });

  it('does find 佛山市总工会 when the administrative suffix 市 is left out', async () => {
    const found = await store.search('佛山总工会', { first: 5 });
    expect(found.hits[0]).toMatchObject({ name: '佛山市总工会', match: 'variant' });
    const district = await store.search('南海总工会', { first: 5 });
    expect(district.hits[0]?.name).toBe('佛山市南海区总工会');
    const province = await store.search('广东总工会', { first: 5 });
    expect(province.hits[0]?.name).toBe('广东省总工会');
  });

  it('does find a union by an abbreviation when its characters come in order', async () => {
    const found = await store.search('全总', { first: 5 });
    expect(found.hits[0]).toMatchObject({ name: '中华全国总工会', match: 'abbreviation' });
  });

  it('does find people by a single character of their name', async () => {
    const found = await store.search('灿', { first: 5 });
    expect(names(found)).toEqual(['李灿', '张灿明']);
    expect(found.hits.every((h) => h.type === 'Person' && h.match === 'substring')).toBe(true);
  });

  it('does find a city and the divisions beneath it when given a partial division code', async () => {
    const found = await store.search('4406', { first: 5 });
    expect(found.hits.map((h) => [h.id, h.match])).toEqual([
      ['440600', 'exact'],
      ['440605', 'prefix'],
    ]);
  });

  it('does find names by pinyin, whole, by its start or by initials', async () => {
    const found = await store.search('foshan', { first: 10 });
    expect(found.hits[0]).toMatchObject({ name: '佛山市', match: 'prefix' });
    expect(names(found)).toContain('佛山市总工会');
    const initials = await store.search('fsszgh', { first: 3 });
    expect(initials.hits[0]).toMatchObject({ name: '佛山市总工会', match: 'variant' });
    const whole = await store.search('LiCan', { first: 3 });
    expect(whole.hits[0]).toMatchObject({ name: '李灿', match: 'exact' });
  });

  it('does match traditional characters against simplified names', async () => {
    const found = await store.search('佛山市總工會', { first: 1 });
    expect(found.hits[0]).toMatchObject({ name: '佛山市总工会', match: 'exact' });
  });

  it('does merge entities of one type and name into one hit', async () => {
    const found = await store.search('职工', { first: 10, types: ['Metric'] });
    expect(found.totalCount).toBe(1);
    expect(found.hits[0]?.merged).toHaveLength(5);
    expect(new Set([found.hits[0]?.id, ...(found.hits[0]?.merged.map((m) => m.id) ?? [])]).size).toBe(6);
  });

  it('does page through every hit once when following cursors', async () => {
    const all = await store.search('工会', { first: 50 });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const next: Awaited<ReturnType<GraphStore['search']>> = await store.search('工会', { first: 2, after });
      seen.push(...next.hits.map((h) => h.id));
      expect(next.totalCount).toBe(all.totalCount);
      if (!next.hasNextPage) break;
      after = next.cursors[next.cursors.length - 1] ?? null;
    }
    expect(seen).toEqual(all.hits.map((h) => h.id));
    await expect(store.search('总工会', { first: 2, after })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('does count a document once when it is written twice, and forgets it when it is removed', async () => {
    const doc = page({ orgs: ['东莞市总工会'] });
    await writeSearchEntries(ctx, 'dg', doc);
    await writeSearchEntries(ctx, 'dg', doc);
    await writeSearchEntries(ctx, 'dg2', doc);
    expect((await store.search('东莞市总工会', { first: 1 })).hits[0]?.mentions).toBe(2);
    await removeSearchEntries(ctx, 'dg');
    expect((await store.search('东莞市总工会', { first: 1 })).hits[0]?.mentions).toBe(1);
    await writeSearchEntries(ctx, 'dg2', page({ orgs: ['中山市总工会'] }));
    expect((await store.search('东莞市总工会', { first: 1 })).totalCount).toBe(0);
    expect((await store.search('中山市总工会', { first: 1 })).totalCount).toBe(1);
  });
});
