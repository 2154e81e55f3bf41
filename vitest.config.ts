import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Source files would otherwise get graphql's ESM build while Pothos and yoga load its CommonJS
  // build: two copies, and `instanceof` checks between them fail.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'infra/**/*.test.ts'],
    globalSetup: ['test/setup/services.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
