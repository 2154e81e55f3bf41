import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExplorer, explorerDir } from '@reportgraph/explorer';
import { documentIdFor } from '@reportgraph/store';
import { ENDPOINTS_FILE, removeEndpointsFile, writeEndpointsFile } from './endpoints-file.ts';
import { EXAMPLE_QUERY } from './example-query.ts';
import { uploadSamples } from './samples.ts';
import { type Stack, startStack } from './stack.ts';

/** Prints where everything answers. */
function printEndpoints(stack: Stack): void {
  console.log(`Explorer:   ${new URL('/', stack.apiUrl)}`);
  console.log(`GraphiQL:   ${stack.apiUrl}`);
  console.log(`S3:         ${stack.s3Endpoint}  bucket "${stack.bucket}" (any access key)`);
  console.log(`DynamoDB:   ${stack.dynamoEndpoint}  table "${stack.tableName}"`);
  console.log(`Status:     ${new URL('/status', stack.apiUrl)}  (the CLI finds these in ${ENDPOINTS_FILE})`);
}

/** Counts the sample pages whose documents have reached a final status. */
async function countIngested(stack: Stack, keys: string[]): Promise<number> {
  const docs = await Promise.all(keys.map((key) => stack.store.getDocument(documentIdFor(stack.bucket, key))));
  return docs.filter((d) => d?.status === 'DONE' || d?.status === 'FAILED').length;
}

/** Uploads the samples and waits for them, saying so on the console and on `/status` until they are in. */
async function loadSamples(stack: Stack): Promise<string[]> {
  const started = Date.now();
  const keys = await uploadSamples(stack.s3, stack.bucket);
  stack.setLoading({ loading: true, done: 0, total: keys.length });
  console.log(`\nThe graph is LOADING: ingesting ${keys.length} sample pages; answers are partial until they are in…`);
  let last = -1;
  const tick = setInterval(async () => {
    const done = await countIngested(stack, keys).catch(() => last);
    stack.setLoading({ loading: true, done, total: keys.length });
    if (done !== last)
      console.log(`  ${done}/${keys.length} sample pages ingested (${Math.round((Date.now() - started) / 1000)} s)`);
    last = done;
  }, 1000);
  await stack.idle().finally(() => clearInterval(tick));
  stack.setLoading({ loading: false, done: keys.length, total: keys.length });
  for (const key of keys) {
    const doc = await stack.store.getDocument(documentIdFor(stack.bucket, key));
    const c = doc?.counts;
    const counts = c
      ? `${c.articles} articles, ${c.organizations} organizations, ${c.people} people, ${c.events} events, ${c.metrics} metrics`
      : (doc?.error ?? '');
    console.log(`  ${doc?.status ?? 'MISSING'}  ${key}  ${counts}`);
  }
  console.log(`The graph is READY: ${keys.length} sample pages ingested in ${Date.now() - started} ms.\n`);
  return keys;
}

/** `pnpm start [--reset]`: the embedded stack with the sample pages loaded. */
async function main() {
  // The SDK's notice about Node 22 is for the SDK's users' developers, not for someone starting the stack.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
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
  await writeEndpointsFile({
    apiUrl: stack.apiUrl,
    s3Endpoint: stack.s3Endpoint,
    bucket: stack.bucket,
    dynamoEndpoint: stack.dynamoEndpoint,
    tableName: stack.tableName,
    pid: process.pid,
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await removeEndpointsFile();
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  printEndpoints(stack);
  await loadSamples(stack);
  console.log(`Try this query in GraphiQL (${stack.apiUrl}):\n\n${EXAMPLE_QUERY}\n`);
  console.log(
    'Upload more pages with "pnpm reportgraph upload FILE…", the explorer\'s upload form, or any S3 client, e.g.:',
  );
  console.log(
    `  AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER aws --endpoint-url ${stack.s3Endpoint} s3 cp page.txt s3://${stack.bucket}/`,
  );
  console.log('\nCtrl-C stops everything.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
