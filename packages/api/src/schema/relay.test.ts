import { type GraphStore, pinyinKey } from '@reportgraph/store';
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

const names = (conn: Loose) => conn.edges.map((e: Loose) => e.node.name ?? e.node.title ?? e.node.id);

async function data(query: string, variables: Record<string, unknown> = {}) {
  const r = await gql(api, query, variables);
  expect(r.errors, query).toBeUndefined();
  return r.data as Loose;
}

describe('Relay connections', () => {
  it('does read the end of a root list backward with last/before when paging back from the end', async () => {
    const all = await data('{ organizations(first: 100) { totalCount edges { node { name } } } }');
    const every = names(all.organizations);
    expect(every.length).toBeGreaterThan(5);
    const tail = await data(
      '{ organizations(last: 3) { edges { cursor node { name } } pageInfo { hasPreviousPage hasNextPage startCursor } } }',
    );
    expect(names(tail.organizations)).toEqual(every.slice(-3));
    expect(tail.organizations.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await data('query ($c: String) { organizations(last: 2, before: $c) { edges { node { name } } } }', {
      c: tail.organizations.pageInfo.startCursor,
    });
    expect(names(before.organizations)).toEqual(every.slice(-5, -3));
  });

  it('does page an edge list and a mentions list backward when given last', async () => {
    const q = `{ organizationByName(name: "佛山市总工会") {
      all: people(first: 100) { totalCount edges { node { name } } } tail: people(last: 1) { edges { node { name } } }
      allMentions: mentions(first: 100) { totalCount edges { node { id } } } lastMentions: mentions(last: 2) { edges { node { id } } } } }`;
    const org = (await data(q)).organizationByName;
    expect(names(org.tail)).toEqual(names(org.all).slice(-1));
    expect(names(org.lastMentions)).toEqual(names(org.allMentions).slice(-2));
    expect(org.all.totalCount).toBe(org.all.edges.length);
    expect(org.allMentions.totalCount).toBe(org.allMentions.edges.length);
  });

  it('does count a whole filtered list in totalCount when only one page is read', async () => {
    const all = await data('{ organizations(first: 100, kind: UNION) { edges { node { kind } } } }');
    const page = await data('{ organizations(first: 1, kind: UNION) { totalCount edges { node { kind } } } }');
    expect(page.organizations.totalCount).toBe(all.organizations.edges.length);
    expect(all.organizations.edges.every((e: Loose) => e.node.kind === 'UNION')).toBe(true);
  });

  it('does read totalCount of a summarized link list with no extra request when the node is loaded', async () => {
    const without = await gql(
      api,
      '{ organizationByName(name: "佛山市总工会") { people(first: 1) { edges { cursor } } } }',
    );
    const withCount = await gql(
      api,
      '{ organizationByName(name: "佛山市总工会") { people(first: 1) { totalCount edges { cursor } } } }',
    );
    expect(withCount.data?.organizationByName.people.totalCount).toBeGreaterThan(0);
    expect(withCount.extensions?.cost?.dynamodbRequests).toBe(without.extensions?.cost?.dynamodbRequests);
  });

  it('does list names in pinyin order when orderBy is NAME_PINYIN', async () => {
    const r = await data('{ organizations(first: 100, orderBy: NAME_PINYIN) { edges { node { name } } } }');
    const keys = names(r.organizations).map(pinyinKey);
    expect(keys).toEqual([...keys].sort());
    const people = await data('{ people(first: 100, orderBy: NAME_PINYIN) { edges { node { name } } } }');
    const personKeys = names(people.people).map(pinyinKey);
    expect(personKeys).toEqual([...personKeys].sort());
    const byCodePoint = await data('{ organizations(first: 100) { edges { node { name } } } }');
    expect(names(r.organizations)).not.toEqual(names(byCodePoint.organizations));
  });

  it('does list events newest first when orderBy is DATE_DESC', async () => {
    const r = await data('{ events(first: 100, year: 2025, orderBy: DATE_DESC) { edges { node { date } } } }');
    const dates = r.events.edges.map((e: Loose) => e.node.date);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('does list metrics of a unit by value when orderBy is VALUE_DESC', async () => {
    const r = await data('{ metrics(first: 100, unit: "人", orderBy: VALUE_DESC) { edges { node { value unit } } } }');
    const values = r.metrics.edges.map((e: Loose) => e.node.value);
    expect(values.length).toBeGreaterThan(1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(r.metrics.edges.every((e: Loose) => e.node.unit === '人')).toBe(true);
  });
});
