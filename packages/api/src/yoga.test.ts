import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphStore } from '@reportgraph/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql } from './testing/graphql.ts';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';
import { createApi } from './yoga.ts';

let store: GraphStore;

beforeAll(async () => {
  store = await createTestStore();
  await loadSampleGraph(store, { corpus: false });
});

describe('createApi', () => {
  it('does serve GraphiQL from the installed bundle with runnable examples when a browser asks', async () => {
    const api = createApi({ store, logging: false, renderGraphiQL });
    const res = await api.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|esm\.sh/);
    expect(html).toContain('organizationByName');
    expect(html).toContain('佛山市总工会');
  });

  it('does serve a small GraphiQL page with the same examples when no renderer is given (the Lambda)', async () => {
    const api = createApi({ store, logging: false });
    const html = await (await api.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })).text();
    expect(html.length).toBeLessThan(100_000);
    expect(html).toContain('organizationByName');
  });

  it('does run every GraphiQL example query without errors when sent as is', async () => {
    const { DEFAULT_QUERY } = await import('./graphiql.ts');
    const api = createApi({ store, logging: false });
    const operations = [...DEFAULT_QUERY.matchAll(/^query (\w+)/gm)].map((m) => m[1]);
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const operationName of operations) {
      const res = await api.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: DEFAULT_QUERY, operationName }),
      });
      const body = (await res.json()) as { errors?: unknown };
      expect(body.errors, operationName).toBeUndefined();
    }
  });

  it('does turn GraphiQL and introspection off when GRAPHIQL and INTROSPECTION are false', async () => {
    const env = { GRAPHIQL: process.env.GRAPHIQL, INTROSPECTION: process.env.INTROSPECTION };
    process.env.GRAPHIQL = 'false';
    process.env.INTROSPECTION = 'false';
    try {
      const api = createApi({ store, logging: false });
      const page = await api.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('<html');
      const r = await gql(api, '{ __schema { queryType { name } } }');
      expect(r.errors?.[0]?.message).toMatch(/Introspection is turned off/);
      expect((await gql(api, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    } finally {
      for (const [k, v] of Object.entries(env)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('does require x-api-key when an API key is configured', async () => {
    const api = createApi({ store, logging: false, apiKey: 's3cret' });
    const denied = await gql(api, '{ __typename }');
    expect(denied.status).toBe(401);
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await gql(api, '{ __typename }', {}, { 'x-api-key': 's3creT' });
    expect(wrong.status).toBe(401);
    const allowed = await gql(api, '{ __typename }', {}, { 'x-api-key': 's3cret' });
    expect(allowed.data).toEqual({ __typename: 'Query' });
  });

  it('does allow only the configured origins when CORS_ORIGINS is set', async () => {
    const api = createApi({ store, logging: false, corsOrigins: ['https://analyst.example'] });
    const preflight = (origin: string) =>
      api.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const ok = await preflight('https://analyst.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});
