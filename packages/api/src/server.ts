import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphStore } from '@reportgraph/store';
import type { UploadConfig } from './uploads.ts';
import { createApi, GRAPHQL_PATH } from './yoga.ts';

/** A running local API server. */
export interface RunningServer {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Options of the local server. */
export interface ServerOptions {
  /** Port; default 4000, `0` picks a free one. */
  port?: number;
  /** Interface; default 127.0.0.1. */
  host?: string;
  /** The store to read; default the table named by `TABLE_NAME`. */
  store?: GraphStore;
  /** DataLoader batching; default true (`false` only to measure what it saves). */
  batching?: boolean;
  /**
   * Wraps the API's request listener, e.g. to serve static files beside it (the local stack serves
   * the explorer at `/` this way). Default: the API alone.
   */
  wrap?: (api: RequestListener) => RequestListener;
  /** Where `createUploadUrl` writes (the local stack passes its bucket); default from the environment. */
  uploads?: UploadConfig;
}

/**
 * Serves the API over node:http (yoga is a request listener), with GraphiQL inlined from the
 * installed package so it works offline.
 *
 * @example
 * const server = await startServer({ port: 4000 });
 * console.log(`GraphiQL at ${server.url}`);
 * await server.close();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const app = createApi({
    ...(options.store ? { store: options.store } : {}),
    batching: options.batching ?? true,
    renderGraphiQL,
    ...(options.uploads ? { uploads: options.uploads } : {}),
  });
  const server = createServer(options.wrap ? options.wrap(app) : app);
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
