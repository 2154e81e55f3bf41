import path from 'node:path';

/**
 * esbuild options the Lambda bundles take both in `sst deploy` (infra/api.ts and infra/ingest.ts, as `nodejs.esbuild`)
 * and in the tests' and bench's bundles (bundle.ts): yoga's Fetch ponyfill is replaced by the
 * runtime's own Fetch API (see shims/native-fetch.ts), and text is written as UTF-8: esbuild's
 * default escapes every non-ASCII character as `\uXXXX`, six bytes for a hanzi that UTF-8 writes
 * in three, and the bundles carry lexicons, the gazetteer and OpenCC's table. `root` is the
 * repository root.
 *
 * @example
 * new sst.aws.Function('Api', { …, nodejs: { esbuild: lambdaEsbuildOptions(process.cwd()) } });
 */
export const lambdaEsbuildOptions = (root: string) => ({
  charset: 'utf8' as const,
  alias: { '@whatwg-node/node-fetch': path.join(root, 'infra', 'shims', 'native-fetch.ts') },
});
