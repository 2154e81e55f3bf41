import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withExplorer } from '@reportgraph/explorer/serve';
import type { GraphStore } from '@reportgraph/store';
import { createApi, GRAPHQL_PATH, yoga } from './yoga.ts';

/** A running local API server. */
export interface RunningServer {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the API and the explorer page over node:http (yoga is a request listener). Without `store` it uses this
 * process's yoga instance (table from `TABLE_NAME`); `port: 0` picks a free port.
 *
 * @example
 * const server = await startServer({ port: 4000 });
 * console.log(`GraphiQL at ${server.url}`);
 * await server.close();
 */
export async function startServer(
  options: { port?: number; host?: string; store?: GraphStore } = {},
): Promise<RunningServer> {
  const app = options.store ? createApi({ store: options.store }) : yoga;
  // The explorer's static files at `/`; `/graphql` and everything else goes to yoga.
  const server = createServer(withExplorer(app));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${GRAPHQL_PATH}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
