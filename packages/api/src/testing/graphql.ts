import type { CostExtension } from '../plugins.ts';

/** Response data as tests read it: loosely, with assertions doing the checking. */
// biome-ignore lint/suspicious/noExplicitAny: tests navigate response JSON freely and assert on it.
export type Loose = Record<string, any>;

/** A parsed GraphQL response. */
export interface GqlResult<T = Loose> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: CostExtension } & Record<string, unknown>;
}

/**
 * Posts a query to an in-process yoga (or any fetch-like app) and parses the JSON answer.
 *
 * @example
 * const { data } = await gql(api, '{ people(first: 1) { edges { node { name } } } }');
 */
export async function gql<T = Loose>(
  app: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> },
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GqlResult<T>, 'status'>;
  return { status: response.status, ...body };
}
