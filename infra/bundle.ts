import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { lambdaEsbuildOptions } from './esbuild-options.ts';

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
  /** Absolute path of the written entry `.mjs` file. */
  outfile: string;
  /** Bytes a cold start loads: the entry file and the chunks it imports statically. */
  bytes: number;
  /** Bytes of every file written, including chunks loaded only on demand (`import()`). */
  totalBytes: number;
  /** esbuild's metafile: which inputs ended up in which output. */
  metafile: Metafile;
}

/** Sizes the entry output and what it statically imports, and every output, from a metafile. */
function sizes(metafile: Metafile, outfile: string): { bytes: number; totalBytes: number } {
  const outputs = new Map(Object.entries(metafile.outputs).map(([file, out]) => [path.resolve(file), out]));
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of outputs.get(file)?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(path.resolve(imported.path));
    }
  };
  visit(outfile);
  const bytesOf = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + (outputs.get(f)?.bytes ?? 0), 0);
  return { bytes: bytesOf(loaded), totalBytes: bytesOf(outputs.keys()) };
}

/**
 * Bundles a Lambda handler into one minified ESM file for Node 20+, with every dependency inside,
 * the AWS SDK included: the SDK preinstalled in the Lambda runtime is whatever version AWS ships
 * that week, while the bundled one is the version the tests ran against.
 *
 * Modules a handler loads with `import()` (PDF.js, mammoth) become chunks of their own beside
 * it, so a cold start does not parse them (SST's `nodejs.splitting`). This mirrors what `sst
 * deploy` does for `sst.aws.Function` and lets CI prove a handler bundles and loads without the
 * SST CLI.
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
  const { metafile } = await build({
    entryPoints: { [path.parse(target).name]: entry },
    outdir: path.dirname(target),
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
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
    ...lambdaEsbuildOptions(fileURLToPath(new URL('..', import.meta.url))),
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'silent',
  });
  return { outfile: target, ...sizes(metafile, target), metafile };
}
