import { lambdaEsbuildOptions } from './esbuild-options.ts';
import { HANDLERS, NODE_RUNTIME } from './handlers.ts';
import { bucket, bucketUpload, table, tableRead } from './storage.ts';

/**
 * Every stage is private by default: a key generated for the stage that every request must carry
 * (`x-api-key`). `sst deploy` prints it; the explorer asks its reader for it once.
 */
export const apiKey = new random.RandomPassword('ApiKey', { length: 40, special: false });

/** Origins allowed to call the API from a browser: `CORS_ORIGINS` at deploy time (comma-separated), else any. */
const corsOrigins = process.env.CORS_ORIGINS?.split(',')
  .map((o) => o.trim())
  .filter(Boolean) ?? ['*'];

/**
 * The GraphQL endpoint (yoga behind a Lambda function URL); read-only on the table,
 * PutObject-only on the bucket for presigned uploads. The explorer is its own static site
 * (infra/explorer.ts).
 */
export const api = new sst.aws.Function('GraphqlApi', {
  handler: HANDLERS.api,
  description: 'GraphQL API over the report graph',
  runtime: NODE_RUNTIME,
  memory: '512 MB',
  timeout: '15 seconds',
  link: [tableRead, bucketUpload],
  environment: {
    TABLE_NAME: table.name,
    BUCKET_NAME: bucket.name,
    API_KEY: apiKey.result,
    CORS_ORIGINS: corsOrigins.join(','),
  },
  url: {
    // The front-end and GraphiQL are served from other origins; queries carry no cookies.
    cors: {
      allowOrigins: corsOrigins,
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['content-type', 'authorization', 'x-api-key', 'traceparent', 'tracestate'],
      maxAge: '1 day',
    },
  },
  // Modules loaded with import() become their own chunks (as bundle.ts builds them for the tests).
  // sst deploy runs from the repository root.
  nodejs: { format: 'esm', minify: true, splitting: true, esbuild: lambdaEsbuildOptions(process.cwd()) },
});
