import { api } from './api.ts';

/**
 * The analysts' explorer: a static site (S3 + CloudFront) built by Vite, talking to the API's
 * function URL (CORS allows any origin; queries carry no cookies).
 */
export const explorer = new sst.aws.StaticSite('Explorer', {
  path: 'packages/explorer',
  build: { command: 'pnpm build', output: 'dist' },
  environment: { VITE_GRAPHQL_URL: $interpolate`${api.url}graphql` },
});
