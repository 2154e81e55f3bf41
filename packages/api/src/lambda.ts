import { gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { yoga } from './yoga.ts';

/** Anything with yoga's `fetch`. */
export interface FetchApp {
  fetch(request: Request): Response | Promise<Response>;
}

/** Bodies larger than this are gzipped when the client accepts it (Lambda responses max out at 6 MB). */
const GZIP_ABOVE = 64 * 1024;

/**
 * Builds a Fetch `Request` from a Lambda Function URL / API Gateway v2 event.
 *
 * @example
 * const request = toRequest(event); // POST https://abc.lambda-url.…/graphql
 */
export function toRequest(event: APIGatewayProxyEventV2): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value !== undefined) headers.set(name, value);
  if (event.cookies?.length) headers.set('cookie', event.cookies.join('; '));
  const host = event.requestContext?.domainName ?? headers.get('host') ?? 'localhost';
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const method = event.requestContext?.http?.method ?? 'GET';
  const body =
    event.body === undefined || event.body === null || method === 'GET' || method === 'HEAD'
      ? undefined
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64')
        : event.body;
  return new Request(`https://${host}${event.rawPath ?? '/'}${query}`, { method, headers, body });
}

/**
 * Turns a Fetch `Response` into the Lambda result; large text bodies are gzipped (base64) for
 * clients that accept it, so large results fit the Lambda response limit (6 MB).
 *
 * @example
 * return toResult(await yoga.fetch(request), request.headers.get('accept-encoding'));
 */
export async function toResult(
  response: Response,
  acceptEncoding: string | null,
): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  response.headers.forEach((value, header) => {
    const name = header.toLowerCase();
    if (name === 'set-cookie') cookies.push(value);
    else headers[name] = value;
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const textual = /^(text\/|application\/(json|graphql-response\+json|javascript))/.test(headers['content-type'] ?? '');
  if (bytes.length > GZIP_ABOVE && /\bgzip\b/.test(acceptEncoding ?? '') && !headers['content-encoding']) {
    headers['content-encoding'] = 'gzip';
    delete headers['content-length'];
    return {
      statusCode: response.status,
      headers,
      cookies,
      body: gzipSync(bytes).toString('base64'),
      isBase64Encoded: true,
    };
  }
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length ? { cookies } : {}),
    body: textual ? bytes.toString('utf8') : bytes.toString('base64'),
    isBase64Encoded: !textual,
  };
}

/**
 * Creates a Lambda handler over an app (default: this process's yoga).
 *
 * @example
 * export const handler = createHandler(createApi({ graphiql: false }));
 */
export function createHandler(app: FetchApp = yoga) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const request = toRequest(event);
    return toResult(await app.fetch(request), request.headers.get('accept-encoding'));
  };
}

/**
 * The Lambda entry point for Function URL and API Gateway v2 (HTTP API) events.
 *
 * @example
 * // infra: new sst.aws.Function('Api', { handler: 'packages/api/src/lambda.handler', url: true })
 */
export const handler = createHandler();
