import type { GraphStore } from '@reportgraph/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql, type Loose } from '../testing/graphql.ts';
import { createTestStore, loadSampleGraph } from '../testing/sample-graph.ts';
import { createApi } from '../yoga.ts';

let api: ReturnType<typeof createApi>;
let store: GraphStore;

beforeAll(async () => {
  store = await createTestStore();
  await loadSampleGraph(store);
  api = createApi({ store, logging: false });
});

async function data(query: string) {
  const r = await gql(api, query);
  expect(r.errors, query).toBeUndefined();
  return r.data as Loose;
}

async function everything(field: string, selection: string): Promise<Loose[]> {
  const all: Loose[] = [];
  let after: string | null = null;
  do {
    const r = await gql(
      api,
      `query ($a: String) { ${field}(first: 100, after: $a) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
      { a: after },
    );
    const conn = r.data?.[field] as Loose;
    all.push(...conn.edges.map((e: Loose) => e.node));
    after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
  } while (after);
  return all;
}

const tally = (keys: (string | null)[]) => {
  const counts: Record<string, number> = {};
  for (const k of keys) counts[String(k)] = (counts[String(k)] ?? 0) + 1;
  return counts;
};

describe('aggregate', () => {
  it('does count unions per city when grouped by PLACE at CITY level', async () => {
    const unions = (await everything('organizations', 'kind placeCode')).filter((o) => o.kind === 'UNION');
    const expected = tally(unions.map((o) => (o.placeCode ? `${o.placeCode.slice(0, 4)}00` : null)));
    const r = await data(
      '{ aggregate(entity: ORGANIZATION, kind: UNION, groupBy: [PLACE], placeLevel: CITY) { placeCode place { name } count } }',
    );
    const got = Object.fromEntries(r.aggregate.map((g: Loose) => [String(g.placeCode), g.count]));
    expect(got).toEqual(expected);
    expect(r.aggregate.find((g: Loose) => g.placeCode === '440600')?.place?.name).toBe('佛山市');
  });

  it('does sum a metric per unit by province and year when grouped by PLACE and YEAR', async () => {
    const metrics = await everything('metrics', 'value unit year placeCode subject');
    const subject = metrics.find((m) => m.placeCode && m.year)?.subject as string;
    const chosen = metrics.filter((m) => m.subject === subject);
    const r = await data(
      `{ aggregate(entity: METRIC, subject: "${subject}", groupBy: [PLACE, YEAR], placeLevel: PROVINCE) { placeCode year unit count sum } }`,
    );
    expect(r.aggregate.reduce((n: number, g: Loose) => n + g.count, 0)).toBe(chosen.length);
    expect(r.aggregate.reduce((n: number, g: Loose) => n + g.sum, 0)).toBeCloseTo(
      chosen.reduce((n, m) => n + m.value, 0),
    );
  });

  it('does count events by year and type, and people and organizations in total', async () => {
    const events = await everything('events', 'date type');
    const r = await data('{ aggregate(entity: EVENT, groupBy: [YEAR, TYPE]) { year type count } }');
    expect(r.aggregate.reduce((n: number, g: Loose) => n + g.count, 0)).toBe(events.length);
    const byYear = tally(events.map((e) => (/^\d{4}/.test(e.date ?? '') ? e.date.slice(0, 4) : null)));
    const got: Record<string, number> = {};
    for (const g of r.aggregate) got[String(g.year)] = (got[String(g.year)] ?? 0) + g.count;
    expect(got).toEqual(byYear);
    const people = await data('{ aggregate(entity: PERSON, groupBy: []) { count } people(first: 1) { totalCount } }');
    expect(people.aggregate[0].count).toBe(people.people.totalCount);
  });

  it('does answer BAD_USER_INPUT saying what to group by when a dimension does not apply', async () => {
    const r = await gql(api, '{ aggregate(entity: PERSON, groupBy: [PLACE]) { count } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/Person cannot be grouped by PLACE; group it by nothing/);
  });
});
