/**
 * The GraphQL endpoint: `VITE_GRAPHQL_URL` when the page was built for a deployed stage (a static
 * site on its own origin, see infra/explorer.ts), else the API on the same origin (the local stack).
 */
export const GRAPHQL_URL: string = import.meta.env.VITE_GRAPHQL_URL || '/graphql';

const KEY_STORAGE = 'reportgraph.apiKey';

/** An error the API or the network gave, shown to the reader as is. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
}

async function post(query: string, variables: Record<string, unknown>): Promise<Response> {
  const key = localStorage.getItem(KEY_STORAGE);
  return fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
    body: JSON.stringify({ query, variables }),
  });
}

/**
 * Runs a GraphQL operation against `/graphql`. When the API asks for a key (401), the reader
 * is asked once and the key is kept in localStorage.
 *
 * @example
 * const { search } = await gql<{ search: SearchConnection }>(SEARCH, { query: '佛山' });
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response = await post(query, variables).catch(() => undefined);
  if (response?.status === 401) {
    const key = prompt('This API needs a key (x-api-key):');
    if (key) {
      localStorage.setItem(KEY_STORAGE, key);
      response = await post(query, variables).catch(() => undefined);
    }
  }
  if (!response) throw new ApiError('The API cannot be reached.');
  const body = (await response.json().catch(() => undefined)) as
    | { data?: T; errors?: { message: string }[] }
    | undefined;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body?.data) throw new ApiError(`The API answered HTTP ${response.status}.`);
  return body.data;
}
