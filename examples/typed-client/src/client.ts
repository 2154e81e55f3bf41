import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** Where the API is: `REPORTGRAPH_API_URL`, else the local stack of `pnpm start`. */
export const API_URL = process.env.REPORTGRAPH_API_URL ?? 'http://127.0.0.1:4000/graphql';

/**
 * Runs a typed document: the variables and the result are typed by the document itself.
 *
 * @example
 * const data = await request(UnionQuery, { name: '佛山市总工会' });
 * data.organizationByName?.place?.code; // string | undefined, checked by tsc
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(API_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(process.env.API_KEY ? { 'x-api-key': process.env.API_KEY } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: { message: string }[] };
  if (body.errors?.length || !body.data)
    throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}
