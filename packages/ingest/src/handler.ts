import { Logger } from '@aws-lambda-powertools/logger';
import { S3Client } from '@aws-sdk/client-s3';
import { compileRegexesEagerly } from '@reportgraph/extract';
import { GraphStore } from '@reportgraph/store';
import type { Context, S3Event, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createIngestor, type IngestLogger, type Ingestor } from './ingest.ts';

// The container's first page otherwise runs the extractor's regexes interpreted (see regex-tiering.ts).
compileRegexesEagerly();

/** Structured JSON logs (service `ingest`; level from `POWERTOOLS_LOG_LEVEL`). */
export const logger = new Logger({ serviceName: 'ingest' });

/**
 * An S3 client from the environment: `S3_ENDPOINT` (s3rver, MinIO) switches to path-style
 * addressing and leaves checksums to when they are required, which local servers need.
 *
 * @example
 * const s3 = createS3Client(); // S3_ENDPOINT=http://127.0.0.1:4569 → local
 */
export function createS3Client(): S3Client {
  const endpoint = process.env.S3_ENDPOINT;
  return new S3Client(
    endpoint
      ? {
          endpoint,
          forcePathStyle: true,
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }
      : {},
  );
}

const ingestLogger: IngestLogger = {
  info: (message, attributes) => logger.info(message, attributes ?? {}),
  warn: (message, attributes) => logger.warn(message, attributes ?? {}),
  error: (message, attributes) => logger.error(message, attributes ?? {}),
};

let ingestor: Ingestor | undefined;

/**
 * The ingestor the Lambda uses: created on first use and kept for the life of the container, so
 * connections are reused across invocations. Table from `TABLE_NAME`, DynamoDB endpoint from
 * `DYNAMODB_ENDPOINT`, S3 endpoint from `S3_ENDPOINT`, size limit from `MAX_BYTES`.
 *
 * @example
 * await defaultIngestor().processRecord({ bucket: 'reports', key: 'p1.txt', eventName: 'ObjectCreated:Put' });
 */
export function defaultIngestor(): Ingestor {
  ingestor ??= createIngestor({
    s3: createS3Client(),
    store: GraphStore.fromEnv(),
    logger: ingestLogger,
    ...(process.env.MAX_BYTES ? { maxBytes: Number(process.env.MAX_BYTES) } : {}),
  });
  return ingestor;
}

/**
 * The ingest Lambda. Subscribed to the bucket directly (S3 event) or through an SQS queue
 * (recommended: `ReportBatchItemFailures` on, a DLQ after a few receives). For SQS it returns
 * `batchItemFailures` naming only messages that failed for a retryable reason; a bad file is
 * recorded as a FAILED document and its message succeeds. For a direct S3 event every record is
 * attempted and the invocation fails (so Lambda retries it) only when some record must be retried.
 *
 * @example
 * // sst: bucket.notify({ notifications: [{ name: 'ingest', function: 'packages/ingest/src/handler.handler' }] })
 * await handler(s3Event, context);
 */
export const handler = async (event: S3Event | SQSEvent, context?: Context): Promise<SQSBatchResponse | undefined> => {
  if (context) logger.addContext(context);
  return defaultIngestor().handleEvent(event);
};
