import { getIntrospectionQuery } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from './testing/sample-graph.ts';
import { createApi } from './yoga.ts';

describe('introspection under the query limits', () => {
  let api: ReturnType<typeof createApi>;
  beforeAll(async () => {
    api = createApi({ store: await createTestStore(), logging: false });
  });

  it('does answer the introspection query GraphiQL’s Docs pane sends when introspection is on', async () => {
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true });
    const response = await api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
    });
    const body = (await response.json()) as { data?: { __schema: { types: { name: string }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.__schema.types.map((t) => t.name)).toContain('Organization');
  });
});
