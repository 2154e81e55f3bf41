import { GraphStore } from '@reportgraph/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from './builder.ts';
import { gql } from './testing/graphql.ts';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';
import { createApi } from './yoga.ts';

let store: GraphStore;
let api: ReturnType<typeof createApi>;

beforeAll(async () => {
  store = await createTestStore();
  await loadSampleGraph(store, { corpus: false });
  api = createApi({ store, logging: false });
});

const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe('error handling', () => {
  it('does answer INVALID_ID when node is given an id this API did not issue', async () => {
    for (const id of ['not-an-id', encodeGlobalId('Spaceship', 'x'), Buffer.from('Person').toString('base64url')]) {
      const r = await gql(api, 'query ($id: ID!) { node(id: $id) { id } }', { id });
      expect(codeOf(r)).toBe('INVALID_ID');
      expect(r.errors?.[0]?.message).toMatch(/is not a valid id/);
    }
  });

  it('does answer null when node is given a well-formed id of a node that does not exist', async () => {
    const r = await gql(api, 'query ($id: ID!) { node(id: $id) { id } }', { id: encodeGlobalId('Person', 'p_gone') });
    expect(r.errors).toBeUndefined();
    expect(r.data?.node).toBeNull();
  });

  it('does answer INVALID_CURSOR when a list is given a cursor it did not issue', async () => {
    const bad = ['garbage!', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"pk":1}').toString('base64url')];
    for (const after of bad) {
      const r = await gql(
        api,
        'query ($after: String) { organizations(first: 2, after: $after) { edges { cursor } } }',
        {
          after,
        },
      );
      expect(codeOf(r)).toBe('INVALID_CURSOR');
      expect(r.errors?.[0]?.message).toMatch(/cursor is not valid/);
    }
    const link = await gql(
      api,
      '{ organizationByName(name: "佛山市总工会") { people(after: "garbage!") { edges { cursor } } } }',
    );
    expect(codeOf(link)).toBe('INVALID_CURSOR');
  });

  it('does answer PAGE_TOO_LARGE when first is above the cap, BAD_USER_INPUT when negative', async () => {
    const big = await gql(api, '{ organizations(first: 500) { edges { cursor } } }');
    expect(codeOf(big)).toBe('PAGE_TOO_LARGE');
    expect(big.errors?.[0]?.message).toMatch(/^first must be between 0 and 100 \(got 500\)/);
    const negative = await gql(api, '{ people(first: -1) { edges { cursor } } }');
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.message).toMatch(/first must be 0 or more \(got -1\)/);
    const ids = Array.from({ length: 101 }, (_, i) => encodeGlobalId('Person', `p_${i}`));
    const nodes = await gql(api, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(codeOf(nodes)).toBe('PAGE_TOO_LARGE');
  });

  it('does answer QUERY_TOO_DEEP before reading anything when a query nests too deep', async () => {
    const deep = `{ place(code: "440605") { ${'parent { '.repeat(16)} code ${'} '.repeat(16)} } }`;
    const r = await gql(api, deep);
    expect(codeOf(r)).toBe('QUERY_TOO_DEEP');
    expect(r.errors?.[0]?.message).toMatch(/Query depth 18 exceeds the maximum of 16/);
    expect(r.extensions?.cost?.dynamodbRequests).toBe(0);
  });

  it('does answer QUERY_TOO_COSTLY before reading anything when nested firsts multiply past the limit', async () => {
    const r = await gql(
      api,
      `query ($n: Int) { organizations(first: 100) { edges { node { people(first: $n) { edges { node {
          events(first: 100) { edges { node { title } } } } } } } } } }`,
      { n: 50 },
    );
    expect(codeOf(r)).toBe('QUERY_TOO_COSTLY');
    expect(r.errors?.[0]?.message).toMatch(/Query cost 1515301 exceeds the maximum of 100000/);
    expect(r.extensions?.cost).toMatchObject({ dynamodbRequests: 0, estimated: 1_515_301 });
  });

  it('does answer BAD_USER_INPUT with the reason when filters are malformed or cannot combine', async () => {
    const cases = [
      ['{ events(from: "10/01") { edges { cursor } } }', /from must be an ISO date/],
      ['{ events(year: 2025, from: "2024-01-01", to: "2024-12-31") { edges { cursor } } }', /lie outside year 2025/],
      ['{ organizations(placeCode: "4406") { edges { cursor } } }', /placeCode must be a 6- or 9-digit/],
      ['{ metrics(subject: "技能人才", subjectPrefix: "技能") { edges { cursor } } }', /cannot be combined/],
      ['{ search(query: "  ") { totalCount } }', /query must not be empty/],
    ] as const;
    for (const [query, message] of cases) {
      const r = await gql(api, query);
      expect(codeOf(r), query).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(message);
    }
  });

  it('does mask the message of an internal failure when the store throws', async () => {
    class BrokenStore extends GraphStore {
      override getNodes(): never {
        throw new Error('AccessDeniedException: User arn:aws:iam::123:user/x is not authorized at /secret/path.ts:12');
      }
      override withMeter(): GraphStore {
        return this;
      }
    }
    const broken = createApi({ store: new BrokenStore(store.ctx), logging: false });
    const r = await gql(broken, '{ place(code: "440600") { name } }');
    expect(r.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(r)).not.toMatch(/AccessDenied|arn:aws|secret|\.ts:/);
    expect(r.data?.place ?? null).toBeNull();
  });
});
