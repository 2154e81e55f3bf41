import { readFileSync } from 'node:fs';
import { useAPQ } from '@graphql-yoga/plugin-apq';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { Context } from './builder.ts';

/** How an API takes persisted queries. */
export interface PersistedQueryOptions {
  /** Automatic persisted queries: a client sends a hash, and the query once when the hash is unknown. */
  apq: boolean;
  /** Trusted documents: only these operations (id → query) run; null runs any operation. */
  trusted: Readonly<Record<string, string>> | null;
}

/**
 * The persisted-query plugins: yoga's APQ (what Apollo's persisted-query link speaks, an
 * in-memory LRU per process), or, with trusted documents, yoga's persisted operations with
 * arbitrary operations refused (only known operations run, for production stages).
 *
 * @example
 * createYoga({ schema, plugins: [...usePersistedQueries({ apq: true, trusted: null })] });
 */
export function usePersistedQueries(options: PersistedQueryOptions): Plugin<Context>[] {
  const { trusted } = options;
  if (trusted) {
    return [
      usePersistedOperations({
        getPersistedOperation: (id: string) => trusted[id] ?? null,
        allowArbitraryOperations: false,
        extractPersistedOperationId: operationId,
        customErrors: {
          notFound: {
            message: 'This operation is not one of the trusted documents of this API; use a known documentId.',
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
          },
          persistedQueryOnly: {
            message: 'Only trusted documents run here: send a documentId (or persisted-query hash), not a query.',
            extensions: { code: 'PERSISTED_QUERY_ONLY' },
          },
        },
      }) as Plugin<Context>,
    ];
  }
  return options.apq ? [useAPQ() as Plugin<Context>] : [];
}

/**
 * The id of a persisted operation: `documentId` (GraphQL over HTTP's trusted documents, body or
 * URL) or the sha256 hash Apollo's persisted-query link sends in `extensions.persistedQuery`.
 */
function operationId(params: GraphQLParams, request: Request): string | null {
  const body = params as GraphQLParams & { documentId?: unknown };
  if (typeof body.documentId === 'string') return body.documentId;
  const persisted = params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  if (typeof persisted?.sha256Hash === 'string') return persisted.sha256Hash;
  return new URL(request.url).searchParams.get('documentId');
}

/**
 * The trusted documents the file env `TRUSTED_DOCUMENTS` names (a JSON object id → query), or
 * null when it is unset.
 *
 * @example
 * trustedDocumentsFromEnv({ TRUSTED_DOCUMENTS: 'trusted-documents.json' }) // → { 'a1b2…': 'query Org { … }' }
 */
export function trustedDocumentsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> | null {
  const path = env.TRUSTED_DOCUMENTS;
  if (!path) return null;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`TRUSTED_DOCUMENTS (${path}) must hold a JSON object of id → query.`);
  }
  return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
