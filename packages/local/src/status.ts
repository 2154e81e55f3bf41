import type { RequestListener } from 'node:http';

/** Whether the stack is still loading its sample pages, and how far it is. */
export interface LoadingState {
  loading: boolean;
  /** Sample pages ingested so far. */
  done?: number;
  /** Sample pages uploaded. */
  total?: number;
}

/** The path the stack answers its loading state on. */
export const STATUS_PATH = '/status';

/**
 * Wraps a request listener: `GET /status` answers the loading state as JSON
 * (`{"loading":true,"done":3,"total":5}`), and while loading every response carries
 * `x-reportgraph-loading: 3/5`, so GraphQL clients can tell a partial graph from a whole one.
 *
 * @example
 * createServer(withStatus(() => state, api));
 */
export function withStatus(state: () => LoadingState, next: RequestListener): RequestListener {
  return (request, response) => {
    const current = state();
    if (current.loading) response.setHeader('x-reportgraph-loading', `${current.done ?? 0}/${current.total ?? '?'}`);
    const path = (request.url ?? '').split('?')[0];
    if (path === STATUS_PATH && (request.method === 'GET' || request.method === 'HEAD')) {
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      });
      response.end(request.method === 'HEAD' ? undefined : JSON.stringify(current));
      return;
    }
    next(request, response);
  };
}
