import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExplorer, explorerDir } from '@reportgraph/explorer';
import { documentIdFor } from '@reportgraph/store';
import { EXAMPLE_QUERY } from './example-query.ts';
import { uploadSamples } from './samples.ts';
import { startStack } from './stack.ts';

/** `pnpm start [--reset]`: the embedded stack with the sample pages loaded. */
async function main() {
  const reset = process.argv.includes('--reset');
  const dataDir = resolve(fileURLToPath(new URL('../../../.data', import.meta.url)));
  const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  console.log(reset ? 'Starting an empty stack…' : `Starting the stack (data in ${dataDir})…`);
  if (!existsSync(join(explorerDir, 'index.html'))) {
    console.log('Building the explorer page…');
    await buildExplorer();
  }
  const stack = await startStack({
    dataDir,
    reset,
    apiPort: port('PORT', 4000),
    s3Port: port('S3_PORT', 4569),
    dynamoPort: port('DYNAMODB_PORT', 8000),
    // The sweeper job: repairs ghosts, missing documents and stuck records every minute.
    sweepEveryMs: 60_000,
    onSweep: (report) => {
      for (const r of report.repairs)
        console.log(`  swept ${r.finding}: ${r.key} → ${r.status}${r.error ? ` (${r.error})` : ''}`);
    },
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const started = Date.now();
  const keys = await uploadSamples(stack.s3, stack.bucket);
  await stack.idle();
  for (const key of keys) {
    const doc = await stack.store.getDocument(documentIdFor(stack.bucket, key));
    const counts = doc?.counts
      ? `${doc.counts.articles} articles, ${doc.counts.organizations} organizations, ${doc.counts.people} people, ${doc.counts.events} events, ${doc.counts.metrics} metrics`
      : (doc?.error ?? '');
    console.log(`  ${doc?.status ?? 'MISSING'}  ${key}  ${counts}`);
  }
  console.log(`Ingested ${keys.length} sample pages in ${Date.now() - started} ms.\n`);
  console.log(`Explorer:   ${new URL('/', stack.apiUrl)}`);
  console.log(`GraphiQL:   ${stack.apiUrl}`);
  console.log(`S3:         ${stack.s3Endpoint}  bucket "${stack.bucket}" (any access key)`);
  console.log(`DynamoDB:   ${stack.dynamoEndpoint}  table "${stack.tableName}"`);
  console.log(`\nTry this query in GraphiQL:\n\n${EXAMPLE_QUERY}\n`);
  console.log('Upload more pages with any S3 client, e.g.:');
  console.log(
    `  AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER aws --endpoint-url ${stack.s3Endpoint} s3 cp page.txt s3://${stack.bucket}/`,
  );
  console.log('\nCtrl-C stops everything.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
