/**
 * Re-runs the ingest over stored documents so a new extractor converges to the graph a fresh
 * ingest would build.
 *
 * Usage (environment: TABLE_NAME, DYNAMODB_ENDPOINT, S3_ENDPOINT, AWS credentials):
 *   pnpm --filter @reportgraph/ingest reprocess --all [--bucket B] [--changed-only]
 *   pnpm --filter @reportgraph/ingest reprocess KEY… [--bucket B]
 *
 * `--bucket B` also ingests objects of B that have no document (lost events); with KEYs it
 * names the bucket they are in. `--changed-only` skips files whose bytes and extractor version
 * are unchanged. Exits 1 when some documents failed for a retryable reason (run it again).
 */
import { parseArgs } from 'node:util';
import { GraphStore } from '@reportgraph/store';
import { createS3Client, logger } from '../src/handler.ts';
import { createIngestor } from '../src/ingest.ts';
import { reprocessAll } from '../src/reprocess.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    all: { type: 'boolean', default: false },
    bucket: { type: 'string' },
    'changed-only': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '4' },
  },
});

if (!values.all && positionals.length === 0) {
  process.stderr.write('Usage: reprocess --all [--bucket B] [--changed-only] | reprocess KEY… [--bucket B]\n');
  process.exit(2);
}

const s3 = createS3Client();
const store = GraphStore.fromEnv();
const ingestor = createIngestor({
  s3,
  store,
  logger: {
    info: () => {},
    warn: (message, attributes) => logger.warn(message, attributes ?? {}),
    error: (message, attributes) => logger.error(message, attributes ?? {}),
  },
});
const summary = await reprocessAll({
  ingestor,
  store,
  s3,
  force: !values['changed-only'],
  concurrency: Number(values.concurrency),
  ...(values.bucket ? { bucket: values.bucket } : {}),
  ...(values.all ? {} : { keys: positionals }),
  onProgress: (o) => process.stderr.write(`${o.status.padEnd(9)} ${o.key}${'error' in o ? `  ${o.error}` : ''}\n`),
});
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
process.exit(summary.errors.length > 0 ? 1 : 0);
