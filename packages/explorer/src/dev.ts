/** `pnpm --filter @reportgraph/explorer dev`: Vite's dev server, `/graphql` proxied to the local API (PORT, default 4000). */
import { createServer } from 'vite';
import { viteConfig } from './build.ts';

const server = await createServer(viteConfig({ apiUrl: `http://127.0.0.1:${process.env.PORT ?? 4000}` }));
await server.listen();
server.printUrls();
