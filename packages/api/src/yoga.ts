import { GraphStore } from '@reportgraph/store';
import { createYoga, type Plugin, type YogaServerInstance, type YogaServerOptions } from 'graphql-yoga';
import type { Context } from './builder.ts';
import { createContext } from './context.ts';
import { maskError } from './errors.ts';
import { DEFAULT_QUERY } from './graphiql.ts';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.ts';
import { trustedDocumentsFromEnv, usePersistedQueries } from './persisted.ts';
import { useApiKey, useBodyLimit, useHttpCaching, useLimits, useNoIntrospection } from './plugins.ts';
import { schema } from './schema/index.ts';
import { type UploadConfig, uploadConfigFromEnv } from './uploads.ts';

/** Options of an API instance; each defaults from the environment. */
export interface ApiOptions {
  /** The store to read; default `GraphStore.fromEnv()` (TABLE_NAME, DYNAMODB_ENDPOINT), made on first use. */
  store?: GraphStore;
  /** Serve GraphiQL on GET /graphql; default true unless env `GRAPHIQL=false`. */
  graphiql?: boolean;
  /** Allow `__schema`/`__type` queries; default true unless env `INTROSPECTION=false`. */
  introspection?: boolean;
  /** Hide internal error messages; default true. */
  maskedErrors?: boolean;
  /** Require this `x-api-key` header; default env `API_KEY` (unset: no key required). */
  apiKey?: string | null;
  /** Allowed CORS origins; default env `CORS_ORIGINS` (comma-separated), else any origin. */
  corsOrigins?: string[];
  /** Token, alias, depth, cost, DynamoDB-request and time limits; default {@link DEFAULT_LIMITS}. */
  limits?: Partial<QueryLimits>;
  /** Log through yoga's logger (internal errors are logged there); default true. */
  logging?: boolean;
  /**
   * Renders the GraphiQL page; default yoga's, which loads GraphiQL's scripts from a CDN. The local
   * server passes `@graphql-yoga/render-graphiql` (GraphiQL inlined, works offline); the Lambda
   * does not carry its 9 MB, which would be most of its bundle and cold start.
   */
  renderGraphiQL?: YogaServerOptions<Record<string, unknown>, Context>['renderGraphiQL'];
  /** DataLoader batching of reads; default true. `false` sends one request per node (to measure what batching saves). */
  batching?: boolean;
  /** Where `createUploadUrl` writes; default from the environment (`BUCKET_NAME`, …), made on first use; `null`: off. */
  uploads?: UploadConfig | null;
  /** Seconds GET answers stay fresh in clients and CDNs (Cache-Control max-age); default 60. */
  cacheMaxAgeSeconds?: number;
  /** Automatic persisted queries (Apollo's persisted-query link); default true unless env `APQ=false`. */
  automaticPersistedQueries?: boolean;
  /**
   * Trusted documents: only these operations run, by id (`documentId`, or the sha256 hash Apollo's
   * link sends); every other query is refused. Default: the JSON object `{ "<id>": "<query>" }` in
   * the file env `TRUSTED_DOCUMENTS` names; unset: any operation runs.
   */
  trustedDocuments?: Readonly<Record<string, string>> | null;
}

/** The GraphQL endpoint path. */
export const GRAPHQL_PATH = '/graphql';

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined || value === '' ? fallback : !['false', '0', 'off', 'no'].includes(value.toLowerCase());

/**
 * Creates a yoga instance over a store: the schema, per-request context (meter, metered store,
 * loaders), body-size, cost and depth limits and `extensions.cost`, masked errors, CORS, optional API key,
 * GraphiQL and an introspection switch.
 *
 * @example
 * const api = createApi({ store, graphiql: false });
 * const res = await api.fetch('http://localhost/graphql', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ query: '{ organizations(first: 2) { edges { node { name } } } }' }),
 * });
 */
export function createApi(options: ApiOptions = {}): YogaServerInstance<Record<string, unknown>, Context> {
  const env = process.env;
  let store = options.store;
  const getStore = () => {
    store ??= GraphStore.fromEnv();
    return store;
  };
  let uploads = options.uploads;
  const getUploads = () => {
    if (uploads === undefined) uploads = uploadConfigFromEnv(env) ?? null;
    return uploads ?? undefined;
  };
  const graphiql = options.graphiql ?? flag(env.GRAPHIQL, true);
  const introspection = options.introspection ?? flag(env.INTROSPECTION, true);
  const apiKey = options.apiKey === undefined ? env.API_KEY || null : options.apiKey;
  const origins =
    options.corsOrigins ??
    (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const trusted = options.trustedDocuments === undefined ? trustedDocumentsFromEnv(env) : options.trustedDocuments;
  const apq = !trusted && (options.automaticPersistedQueries ?? flag(env.APQ, true));
  const plugins: Plugin<Context>[] = [
    useBodyLimit(limits.maxBodyBytes) as Plugin<Context>,
    ...usePersistedQueries({ apq, trusted }),
    ...useLimits(limits),
  ];
  if (!introspection) plugins.push(useNoIntrospection() as Plugin<Context>);
  if (apiKey) plugins.push(useApiKey(apiKey) as Plugin<Context>);
  plugins.push(
    useHttpCaching({ maxAgeSeconds: options.cacheMaxAgeSeconds ?? 60, private: Boolean(apiKey) }) as Plugin<Context>,
  );
  const anyOrigin = origins.length === 0 || origins.includes('*');

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => {
      const upload = getUploads();
      return {
        ...createContext(
          getStore(),
          { batching: options.batching ?? true },
          { maxRequests: limits.maxRequests, timeoutMs: limits.timeoutMs },
        ),
        ...(upload ? { uploads: upload } : {}),
      };
    },
    plugins,
    // useBodyLimit does yoga's job without streaming every body through a TransformStream.
    maxRequestBodySize: false,
    maskedErrors: options.maskedErrors === false ? false : { maskError },
    logging: options.logging ?? true,
    landingPage: false,
    graphiql: graphiql ? { title: 'reportgraph', defaultQuery: DEFAULT_QUERY } : false,
    ...(options.renderGraphiQL ? { renderGraphiQL: options.renderGraphiQL } : {}),
    cors: {
      origin: anyOrigin ? '*' : origins,
      // Browsers refuse credentials with `*`, and any origin must never get a credentialed answer.
      credentials: !anyOrigin,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'x-api-key', 'authorization', 'traceparent', 'tracestate', 'if-none-match'],
      exposedHeaders: ['etag'],
      maxAge: 600,
    },
  });
}

/**
 * The API instance of this process, created once at module load (Lambda reuses it across
 * invocations); it reads the table named by `TABLE_NAME`.
 */
export const yoga = createApi();
