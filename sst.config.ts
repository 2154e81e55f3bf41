/**
 * SST v3 app: storage (bucket + table), ingest (queue + function), the sweeper (a schedule),
 * API (GraphQL function URL),
 * explorer (static site).
 * Resources live in infra/, one concern per file, imported inside run() because SST only defines
 * its globals (`sst`, `$app`) while run() executes.
 */
export default $config({
  app(input) {
    const production = input?.stage === 'production';
    return {
      name: 'reportgraph',
      home: 'aws',
      removal: production ? 'retain' : 'remove',
      protect: production,
      // The API key of each stage is generated (infra/api.ts).
      providers: { random: '4.18.0' },
    };
  },
  async run() {
    const { bucket, table } = await import('./infra/storage.ts');
    const { ingestQueue, deadLetters } = await import('./infra/ingest.ts');
    await import('./infra/sweeper.ts');
    const { api, apiKey } = await import('./infra/api.ts');
    const { explorer } = await import('./infra/explorer.ts');
    return {
      api: api.url,
      apiKey: apiKey.result,
      explorer: explorer.url,
      bucket: bucket.name,
      table: table.name,
      queue: ingestQueue.url,
      deadLetters: deadLetters.url,
    };
  },
});
