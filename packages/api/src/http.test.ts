import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

describe('useBodyLimit', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    createApi({ store, logging: false, limits: { maxBodyBytes: 1_000 } }).fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...json, ...headers },
      body,
      duplex: 'half',
    });
  const big = JSON.stringify({ query: QUERY, variables: { pad: 'x'.repeat(2_000) } });
  const codeOf = async (res: Response) =>
    ((await res.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

  it('does refuse a body over the limit with 413 by its Content-Length, before reading it', async () => {
    const res = await post(big, { 'content-length': String(Buffer.byteLength(big)) });
    expect(res.status).toBe(413);
    expect(await codeOf(res)).toBe('REQUEST_TOO_LARGE');
  });

  it('does refuse a streamed body without a Content-Length once it passes the limit', async () => {
    const chunks = [big.slice(0, 600), big.slice(600)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const res = await post(stream);
    expect(res.status).toBe(413);
    expect(await codeOf(res)).toBe('REQUEST_TOO_LARGE');
  });

  it('does refuse a Content-Length that is not one integer with 400', async () => {
    const body = JSON.stringify({ query: QUERY });
    const res = await post(body, { 'content-length': `${body.length}, ${body.length}` });
    expect(res.status).toBe(400);
    expect(await codeOf(res)).toBe('BAD_REQUEST');
  });

  it('does answer bodies within the limit, with and without a Content-Length, and over real HTTP', async () => {
    const body = JSON.stringify({ query: QUERY });
    for (const res of [await post(body), await post(body, { 'content-length': String(Buffer.byteLength(body)) })]) {
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ data: { organizationByName: { name: '佛山市总工会' } } });
    }
    const server = createServer(createApi({ store, logging: false, limits: { maxBodyBytes: 1_000 } }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const send = (text: string) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
      expect((await send(body)).status).toBe(200);
      expect((await send(big)).status).toBe(413);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
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
