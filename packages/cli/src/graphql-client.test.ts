import { describe, expect, it } from 'vitest';
import { createGraphqlClient, paginate } from './graphql-client.ts';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createGraphqlClient', () => {
  it('does send the API key and return data when the API answers', async () => {
    let headers: Headers | undefined;
    const client = createGraphqlClient({
      url: 'http://api/graphql',
      apiKey: 'secret',
      fetch: async (_url, init) => {
        headers = new Headers(init?.headers);
        return json({ data: { ok: true } });
      },
    });
    expect(await client.request('{ ok }')).toEqual({ ok: true });
    expect(headers?.get('x-api-key')).toBe('secret');
  });

  it('does throw one readable line when the API is down', async () => {
    const client = createGraphqlClient({
      url: 'http://127.0.0.1:9/graphql',
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      },
    });
    await expect(client.request('{ ok }')).rejects.toThrow(
      'Cannot reach the API at http://127.0.0.1:9/graphql (ECONNREFUSED). Is it running?',
    );
  });

  it('does throw the GraphQL error messages when the response has errors', async () => {
    const client = createGraphqlClient({ url: 'u', fetch: async () => json({ errors: [{ message: 'too deep' }] }) });
    await expect(client.request('{ ok }')).rejects.toThrow('API error: too deep');
  });

  it('does ask for an API key when the API answers 401', async () => {
    const client = createGraphqlClient({ url: 'u', fetch: async () => new Response('no', { status: 401 }) });
    await expect(client.request('{ ok }')).rejects.toThrow(/set API_KEY/);
  });
});

describe('paginate', () => {
  it('does follow endCursor until hasNextPage is false when a connection has pages', async () => {
    const afters: unknown[] = [];
    const client = createGraphqlClient({
      url: 'u',
      fetch: async (_url, init) => {
        const { variables } = JSON.parse(String(init?.body)) as { variables: { after: string | null } };
        afters.push(variables.after);
        const page = variables.after === null ? 1 : 2;
        return json({
          data: {
            items: {
              edges: [{ node: { n: page } }],
              pageInfo: { hasNextPage: page === 1, endCursor: `c${page}` },
            },
          },
        });
      },
    });
    const nodes: number[] = [];
    for await (const edge of paginate<{ items: never }, { node: { n: number } }>(client, 'q', {}, (d) => d.items))
      nodes.push(edge.node.n);
    expect(nodes).toEqual([1, 2]);
    expect(afters).toEqual([null, 'c1']);
  });
});
