import { CliError } from './errors.ts';

/** A Relay connection page as the API returns it; `TEdge` is one edge (its `node` and edge fields). */
export interface Connection<TEdge> {
  edges: TEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Sends GraphQL operations to one endpoint. */
export interface GraphqlClient {
  readonly url: string;
  /** Runs an operation; GraphQL errors, HTTP errors and an unreachable API throw a {@link CliError}. */
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Options of {@link createGraphqlClient}. */
export interface GraphqlClientOptions {
  url: string;
  /** Sent as `x-api-key` when set. */
  apiKey?: string;
  /** For tests; default the global `fetch`. */
  fetch?: typeof fetch;
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/**
 * Creates a small GraphQL client over `fetch` (POST, JSON).
 *
 * @example
 * const client = createGraphqlClient({ url: 'http://127.0.0.1:4000/graphql' });
 * const { documents } = await client.request<{ documents: Connection<{ node: { key: string } }> }>(
 *   '{ documents(first: 5) { edges { node { key } } pageInfo { hasNextPage endCursor } } }',
 * );
 */
export function createGraphqlClient(options: GraphqlClientOptions): GraphqlClient {
  const doFetch = options.fetch ?? fetch;
  return {
    url: options.url,
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      let response: Response;
      try {
        response = await doFetch(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause;
        throw new CliError(
          `Cannot reach the API at ${options.url}${cause?.code ? ` (${cause.code})` : ''}. Is it running? (pnpm start, or set REPORTGRAPH_API_URL)`,
        );
      }
      const text = await response.text();
      let body: GraphqlResponse<T> | undefined;
      try {
        body = JSON.parse(text) as GraphqlResponse<T>;
      } catch {
        body = undefined;
      }
      if (body?.errors?.length) throw new CliError(`API error: ${body.errors.map((e) => e.message).join('; ')}`);
      if (response.status === 401 || response.status === 403)
        throw new CliError(`The API at ${options.url} refused the request (HTTP ${response.status}): set API_KEY.`);
      if (!response.ok || !body?.data)
        throw new CliError(`The API at ${options.url} answered HTTP ${response.status}: ${text.slice(0, 200)}`);
      return body.data;
    },
  };
}

/**
 * Reads every edge of a connection: `select` picks the connection out of each response and
 * the loop passes `endCursor` as `$after` until `hasNextPage` is false.
 *
 * @example
 * for await (const { node } of paginate(client, ORGS_QUERY, {}, (d) => d.organizations)) console.log(node.name);
 */
export async function* paginate<TData, TEdge>(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown>,
  select: (data: TData) => Connection<TEdge> | null | undefined,
): AsyncGenerator<TEdge> {
  let after: string | null = null;
  for (;;) {
    const connection = select(await client.request<TData>(query, { ...variables, after }));
    if (!connection) return;
    yield* connection.edges;
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return;
    after = connection.pageInfo.endCursor;
  }
}
