import { api } from './api.ts';

/**
 * The analysts' explorer: a static site (S3 + CloudFront) built by Vite, talking to the API's
 * function URL (queries carry no cookies). The stage's API key is not built into the page: the
 * page asks the reader for it once (the API answers 401 without it) and keeps it in the browser.
 */
export const explorer = new sst.aws.StaticSite('Explorer', {
  path: 'packages/explorer',
  build: { command: 'pnpm build', output: 'dist' },
  environment: { VITE_GRAPHQL_URL: $interpolate`${api.url}graphql` },
});
