import type { GraphStore } from '@reportgraph/store';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from './lambda.ts';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';
import { createApi } from './yoga.ts';

let store: GraphStore;

beforeAll(async () => {
  store = await createTestStore();
  await loadSampleGraph(store, { corpus: false });
});

const QUERY = '{ organizationByName(name: "佛山市总工会") { name } }';
const getUrl = `http://localhost/graphql?query=${encodeURIComponent(QUERY)}`;
const json = { accept: 'application/graphql-response+json' };

describe('HTTP caching', () => {
  it('does answer a GET query with Cache-Control and an ETag, and 304 when If-None-Match holds it', async () => {
    const api = createApi({ store, logging: false });
    const first = await api.fetch(getUrl, { headers: json });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(await first.json()).toMatchObject({ data: { organizationByName: { name: '佛山市总工会' } } });
    const again = await api.fetch(getUrl, { headers: { ...json, 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await api.fetch(getUrl, { headers: { ...json, 'if-none-match': '"stale"' } });
    expect(other.status).toBe(200);
  });

  it('does mark POST answers no-store and keys answers private when an API key is required', async () => {
    const api = createApi({ store, logging: false });
    const post = await api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...json },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(post.headers.get('cache-control')).toBe('no-store');
    expect(post.headers.get('etag')).toBeNull();
    const keyed = createApi({ store, logging: false, apiKey: 'k' });
    const get = await keyed.fetch(getUrl, { headers: { ...json, 'x-api-key': 'k' } });
    expect(get.headers.get('cache-control')).toBe('private, max-age=60');
  });
});

describe('CORS', () => {
  it('does allow any origin without credentials and allow the tracing headers when no origins are configured', async () => {
    const api = createApi({ store, logging: false, corsOrigins: [] });
    const preflight = await api.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://anyone.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,traceparent,tracestate',
      },
    });
    // yoga answers `*` by echoing the origin (with Vary: Origin); what matters is no credentials.
    expect(['*', 'https://anyone.example']).toContain(preflight.headers.get('access-control-allow-origin'));
    expect(preflight.headers.get('access-control-allow-credentials')).not.toBe('true');
    const allowed = preflight.headers.get('access-control-allow-headers') ?? '';
    expect(allowed).toMatch(/traceparent/);
    expect(allowed).toMatch(/tracestate/);
    const get = await api.fetch(getUrl, { headers: { ...json, origin: 'https://anyone.example' } });
    expect(get.headers.get('access-control-allow-credentials')).not.toBe('true');
  });
});

describe('API key', () => {
  const post = (api: ReturnType<typeof createApi>, url: string, headers: Record<string, string> = {}) =>
    api.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...json, ...headers },
      body: JSON.stringify({ query: QUERY }),
    });

  it('does refuse every path that executes GraphQL without the key: /health?…, query strings, trailing slashes', async () => {
    const api = createApi({ store, logging: false, apiKey: 's3cret' });
    for (const url of [
      'http://localhost/health?/graphql',
      'http://localhost/graphql/',
      'http://localhost/graphql?x=1',
      'http://localhost/x/health/../graphql',
      'http://localhost/graphql?health',
    ]) {
      const res = await post(api, url);
      const body = await res.text();
      expect(body, url).not.toMatch(/佛山市总工会/);
      if (res.status !== 404) expect(res.status, url).toBe(401);
    }
    const get = await api.fetch(getUrl, { headers: json });
    expect(get.status).toBe(401);
    const withKey = await post(api, 'http://localhost/graphql', { 'x-api-key': 's3cret' });
    expect(await withKey.text()).toMatch(/佛山市总工会/);
  });

  it('does answer the health check without a key, and never with GraphQL data', async () => {
    const api = createApi({ store, logging: false, apiKey: 's3cret' });
    const health = await api.fetch('http://localhost/health');
    expect(health.status).toBe(200);
    const sneaky = await post(api, `http://localhost/graphql?query=${encodeURIComponent(QUERY)}&x=/health`);
    expect(await sneaky.text()).not.toMatch(/佛山市总工会/);
  });

  it("does check the key on the Lambda event's rawPath and rawQueryString", async () => {
    const handler = createHandler(createApi({ store, logging: false, apiKey: 's3cret' }));
    const event = (rawPath: string, rawQueryString: string, headers: Record<string, string> = {}) =>
      ({
        version: '2.0',
        routeKey: '$default',
        rawPath,
        rawQueryString,
        headers: { 'content-type': 'application/json', host: 'abc.lambda-url.eu-west-1.on.aws', ...headers },
        requestContext: { domainName: 'abc.lambda-url.eu-west-1.on.aws', http: { method: 'POST', path: rawPath } },
        body: JSON.stringify({ query: QUERY }),
        isBase64Encoded: false,
      }) as unknown as APIGatewayProxyEventV2;
    for (const [path, qs] of [
      ['/health', '/graphql'],
      ['/graphql/', ''],
      ['/graphql', 'a=/health'],
    ] as const) {
      const result = await handler(event(path, qs));
      expect(String(result.body), `${path}?${qs}`).not.toMatch(/佛山市总工会/);
    }
    const denied = await handler(event('/health', '/graphql'));
    expect(denied.statusCode).toBe(401);
    const allowed = await handler(event('/graphql', '', { 'x-api-key': 's3cret' }));
    expect(String(allowed.body)).toMatch(/佛山市总工会/);
  });
});
