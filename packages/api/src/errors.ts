import { InvalidCursorError, RequestBudgetError } from '@reportgraph/store';
import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';

/** The `extensions.code` values clients can branch on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'INVALID_ID'
  | 'INVALID_CURSOR'
  | 'PAGE_TOO_LARGE'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COSTLY'
  | 'QUERY_TIMEOUT'
  | 'REQUEST_TOO_LARGE'
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED';

/**
 * An expected error with a clear message and a machine-readable code; yoga passes these to the
 * client unmasked, unlike internal errors.
 *
 * @example
 * throw userError('first must be between 0 and 100 (got 500).', 'PAGE_TOO_LARGE');
 */
export function userError(message: string, code: ErrorCode, extra: Record<string, unknown> = {}): GraphQLError {
  // createGraphQLError builds the error with the same `graphql` module yoga and Pothos use, so
  // yoga recognizes it as a client error (a second copy of graphql would make it masked).
  return createGraphQLError(message, { extensions: { code, ...extra } });
}

/**
 * Turns the store's known failures into client errors; anything else stays internal (masked).
 *
 * @example
 * const page = await store.listNodes('Person', opts).catch(rethrowUserErrors);
 */
export function rethrowUserErrors(error: unknown): never {
  if (error instanceof InvalidCursorError) {
    throw userError(
      'The cursor is not valid for this list: pass an `endCursor` or edge `cursor` from it.',
      'INVALID_CURSOR',
    );
  }
  throw error;
}

/** The error a resolver threw, under the GraphQLError execution wrapped it in. */
const originalOf = (error: unknown): unknown =>
  error && typeof error === 'object' && 'originalError' in error && error.originalError ? error.originalError : error;

/** Whether a failure is the request's time budget running out (our error, or the SDK's abort). */
const isTimeout = (error: unknown) =>
  (error instanceof RequestBudgetError && error.reason === 'time') ||
  (error instanceof Error && error.name === 'AbortError');

/**
 * Yoga's error masking, except that a spent request budget says so (codes `QUERY_TOO_COSTLY`,
 * `QUERY_TIMEOUT`) instead of "Unexpected error.": the client can act on it.
 *
 * @example
 * createYoga({ schema, maskedErrors: { maskError } });
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = originalOf(error);
  const at = error as Partial<Pick<GraphQLError, 'path' | 'nodes'>>;
  const where = { ...(at.path ? { path: at.path } : {}), ...(at.nodes ? { nodes: at.nodes } : {}) };
  if (original instanceof RequestBudgetError && original.reason === 'requests') {
    return createGraphQLError(
      `The query needed more than ${original.limit} DynamoDB requests, the most one request may send; ` +
        'ask for fewer items or fewer nested lists, or page through them.',
      { ...where, extensions: { code: 'QUERY_TOO_COSTLY', maxRequests: original.limit } },
    );
  }
  if (isTimeout(original)) {
    return createGraphQLError(
      'The query ran out of time before it finished; ask for fewer items or split it into several queries.',
      { ...where, extensions: { code: 'QUERY_TIMEOUT' } },
    );
  }
  return yogaMaskError(error, message, isDev);
}
