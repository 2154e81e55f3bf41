import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Gives an ESM bundle what CommonJS dependencies expect: `require` (for Node built-ins they load
 * lazily, which esbuild cannot turn into imports), `__filename` and `__dirname`. The aliases are
 * prefixed so they cannot collide with names in the bundled code.
 */
export const ESM_INTEROP_BANNER = [
  "import { createRequire as __rgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __rgFileURLToPath } from 'node:url';",
  'const require = __rgCreateRequire(import.meta.url);',
  'const __filename = __rgFileURLToPath(import.meta.url);',
  "const __dirname = __rgFileURLToPath(new URL('.', import.meta.url));",
].join('\n');

/** What a bundle produced. */
export interface BundleResult {
  /** Absolute path of the written `.mjs` file. */
  outfile: string;
  /** Its size in bytes. */
  bytes: number;
}

/**
 * Bundles a Lambda handler into one minified ESM file for Node 20+, with every dependency inside,
 * the AWS SDK included: the SDK preinstalled in the Lambda runtime is whatever version AWS ships
 * that week, while the bundled one is the version the tests ran against.
 *
 * This mirrors what `sst deploy` does for `sst.aws.Function` and lets CI prove a handler bundles
 * and loads without the SST CLI.
 *
 * @param entry Path of the handler's source file.
 * @param outfile Where to write the bundle; defaults to `dist/handlers/<name>.mjs` in the working directory.
 * @example
 * const { outfile, bytes } = await bundleHandler('packages/ingest/src/handler.ts');
 * const { handler } = await import(outfile);
 */
export async function bundleHandler(entry: string, outfile?: string): Promise<BundleResult> {
  const target = path.resolve(outfile ?? path.join('dist', 'handlers', `${path.parse(entry).name}.mjs`));
  await mkdir(path.dirname(target), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile: target,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    bundle: true,
    minify: true,
    treeShaking: true,
    // Prefer packages' ESM builds: they tree-shake, and CJS builds of ESM-first packages are the
    // ones that reach for `require` of other ESM modules.
    mainFields: ['module', 'main'],
    banner: { js: ESM_INTEROP_BANNER },
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'silent',
  });
  return { outfile: target, bytes: (await stat(target)).size };
}
