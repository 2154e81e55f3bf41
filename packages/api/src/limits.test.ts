import { type CostMeter, GraphStore } from '@reportgraph/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql } from './testing/graphql.ts';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';
import { createApi } from './yoga.ts';

/** The real store, remembering each request's meter so a test can sum what was read. */
class CountingStore extends GraphStore {
  readonly meters: CostMeter[] = [];
  override withMeter(meter: CostMeter): GraphStore {
    this.meters.push(meter);
    return super.withMeter(meter);
  }
  get requests() {
    return this.meters.reduce((sum, m) => sum + m.requests, 0);
  }
}

let base: GraphStore;

beforeAll(async () => {
  base = await createTestStore();
  await loadSampleGraph(base, { corpus: false });
});

const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe('useLimits', () => {
  it('does refuse a 4,000-alias query before it reads when aliases pass the limit', async () => {
    const store = new CountingStore(base.ctx);
    const api = createApi({ store, logging: false });
    const fields = Array.from({ length: 4000 }, (_, i) => `a${i}: organizationByName(name: "佛山市总工会") { name }`);
    const r = await gql(api, `{ ${fields.join(' ')} }`);
    expect(codeOf(r)).toBe('QUERY_TOO_COSTLY');
    expect(r.errors?.[0]?.message).toMatch(/more than (100 aliases|5000 tokens)/);
    expect(r.data ?? null).toBeNull();
    expect(store.requests).toBe(0);
  });

  it('does refuse a query with more aliases than the limit when validated, fragments counted per spread', async () => {
    const store = new CountingStore(base.ctx);
    const api = createApi({ store, logging: false });
    const fields = Array.from({ length: 60 }, (_, i) => `a${i}: place(code: "440600") { name }`);
    const r = await gql(api, `{ ...F b: __typename ...F } fragment F on Query { ${fields.join(' ')} }`);
    expect(codeOf(r)).toBe('QUERY_TOO_COSTLY');
    expect(r.errors?.[0]?.message).toMatch(/more than 100 aliases/);
    expect(store.requests).toBe(0);
  });

  it('does price every reading field at least 1, aliases included, when aliases stay under the limit', async () => {
    const api = createApi({ store: base, logging: false });
    const fields = Array.from({ length: 50 }, (_, i) => `a${i}: organizationByName(name: "佛山市总工会") { name }`);
    const r = await gql(api, `{ ${fields.join(' ')} }`);
    expect(r.errors).toBeUndefined();
    expect(r.extensions?.cost?.estimated).toBe(50 * 2);
  });

  it('does refuse a 1 KB document of nested fragment spreads fast when its cost doubles at every level', async () => {
    const fragments = ['fragment F0 on Query { organizationByName(name: "x") { name } }'];
    for (let i = 1; i <= 30; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} a: __typename ...F${i - 1} }`);
    const query = `{ ...F30 } ${fragments.join(' ')}`;
    expect(query.length).toBeLessThan(2_000);
    const store = new CountingStore(base.ctx);
    const api = createApi({ store, logging: false });
    const started = performance.now();
    const r = await gql(api, query);
    // The old walk took 21 s on such a document; this one is one memoized pass (bound loose for busy CI).
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(codeOf(r)).toBe('QUERY_TOO_COSTLY');
    expect(store.requests).toBe(0);
  });

  it('does refuse a document with more tokens than the limit when it is parsed', async () => {
    const api = createApi({ store: base, logging: false });
    const r = await gql(api, `{ ${'__typename '.repeat(6_000)} }`);
    expect(codeOf(r)).toBe('QUERY_TOO_COSTLY');
    expect(r.errors?.[0]?.message).toMatch(/more than 5000 tokens/);
  });

  it('does abort a request with QUERY_TOO_COSTLY when it needs more DynamoDB requests than the ceiling', async () => {
    const store = new CountingStore(base.ctx);
    const api = createApi({ store, logging: false, limits: { maxRequests: 2 } });
    const r = await gql(
      api,
      `{ a: organizations(first: 1) { edges { cursor } } b: people(first: 1) { edges { cursor } }
         c: events(first: 1) { edges { cursor } } d: metrics(first: 1) { edges { cursor } } }`,
    );
    expect(codeOf(r)).toBe('QUERY_TOO_COSTLY');
    expect(r.errors?.[0]?.message).toMatch(/more than 2 DynamoDB requests/);
    expect(store.requests).toBeLessThanOrEqual(2);
    expect(r.extensions?.cost?.dynamodbRequests).toBeLessThanOrEqual(2);
  });

  it('does answer QUERY_TIMEOUT when the wall-clock budget runs out while reading', async () => {
    const real = base.ctx.doc;
    const slow = {
      send: async (command: Parameters<typeof real.send>[0], options?: { abortSignal?: AbortSignal }) => {
        await new Promise((r) => setTimeout(r, 150));
        return real.send(command, options ?? {});
      },
    } as unknown as typeof real;
    const api = createApi({
      store: new GraphStore({ ...base.ctx, doc: slow }),
      logging: false,
      limits: { timeoutMs: 50 },
    });
    const r = await gql(api, '{ organizations(first: 1) { edges { node { name people { edges { cursor } } } } } }');
    expect(codeOf(r)).toBe('QUERY_TIMEOUT');
    expect(r.errors?.[0]?.message).toMatch(/ran out of time/);
  });
});
