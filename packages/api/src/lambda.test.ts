import { gunzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';

let handler: typeof import('./lambda.ts').handler;
let toResult: typeof import('./lambda.ts').toResult;

beforeAll(async () => {
  const store = await createTestStore();
  await loadSampleGraph(store, { corpus: false });
  // The module-level yoga reads TABLE_NAME when its first request arrives.
  process.env.TABLE_NAME = store.tableName;
  ({ handler, toResult } = await import('./lambda.ts'));
});

const functionUrlEvent = (
  body: string,
  base64 = false,
  headers: Record<string, string> = {},
): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: '/graphql',
  rawQueryString: '',
  headers: { 'content-type': 'application/json', host: 'abc.lambda-url.eu-west-1.on.aws', ...headers },
  requestContext: {
    accountId: 'anonymous',
    apiId: 'abc',
    domainName: 'abc.lambda-url.eu-west-1.on.aws',
    domainPrefix: 'abc',
    http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
    requestId: 'r1',
    routeKey: '$default',
    stage: '$default',
    time: '31/Oct/2025:00:00:00 +0000',
    timeEpoch: 0,
  },
  body: base64 ? Buffer.from(body).toString('base64') : body,
  isBase64Encoded: base64,
});

describe('handler', () => {
  it('does answer a Function URL event with the JSON result when the body is base64', async () => {
    const query = JSON.stringify({ query: '{ organizationByName(name: "佛山市总工会") { name place { name } } }' });
    const result = await handler(functionUrlEvent(query, true));
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toMatch(/application\/(graphql-response\+)?json/);
    expect(result.isBase64Encoded).toBe(false);
    const body = JSON.parse(String(result.body));
    expect(body.data).toEqual({ organizationByName: { name: '佛山市总工会', place: { name: '佛山市' } } });
    expect(body.extensions.cost.dynamodbRequests).toBe(2);
  });

  it('does gzip a large response when the client accepts gzip', async () => {
    const big = `<html>${'工会'.repeat(100_000)}</html>`;
    const response = () => new Response(big, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    const zipped = await toResult(response(), 'gzip, br');
    expect(zipped.isBase64Encoded).toBe(true);
    expect(zipped.headers?.['content-encoding']).toBe('gzip');
    expect(gunzipSync(Buffer.from(String(zipped.body), 'base64')).toString('utf8')).toBe(big);
    const plain = await toResult(response(), null);
    expect(plain).toMatchObject({ isBase64Encoded: false, body: big });
  });

  it('does serve a GraphiQL page that stays small when a browser asks (GraphiQL loads from a CDN)', async () => {
    const event = functionUrlEvent('', false, { accept: 'text/html' });
    event.requestContext.http.method = 'GET';
    const result = await handler(event);
    expect(result.statusCode).toBe(200);
    expect(String(result.body)).toContain('<html');
    expect(String(result.body).length).toBeLessThan(100_000);
  });
});
