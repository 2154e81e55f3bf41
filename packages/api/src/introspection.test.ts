import { generate } from '@graphql-codegen/cli';
import type { GraphStore } from '@reportgraph/store';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server.ts';
import { gql } from './testing/graphql.ts';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';
import { createApi } from './yoga.ts';

let store: GraphStore;
let server: RunningServer;

beforeAll(async () => {
  store = await createTestStore();
  await loadSampleGraph(store, { corpus: false });
  server = await startServer({ port: 0, store });
});

afterAll(() => server?.close());

describe('introspection', () => {
  it('does answer the standard introspection query (depth 14) when sent through yoga', async () => {
    const api = createApi({ store, logging: false });
    const r = await gql<IntrospectionQuery>(api, getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    const client = buildClientSchema(r.data as IntrospectionQuery);
    const organization = client.getType('Organization');
    expect(organization && 'getFields' in organization && Object.keys(organization.getFields())).toContain(
      'childUnions',
    );
    expect(r.extensions?.cost?.dynamodbRequests).toBe(0);
  });

  it('does give a real codegen run the whole schema when it loads the schema from the URL', async () => {
    const [output] = await generate(
      { schema: server.url, generates: { 'schema.graphql': { plugins: ['schema-ast'] } }, silent: true },
      false,
    );
    expect(output?.content).toMatch(/type Organization implements Node/);
    expect(output?.content).toMatch(/organizationByName\(/);
  });

  it('does refuse the introspection query when INTROSPECTION is false', async () => {
    const saved = process.env.INTROSPECTION;
    process.env.INTROSPECTION = 'false';
    try {
      const api = createApi({ store, logging: false });
      const r = await gql(api, getIntrospectionQuery());
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0]?.message).toMatch(/Introspection is turned off/);
    } finally {
      if (saved === undefined) delete process.env.INTROSPECTION;
      else process.env.INTROSPECTION = saved;
    }
  });
});
