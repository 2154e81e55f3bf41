/**
 * `pnpm --filter @reportgraph/explorer dev`: Vite's dev server with hot reload, `/graphql` and
 * `/status` proxied to the running local API: the one `pnpm start` names in `.data/endpoints.json`
 * (written by packages/local/src/endpoints-file.ts), else `PORT` (default 4000).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { viteConfig } from './build.ts';

const endpointsFile = fileURLToPath(new URL('../../../.data/endpoints.json', import.meta.url));
const running = existsSync(endpointsFile)
  ? (JSON.parse(readFileSync(endpointsFile, 'utf8')) as { apiUrl?: string }).apiUrl
  : undefined;
const apiOrigin = running ? new URL(running).origin : `http://127.0.0.1:${process.env.PORT ?? 4000}`;

const server = await createServer(viteConfig({ apiUrl: apiOrigin }));
await server.listen();
const url = server.resolvedUrls?.local[0];
console.log(`Explorer (hot reload): ${url ?? '(no local URL)'}  →  API ${apiOrigin}/graphql`);
