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

async function run(query: string) {
  const r = await gql(api, query);
  expect(r.errors, query).toBeUndefined();
  const conn = Object.values(r.data ?? {})[0] as Loose;
  return { nodes: conn.edges.map((e: Loose) => e.node) as Loose[], cost: r.extensions?.cost };
}

/** Every node of a list, read in full pages (the reference a filter's answer is checked against). */
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

describe('list filters', () => {
  it('does read one request for first: 1 when filtering by kind, event type or unit', async () => {
    for (const query of [
      '{ organizations(kind: ASSOCIATION, first: 1) { edges { node { kind } } } }',
      '{ events(type: VISIT, first: 1) { edges { node { type } } } }',
      '{ metrics(unit: "元", first: 1) { edges { node { unit } } } }',
    ]) {
      const { nodes, cost } = await run(query);
      expect(nodes.length, query).toBe(1);
      expect(cost?.dynamodbRequests, query).toBe(1);
    }
  });

  it('does combine placeCode with a name prefix and with kind when listing organizations', async () => {
    const all = await everything('organizations', 'name kind placeCode');
    const expected = all.filter((o) => o.placeCode?.startsWith('4406') && o.name.startsWith('佛山市'));
    expect(expected.length).toBeGreaterThan(0);
    const { nodes } = await run(
      '{ organizations(placeCode: "440600", namePrefix: "佛山市", first: 100) { edges { node { name } } } }',
    );
    expect(nodes.map((n) => n.name).sort()).toEqual(expected.map((o) => o.name).sort());
    const unions = await run(
      '{ organizations(placeCode: "440600", kind: UNION, namePrefix: "佛山", first: 100) { edges { node { name kind } } } }',
    );
    expect(unions.nodes.every((n) => n.kind === 'UNION' && n.name.startsWith('佛山'))).toBe(true);
  });

  it('does combine placeCode, type and a date range, and year with from/to, when listing events', async () => {
    const all = await everything('events', 'title date type placeCode');
    const inPlace = all.filter(
      (e) => e.placeCode?.startsWith('4406') && e.date >= '2025-01-01' && e.date <= '2025-12-31',
    );
    expect(inPlace.length).toBeGreaterThan(0);
    const r = await run('{ events(placeCode: "440600", year: 2025, first: 100) { edges { node { title date } } } }');
    expect(r.nodes.length).toBe(inPlace.length);
    const narrowed = all.filter((e) => e.date >= '2025-10-01' && e.date <= '2025-12-31');
    const y = await run(
      '{ events(year: 2025, from: "2025-10-01", first: 100) { totalCount edges { node { date } } } }',
    );
    expect(y.nodes.length).toBe(narrowed.length);
    const meetings = all.filter((e) => e.type === 'MEETING' && e.date >= '2025-10-01' && e.date <= '2025-10-31');
    const m = await run(
      '{ events(type: MEETING, from: "2025-10-01", to: "2025-10-31", first: 100) { edges { node { type } } } }',
    );
    expect(m.nodes.length).toBe(meetings.length);
    expect(m.cost?.dynamodbRequests).toBe(1);
  });

  it('does combine unit with subject prefix and placeCode when listing metrics', async () => {
    const all = await everything('metrics', 'subject unit placeCode');
    const people = all.filter((m) => m.unit === '人' && m.placeCode?.startsWith('44'));
    const r = await run('{ metrics(unit: "人", placeCode: "440000", first: 100) { edges { node { unit } } } }');
    expect(r.nodes.length).toBe(people.length);
    const subject = all.find((m) => m.unit === '人')?.subject as string;
    const bySubject = all.filter((m) => m.unit === '人' && m.subject.startsWith(subject.slice(0, 1)));
    const s = await run(
      `{ metrics(unit: "人", subjectPrefix: "${subject.slice(0, 1)}", first: 100) { edges { node { subject } } } }`,
    );
    expect(s.nodes.length).toBe(bySubject.length);
  });

  it('does charge a filter that reads past its page for every request it sends', async () => {
    const r = await gql(api, '{ organizations(placeCode: "440000", kind: SCHOOL, first: 1) { edges { cursor } } }');
    expect(r.errors).toBeUndefined();
    expect(r.extensions?.cost?.dynamodbRequests).toBeGreaterThanOrEqual(1);
    expect(r.extensions?.cost?.operations.Query).toBe(r.extensions?.cost?.dynamodbRequests);
  });
});
