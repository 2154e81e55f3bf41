import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { explorerDir } from './serve.ts';

/** The explorer's browser sources (index.html and its modules). */
export const webDir: string = fileURLToPath(new URL('../web', import.meta.url));

/**
 * The Vite configuration: `web/` built into `dist/` with relative asset URLs (so the page
 * works under any path), cytoscape in its own lazily loaded chunk; the dev server proxies
 * `/graphql` to the local API.
 *
 * @example
 * const { createServer } = await import('vite');
 * await (await createServer(viteConfig({ apiUrl: 'http://127.0.0.1:4000' }))).listen();
 */
export function viteConfig(options: { outDir?: string; apiUrl?: string } = {}): InlineConfig {
  return {
    configFile: false,
    root: webDir,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: options.outDir ?? explorerDir,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 600,
    },
    server: {
      proxy: {
        '/graphql': options.apiUrl ?? 'http://127.0.0.1:4000',
        '/status': options.apiUrl ?? 'http://127.0.0.1:4000',
      },
    },
  };
}

// A variable specifier keeps bundlers (the API Lambda's esbuild) from pulling Vite in.
const VITE = 'vite';

/**
 * Builds the explorer into `dist/` (or `outDir`) with Vite; returns the output folder.
 *
 * @example
 * const dir = await buildExplorer(); // …/packages/explorer/dist
 */
export async function buildExplorer(options: { outDir?: string } = {}): Promise<string> {
  const vite = (await import(VITE)) as typeof import('vite');
  const config = viteConfig(options);
  await vite.build(config);
  return config.build?.outDir ?? explorerDir;
}
