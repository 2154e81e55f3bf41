/** A GraphQL response as the API sends it, with the cost extension. */
export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
  extensions?: {
    cost?: { dynamodbRequests: number; operations: Record<string, number>; depth: number };
  };
}

/**
 * POSTs one GraphQL operation; throws on HTTP or GraphQL errors.
 *
 * @example
 * const { data } = await gql(stack.apiUrl, '{ __typename }');
 */
export async function gql(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  });
  const body = (await response.json()) as GraphQLResponse;
  if (!response.ok || body.errors?.length) {
    throw new Error(`GraphQL ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no body'}`);
  }
  return body;
}
