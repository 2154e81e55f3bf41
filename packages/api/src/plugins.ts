import { createHash, timingSafeEqual } from 'node:crypto';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { releaseMeter } from '@reportgraph/store';
import { type ASTVisitor, type GraphQLError, Kind, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './builder.ts';
import { userError } from './errors.ts';
import { memoizedMeasure, type QueryLimits, type QueryMeasure } from './limits.ts';

/** What `extensions.cost` reports for every executed operation. */
export interface CostExtension {
  /** DynamoDB requests this operation sent. */
  dynamodbRequests: number;
  /** Read capacity units DynamoDB reported as consumed. */
  readCapacityUnits: number;
  /** Requests per DynamoDB operation, e.g. `{ Query: 3, BatchGetItem: 2 }`. */
  operations: Record<string, number>;
  /** The estimated cost the cost limit was checked against (see `fieldComplexity`). */
  estimated: number;
  /** The operation's depth, every field level counted. */
  depth: number;
}

/** Reports a rejection of GraphQL Armor's as our error with a code, in place of its plain message. */
const armorReject =
  (message: string, extensions: Record<string, unknown>) =>
  (context: { reportError(error: GraphQLError): void } | null): void => {
    const error = userError(message, 'QUERY_TOO_COSTLY', extensions);
    if (!context) throw error;
    context.reportError(error);
  };

/**
 * Every limit an operation must keep, from libraries where one does the job: GraphQL Armor caps
 * tokens (at parse) and aliases (at validation, each fragment counted once); Pothos' complexity
 * rule measures depth and cost (each field 1, lists times their page size, fragments memoized);
 * both refuse before anything is read. While it runs, the request's meter holds the DynamoDB
 * request ceiling and the wall-clock budget (see `createContext`). Every result carries
 * `extensions.cost`.
 *
 * @example
 * createYoga({ schema, plugins: [...useLimits(DEFAULT_LIMITS)] });
 */
export function useLimits(limits: QueryLimits): Plugin<Context>[] {
  return [
    maxTokensPlugin({
      n: limits.maxTokens,
      propagateOnRejection: false,
      onReject: [
        armorReject(`The query has more than ${limits.maxTokens} tokens; split it into several queries.`, {
          maxTokens: limits.maxTokens,
        }),
      ],
    }) as Plugin<Context>,
    maxAliasesPlugin({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [
        armorReject(
          `The query uses more than ${limits.maxAliases} aliases; ask for a list (first/nodes) or split the query.`,
          { maxAliases: limits.maxAliases },
        ),
      ],
    }) as Plugin<Context>,
    useCost(limits),
  ];
}

/** The limit an operation breaks before it runs, as the error to answer; null when within them. */
function limitError(measure: QueryMeasure, limits: QueryLimits): GraphQLError | null {
  if (measure.depth > limits.maxDepth) {
    return userError(
      `Query depth ${measure.depth} exceeds the maximum of ${limits.maxDepth} (edges and node count too); ` +
        'split it into several queries.',
      'QUERY_TOO_DEEP',
      { depth: measure.depth, maxDepth: limits.maxDepth },
    );
  }
  if (measure.cost > limits.maxCost) {
    return userError(
      `Query cost ${measure.cost} exceeds the maximum of ${limits.maxCost}; ` +
        'lower the `first`/`last` arguments of nested lists or select fewer fields.',
      'QUERY_TOO_COSTLY',
      { cost: measure.cost, maxCost: limits.maxCost },
    );
  }
  return null;
}

/**
 * Refuses operations deeper or costlier than the limits before they run, and adds
 * `extensions.cost` from the request's DynamoDB meter to every result.
 */
function useCost(limits: QueryLimits): Plugin<Context> {
  const measureOperation = memoizedMeasure();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const measure = measureOperation(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues,
        args.contextValue,
      );
      const report = (): CostExtension => {
        const meter = args.contextValue.meter;
        return {
          dynamodbRequests: meter.requests,
          readCapacityUnits: meter.readCapacityUnits,
          operations: { ...meter.operations },
          estimated: measure.cost,
          depth: measure.depth,
        };
      };
      const error = limitError(measure, limits);
      if (error) {
        releaseMeter(args.contextValue.meter);
        setResultAndStopExecution({ errors: [error], extensions: { cost: report() } });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          // The request's reads are over: its time budget has nothing left to abort.
          releaseMeter(args.contextValue.meter);
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: report() } });
        },
      };
    },
  };
}

/**
 * Turns schema introspection off (`__schema`, `__type`); `__typename` keeps working.
 *
 * @example
 * createYoga({ schema, plugins: [useNoIntrospection()] });
 */
