import { InvalidCursorError } from '@reportgraph/store';
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

/** The `extensions.code` values clients can branch on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'INVALID_ID'
  | 'INVALID_CURSOR'
  | 'PAGE_TOO_LARGE'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COSTLY'
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
