/**
 * Test-only helpers (not exported from the package): real clients against the test run's
 * DynamoDB Local and s3rver, the sample pages, a table dump, and fault injection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createDocumentClient, ensureTable, GraphStore } from '@reportgraph/store';
import type { S3Event, SQSEvent } from 'aws-lambda';
import { inject } from 'vitest';
import { createIngestor, type IngestorOptions } from './ingest.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS_DIR = join(here, '../../extract/corpus/reports');

/** The sample pages, in name order. */
export function corpusPages(): { name: string; text: string }[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
}

/** Points the SDK defaults at the test services (the global setup provides them). */
export function useServices() {
  const env = inject('services');
  Object.assign(process.env, env);
  return env;
}

let counter = 0;
/** A name unique to this test file run: tables and buckets never collide between files. */
export const uniqueName = (prefix: string) =>
  `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function testS3Client(): S3Client {
  return new S3Client({
    endpoint: process.env.S3_ENDPOINT,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export async function createBucket(s3: S3Client, name = uniqueName('ingest')): Promise<string> {
  await s3.send(new CreateBucketCommand({ Bucket: name }));
  return name;
}

/** A fresh table and a store over it; `doc` is the client, for middleware. */
export async function createTestStore(tableName = uniqueName('ingest')) {
  const doc = createDocumentClient();
  await ensureTable(doc as never, tableName);
  return { doc, tableName, store: new GraphStore({ doc, tableName }) };
}

export async function putObject(
  s3: S3Client,
  bucket: string,
  key: string,
  body: string | Uint8Array,
  extra: { metadata?: Record<string, string>; contentType?: string } = {},
) {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ...(extra.metadata ? { Metadata: extra.metadata } : {}),
      ...(extra.contentType ? { ContentType: extra.contentType } : {}),
    }),
  );
}

const silent = { info() {}, warn() {}, error() {} };

/** An ingestor over test clients with the real extractor, quick retries and no logs. */
export function testIngestor(options: Partial<IngestorOptions> & Pick<IngestorOptions, 's3' | 'store'>) {
  return createIngestor({
    fetchRetry: { attempts: 3, baseDelayMs: 5 },
    logger: silent,
    ...options,
  });
}

export { dumpTable } from '@reportgraph/store/testing';

/** The graph part of a dump: everything but document records and manifests (which name the bucket). */
export const graphItems = (dump: Record<string, unknown>[]) =>
  dump.filter((i) => !String(i.pk).startsWith('Document#'));

/** A real-shaped S3 event record (as in @types/aws-lambda), key form-encoded as S3 sends it. */
export function s3Record(
  eventName: string,
  bucket: string,
  key: string,
  extra: { size?: number; sequencer?: string; eTag?: string } = {},
): S3Event['Records'][number] {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: new Date().toISOString(),
    eventName,
    userIdentity: { principalId: 'AWS:TEST' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': 'TEST', 'x-amz-id-2': 'TEST' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'ingest',
      bucket: { name: bucket, ownerIdentity: { principalId: 'TEST' }, arn: `arn:aws:s3:::${bucket}` },
      object: {
        key: encodeS3Key(key),
        size: extra.size ?? 0,
        eTag: extra.eTag ?? '',
        sequencer: extra.sequencer ?? '0055AED6DCD90281E5',
      },
    },
  };
}

/** Encodes a key the way S3 does in notifications (form encoding: spaces as `+`). */
const encodeS3Key = (key: string) => encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');

export const s3Event = (...records: S3Event['Records']): S3Event => ({ Records: records });

/** An SQS batch whose messages each carry one S3 event body. */
export function sqsEvent(...bodies: (string | S3Event)[]): SQSEvent {
  return {
    Records: bodies.map((body, i) => ({
      messageId: `m-${i}`,
      receiptHandle: `r-${i}`,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: String(Date.now()),
        SenderId: 'TEST',
        ApproximateFirstReceiveTimestamp: String(Date.now()),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest',
      awsRegion: 'us-east-1',
    })),
  };
}

/** A minimal valid PNG header (8-byte signature + IHDR start). */
export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01,
  0x00,
]);

/** Seeded PRNG (mulberry32): the fuzz test is reproducible from its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Middleware = (
  next: (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>,
  context: { commandName?: string },
) => (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>;

/**
 * Adds a middleware to a real SDK client. `step: 'initialize'` runs above the SDK's retry
 * (a throw there fails the `send`); `step: 'deserialize'` runs beneath it (the SDK retries).
 */
export function addMiddleware(
  client: { middlewareStack: unknown },
  step: 'initialize' | 'deserialize',
  middleware: Middleware,
) {
  const stack = client.middlewareStack as { add(mw: unknown, options: { step: string; name: string }): void };
  stack.add(middleware, { step, name: `fault-${counter++}` });
}

/** An error the SDK's retry strategy classifies as throttling. */
export function throttlingError(name = 'ThrottlingException') {
  return Object.assign(new Error('Rate of requests exceeds the allowed throughput (injected).'), {
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 },
  });
}

/**
 * Whether a request writes the graph's shared items: a transaction of upserts, which add the
 * document to the items' `docs` (not a document's record or a search count), so a fault can be
 * injected mid-graph.
 */
export function isSharedItemsWrite(commandName: string | undefined, input: Record<string, unknown>): boolean {
  if (commandName !== 'TransactWriteItemsCommand') return false;
  const actions = (input.TransactItems ?? []) as { Update?: { ExpressionAttributeNames?: Record<string, string> } }[];
  return actions.some((a) => a.Update?.ExpressionAttributeNames?.['#docs'] === 'docs');
}