export function useNoIntrospection(): Plugin {
  const rule = (context: ValidationContext): ASTVisitor => ({
    [Kind.FIELD]: (node: { name: { value: string } }) => {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        context.reportError(
          userError(`Introspection is turned off here: ${node.name.value} is not allowed.`, 'BAD_USER_INPUT'),
        );
      }
    },
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}

/** A GraphQL-shaped client error that answers with HTTP `status`. */
const httpError = (message: string, code: 'REQUEST_TOO_LARGE' | 'BAD_REQUEST', status: number) =>
  userError(message, code, { http: { status } });

const tooLarge = (maxBytes: number) =>
  httpError(`The request body is larger than ${maxBytes} bytes.`, 'REQUEST_TOO_LARGE', 413);

/**
 * The same request with a body that fails (413) once more than `maxBytes` have streamed through:
 * for a body that names no length (chunked), so a large one is refused before it is all read.
 */
function streamLimited(
  request: Request,
  maxBytes: number,
  fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream },
): Request {
  let read = 0;
  // A native body stream (the Lambda adapter's Request) pipes only into a native TransformStream.
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const body = request.body?.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > maxBytes) controller.error(tooLarge(maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: body ?? null,
    // @ts-expect-error Node's RequestInit needs `duplex` for a stream body; the DOM types lack it.
    duplex: 'half',
  });
}

/**
 * Refuses request bodies larger than `maxBytes` with 413 (code `REQUEST_TOO_LARGE`), and a
 * malformed Content-Length with 400. Replaces yoga's `maxRequestBodySize`, which pipes every body
 * through a TransformStream, about a fifth of the API's CPU on a `node(id)` query (BENCHMARKS.md,
 * session 6): a body with a valid
 * Content-Length is checked by the header alone, since Node's HTTP parser (and Lambda's Function
 * URL) deliver exactly that many bytes; only a body without one is counted as it streams.
 *
 * @example
 * createYoga({ schema, maxRequestBodySize: false, plugins: [useBodyLimit(1_000_000)] });
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        // One non-negative integer: a list (`5, 5`) or a sign is a request-smuggling attempt.
        if (!/^\d+$/.test(length)) throw httpError('The Content-Length header is not valid.', 'BAD_REQUEST', 400);
        if (Number(length) > maxBytes) throw tooLarge(maxBytes);
        return;
      }
      if (!requestParser || request.body == null) return;
      const parse = requestParser;
      setRequestParser((req) => parse(streamLimited(req, maxBytes, fetchAPI)));
    },
  };
}

/** Yoga's health check path: it answers any URL ending in it, with an empty 200, and runs no GraphQL. */
export const HEALTH_PATH = '/health';

const sameKey = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Requires header `x-api-key` to equal `apiKey` on every request but CORS preflights and the
 * health check; others get 401 with a GraphQL-shaped error (code `UNAUTHENTICATED`).
 *
 * @example
 * createYoga({ schema, plugins: [useApiKey(process.env.API_KEY)] });
 */
export function useApiKey(apiKey: string): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      // Exempt exactly what yoga's health check answers (a URL ending in /health, query string
      // included) before any GraphQL runs; `POST /health?/graphql` ends in /graphql and is checked.
      if (request.method === 'OPTIONS' || request.url.endsWith(HEALTH_PATH)) return;
      if (sameKey(request.headers.get('x-api-key') ?? '', apiKey)) return;
      const error = userError('Missing or invalid x-api-key header.', 'UNAUTHENTICATED');
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [error.toJSON()] }), {
          status: 401,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}

/** Caching of GET answers: how long clients and CDNs may keep them, and whether shared caches may. */
export interface HttpCacheOptions {
  /** Seconds a GET answer stays fresh (Cache-Control max-age). */
  maxAgeSeconds: number;
  /** Answers are per client (an API key is required): `private`, so shared caches do not keep them. */
  private: boolean;
}

/** A strong ETag of what a GraphQL answer says (data and errors; `extensions.cost` varies by run). */
function etagOf(body: string): string {
  let content = body;
  try {
    const { data, errors } = JSON.parse(body) as { data?: unknown; errors?: unknown };
    content = JSON.stringify({ data, errors });
  } catch {
    // not JSON: the body as is
  }
  return `"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`;
}

/**
 * GET queries (the ones a browser or CDN can cache) answer with Cache-Control and an ETag of
 * their result; a request whose If-None-Match holds that ETag gets 304 Not Modified with no body.
 * POST answers are `no-store`. Hand-written: yoga's response-cache plugin is a server-side cache
 * (stale after an ingest, and it would replay another request's `extensions.cost`); this only
 * validates what the client already holds.
 *
 * @example
 * createYoga({ schema, plugins: [useHttpCaching({ maxAgeSeconds: 60, private: false })] });
 */
export function useHttpCaching(options: HttpCacheOptions): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const type = response.headers.get('content-type') ?? '';
      if (!/json/.test(type)) return;
      if (request.method !== 'GET' || response.status !== 200) {
        response.headers.set('cache-control', 'no-store');
        return;
      }
      const body = await response.text();
      const etag = etagOf(body);
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('etag', etag);
      headers.set('cache-control', `${options.private ? 'private' : 'public'}, max-age=${options.maxAgeSeconds}`);
      headers.append('vary', 'accept, x-api-key');
      const matches = (request.headers.get('if-none-match') ?? '')
        .split(',')
        .some((t) => t.trim().replace(/^W\//, '') === etag);
      if (matches) {
        headers.delete('content-type');
        headers.delete('content-length');
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      setResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
