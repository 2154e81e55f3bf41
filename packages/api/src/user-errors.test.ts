import type { GraphStore } from '@reportgraph/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from './builder.ts';
import { type GqlResult, gql, type Loose } from './testing/graphql.ts';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';
import { createApi } from './yoga.ts';

let api: ReturnType<typeof createApi>;
let store: GraphStore;

beforeAll(async () => {
  store = await createTestStore();
  await loadSampleGraph(store, { corpus: false });
  api = createApi({ store, logging: false });
});

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

async function cursorOf(query: string): Promise<string> {
  const r = await gql(api, query);
  const conn = Object.values(r.data ?? {})[0] as Loose;
  return conn.pageInfo.endCursor;
}

describe('user mistakes', () => {
  it('does answer INVALID_CURSOR when a cursor comes from another list or another filter', async () => {
    const people = await cursorOf('{ people(first: 1) { pageInfo { endCursor } } }');
    const unions = await cursorOf('{ organizations(first: 1, kind: UNION) { pageInfo { endCursor } } }');
    const inPlace = await cursorOf('{ organizations(first: 1, placeCode: "440600") { pageInfo { endCursor } } }');
    const cases: [string, string][] = [
      ['query ($c: String) { organizations(first: 2, after: $c) { edges { cursor } } }', people],
      ['query ($c: String) { organizations(first: 2, kind: PARTY, after: $c) { edges { cursor } } }', unions],
      ['query ($c: String) { organizations(first: 2, after: $c) { edges { cursor } } }', unions],
      ['query ($c: String) { events(before: $c, last: 1) { edges { cursor } } }', inPlace],
      [
        'query ($c: String) { organizationByName(name: "佛山市总工会") { people(after: $c) { edges { cursor } } } }',
        people,
      ],
    ];
    for (const [query, c] of cases) {
      const r = await gql(api, query, { c });
      expect(codeOf(r), query).toBe('INVALID_CURSOR');
      expect(r.errors?.[0]?.message).toMatch(/cursor is not valid for this list/);
    }
  });

  it('does answer BAD_USER_INPUT saying what to change when a date range is inverted', async () => {
    const r = await gql(api, '{ events(from: "2025-12-01", to: "2025-01-01") { edges { cursor } } }');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/from \(2025-12-01\) is after to \(2025-01-01\); swap or widen/);
  });

  it('does answer BAD_USER_INPUT when a name or prefix is longer than a DynamoDB key can be', async () => {
    const long = '佛'.repeat(400);
    for (const query of [
      `{ organizationByName(name: "${long}") { id } }`,
      `{ organizations(namePrefix: "${long}") { edges { cursor } } }`,
      `{ people(namePrefix: "${long}", orderBy: NAME_PINYIN) { edges { cursor } } }`,
      `{ metrics(subject: "${long}") { edges { cursor } } }`,
      `{ metrics(unit: "${long}") { edges { cursor } } }`,
    ]) {
      const r = await gql(api, query);
      expect(codeOf(r), query.slice(0, 40)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/is 1200 bytes long; .* shorten it/);
    }
  });

  it('does answer BAD_USER_INPUT for a negative page and for mixed directions', async () => {
    const cases: [string, RegExp][] = [
      ['{ people(first: -1) { edges { cursor } } }', /first must be 0 or more \(got -1\)/],
      ['{ people(last: -3) { edges { cursor } } }', /last must be 0 or more/],
      ['{ people(first: 2, last: 2) { edges { cursor } } }', /either `first` .* or `last`/],
      ['{ metrics(orderBy: VALUE) { edges { cursor } } }', /need `unit`/],
    ];
    for (const [query, message] of cases) {
      const r = await gql(api, query);
      expect(codeOf(r), query).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(message);
    }
  });

  it('does return null with an INVALID_ID error at its index when one id of nodes is bad', async () => {
    const good = encodeGlobalId('Place', '440600');
    const r = await gql(api, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [good, 'garbage', encodeGlobalId('Place', 'nowhere')],
    });
    expect(r.data?.nodes).toEqual([{ id: good }, null, null]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'INVALID_ID' } });
  });
});

/** A small deterministic generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('argument fuzz', () => {
  it('does never answer INTERNAL_SERVER_ERROR for any argument values a client sends', async () => {
    const next = random(12);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const cursor = await cursorOf('{ organizations(first: 1) { pageInfo { endCursor } } }');
    const strings = [
      '',
      ' ',
      '佛山',
      '佛'.repeat(600),
      '\ud800x',
      '#',
      '\u0000',
      '440600',
      '2025-13-45',
      '2025-10-29',
      cursor,
      `${cursor}x`,
      Buffer.from('{"pk":"Organization#x","sk":"#node","gsi2pk":"Organization","gsi2sk":""}').toString('base64url'),
      Buffer.from('{"pk":"x"}').toString('base64url'),
      encodeGlobalId('Person', 'x'.repeat(2000)),
    ];
    const ints = [-1, 0, 1, 5, 101, 2025, 99999, -2147483648, 2147483647];
    const fields = [
      (n: number) => `organizations(namePrefix: $s, placeCode: $t, first: ${n}) { totalCount edges { cursor } }`,
      (n: number) => `organizations(after: $s, kind: UNION, last: ${n}) { edges { cursor } }`,
      (n: number) => `people(before: $s, last: ${n}, orderBy: NAME_PINYIN) { edges { cursor } }`,
      (n: number) => `events(from: $s, to: $t, year: ${n}) { totalCount edges { cursor } }`,
      (n: number) => `metrics(unit: $s, subjectPrefix: $t, first: ${n}, orderBy: VALUE_DESC) { edges { cursor } }`,
      (n: number) => `places(parentCode: $s, first: ${n}) { edges { cursor } }`,
      () => 'organizationByName(name: $s) { id people(after: $t) { edges { cursor } } }',
      () => 'node(id: $s) { id }',
      () => 'nodes(ids: [$s, $t]) { id }',
      () => 'place(code: $s) { name }',
    ];
    const internal: string[] = [];
    let executed = 0;
    for (let i = 0; i < 150; i++) {
      const field = pick(fields)(pick(ints));
      const type = /node/.test(field) ? 'ID!' : 'String!';
      const vars = ['s', 't'].filter((v) => field.includes(`$${v}`));
      const query = `query (${vars.map((v) => `$${v}: ${type}`).join(', ')}) { ${field} }`;
      const variables = { s: pick(strings), t: pick(strings) };
      const r = await gql(api, query, Object.fromEntries(vars.map((v) => [v, variables[v as 's' | 't']])));
      if (r.data !== undefined) executed++;
      if (r.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code)) {
        internal.push(`${query} ${JSON.stringify(variables).slice(0, 80)} → ${r.errors?.[0]?.message}`);
      }
    }
    expect(executed).toBeGreaterThan(100);
    expect(internal).toEqual([]);
  });
});
