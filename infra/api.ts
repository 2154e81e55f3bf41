import { HANDLERS, NODE_RUNTIME } from './handlers.ts';
import { table, tableRead } from './storage.ts';

/** The GraphQL endpoint (yoga behind a Lambda function URL); read-only on the table. */
export const api = new sst.aws.Function('GraphqlApi', {
  handler: HANDLERS.api,
  description: 'GraphQL API over the report graph',
  runtime: NODE_RUNTIME,
  memory: '512 MB',
  timeout: '15 seconds',
  link: [tableRead],
  environment: { TABLE_NAME: table.name },
  url: {
    // The front-end and GraphiQL are served from other origins; queries carry no cookies.
    cors: {
      allowOrigins: ['*'],
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['content-type', 'authorization'],
      maxAge: '1 day',
    },
  },
  nodejs: { format: 'esm', minify: true },
});
