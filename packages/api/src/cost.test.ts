import type { GraphStore } from '@reportgraph/store';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureOperation, memoizedMeasure } from './limits.ts';
import { schema } from './schema/index.ts';
import { gql } from './testing/graphql.ts';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';
import { createApi } from './yoga.ts';

let store: GraphStore;
let api: ReturnType<typeof createApi>;

beforeAll(async () => {
  store = await createTestStore();
  // The hand-checked page only: request counts depend on the data's fan-out, so keep it fixed.
  await loadSampleGraph(store, { corpus: false });
  api = createApi({ store, logging: false });
});

/** Four linked levels: organization → people → events → participants, names at every level. */
const FOUR_LEVELS = `query ($n: Int) {
  organizationByName(name: "佛山市总工会") {
    name
    people(first: $n) { edges { title node { name
      events(first: $n) { edges { part node { title
        participants(first: $n) { edges { part node { name roles } } } } } } } } }
  }
}`;

describe('extensions.cost', () => {
  it('does report DynamoDB requests and capacity when any query runs', async () => {
    const r = await gql(api, '{ organizations(first: 3) { edges { node { name } } } }');
    // organizations 1 + 3 × (edges 1 + node 1 + name 1); depth organizations › edges › node › name.
    expect(r.extensions?.cost).toMatchObject({
      dynamodbRequests: 1,
      operations: { Query: 1 },
      estimated: 10,
      depth: 4,
    });
    expect(r.extensions?.cost?.readCapacityUnits).toBeGreaterThan(0);
  });

  it('does read a four-level query in at most depth + 2 requests that do not grow with first', async () => {
    const counts: number[] = [];
    for (const n of [1, 5, 20]) {
      const r = await gql(api, FOUR_LEVELS, { n });
      expect(r.errors).toBeUndefined();
      const li = r.data?.organizationByName.people.edges[0];
      expect(li.node.name).toBe('李灿');
      expect(li.node.events.edges[0].node.participants.edges[0].node.name).toBe('李灿');
      counts.push(r.extensions?.cost?.dynamodbRequests ?? -1);
    }
    const linkedLevels = 4;
    // Query (by name), then one BatchGetItem per level: each node carries its adjacency summary,
    // so edges cost nothing once their node is loaded; 李灿 among the participants is cached.
    expect(Math.max(...counts)).toBeLessThanOrEqual(linkedLevels + 2);
    expect(new Set(counts).size).toBe(1);
  });

  it('does read each level of a fanned-out list in one BatchGetItem when the list grows', async () => {
    const query = `query ($n: Int) { organizations(placeCode: "440000", first: $n) { edges { node { name place { name }
      people(first: 5) { edges { node { name events(first: 5) { edges { node { title
      participants(first: 5) { edges { node { name } } } } } } } } } } } } }`;
    const small = await gql(api, query, { n: 2 });
    const large = await gql(api, query, { n: 50 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.organizations.edges.length).toBeGreaterThan(5);
    // One Query for the list, then one BatchGetItem per level (places with people, events,
    // participants): the count follows the depth, not the number of organizations.
    expect(large.extensions?.cost?.operations.Query).toBe(1);
    expect(large.extensions?.cost?.dynamodbRequests).toBeLessThanOrEqual(4 + 2);
    expect(large.extensions?.cost?.dynamodbRequests).toBe(small.extensions?.cost?.dynamodbRequests);
  });
});

describe('measureOperation', () => {
  it('does count every field once and multiply what lists select by their page size when measuring', () => {
    const m = measureOperation(
      schema,
      parse(`query Q($n: Int) { organizations(first: 10) { edges { node { ...F } } } }
        fragment F on Organization { name people(first: $n) { edges { node { name } } } }`),
      'Q',
      { n: 3 },
    );
    // organizations 1 + 10 × (edges 1 + node 1 + name 1 + people (1 + 3 × (edges 1 + node 1 + name 1)))
    expect(m).toEqual({ depth: 7, cost: 1 + 10 * (3 + 1 + 3 * 3) });
  });
});

describe('memoizedMeasure', () => {
  it('does measure each document and variables once, and apart when the variables differ', () => {
    const measure = memoizedMeasure();
    const document = parse('query Q($n: Int) { organizations(first: $n) { edges { node { name } } } }');
    const three = measure(schema, document, 'Q', { n: 3 });
    expect(measure(schema, document, 'Q', { n: 3 })).toBe(three);
    expect(measure(schema, document, 'Q', { n: 5 })).toEqual(measureOperation(schema, document, 'Q', { n: 5 }));
    expect(measure(schema, document, 'Q', { n: 5 }).cost).toBeGreaterThan(three.cost);
  });
});
