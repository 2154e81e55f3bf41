import { lambdaEsbuildOptions } from './esbuild-options.ts';
import { HANDLERS, NODE_RUNTIME } from './handlers.ts';
import { bucket, bucketRead, table, tableReadWrite } from './storage.ts';

/** Function timeout; the queue's visibility timeout is derived from it. */
const INGEST_TIMEOUT_SECONDS = 60;
/** At most this many pages are ingested at once, to spare the table's write capacity. */
const INGEST_CONCURRENCY = 5;

/** Messages that failed three receives, kept 14 days for inspection and redrive. */
export const deadLetters = new sst.aws.Queue('IngestDeadLetters', {
  transform: { queue: { messageRetentionSeconds: 14 * 24 * 60 * 60 } },
});

/**
 * Buffers the bucket's events so bursts of uploads are ingested at a steady pace and failures are
 * retried. AWS advises a visibility timeout of six times the function timeout, so a message is not
 * redelivered while a slow batch (or its retries) is still running.
 */
export const ingestQueue = new sst.aws.Queue('IngestQueue', {
  visibilityTimeout: `${INGEST_TIMEOUT_SECONDS * 6} seconds`,
  // The ingest reads ApproximateReceiveCount: the third receive is its last try (INGEST_MAX_RECEIVES).
  dlq: { queue: deadLetters.arn, retry: 3 },
});

bucket.notify({
  notifications: [{ name: 'IngestQueue', queue: ingestQueue, events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] }],
});

/**
 * What every function that runs the ingest code shares (the ingest itself and the sweeper): its
 * runtime, table and bucket access, environment, the gazetteer's data and the ESM build.
 */
export const ingestCode = {
  runtime: NODE_RUNTIME,
  link: [tableReadWrite, bucketRead],
  environment: {
    TABLE_NAME: table.name,
    BUCKET_NAME: bucket.name,
    POWERTOOLS_LOG_LEVEL: 'INFO',
    GAZETTEER_DATA: 'data/gazetteer.json',
  },
  // The gazetteer's data is read at run time, not imported, so the bundle neither holds nor parses it.
  copyFiles: [{ from: 'packages/extract/data/gazetteer.json', to: 'data/gazetteer.json' }],
  // SST's ESM build already adds the createRequire banner; a second one would redeclare `require`.
  nodejs: { format: 'esm' as const, minify: true, splitting: true, esbuild: lambdaEsbuildOptions(process.cwd()) },
};

/**
 * The ingest function, created by the subscription so SST grants it exactly the SQS actions the
 * event source mapping needs on this queue.
 */
export const ingestSubscription = ingestQueue.subscribe(
  {
    ...ingestCode,
    handler: HANDLERS.ingest,
    description: 'Decodes, extracts and stores each uploaded report page',
    memory: '1024 MB',
    timeout: `${INGEST_TIMEOUT_SECONDS} seconds`,
    concurrency: { reserved: INGEST_CONCURRENCY },
  },
  {
    batch: { size: 10, partialResponses: true },
    transform: {
      // Reserved concurrency alone makes Lambda throttle the poller, and throttled messages count
      // as receives, so they reach the DLQ without ever failing. Capping the poller at the same
      // number keeps it from invoking more functions than may run.
      eventSourceMapping: { scalingConfig: { maximumConcurrency: INGEST_CONCURRENCY } },
    },
  },
);
