/**
 * The Lambda entry points, in SST's `path/file.export` form, relative to the repo root.
 * Named once so the config, the bundler and the tests point at the same files.
 */
export const HANDLERS = {
  ingest: 'packages/ingest/src/handler.handler',
  api: 'packages/api/src/lambda.handler',
  sweeper: 'packages/ingest/src/sweep-handler.handler',
} as const;

/**
 * Lambda runtime for every function. The code is tested on Node 20 and bundled for `node20`,
 * which runs unchanged on 22; 22 is used because Lambda retires nodejs20.x first.
 */
export const NODE_RUNTIME = 'nodejs22.x' as const;

/**
 * The TypeScript source file of an SST handler string.
 *
 * @example
 * handlerSource('packages/ingest/src/handler.handler') // 'packages/ingest/src/handler.ts'
 */
export function handlerSource(handler: string): string {
  const dot = handler.lastIndexOf('.');
  if (dot <= 0) throw new Error(`Handler "${handler}" is not in path/file.export form.`);
  return `${handler.slice(0, dot)}.ts`;
}
