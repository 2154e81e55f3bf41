import { CopyObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createIngestor, listObjectKeys, type ReprocessSummary, reprocessAll } from '@reportgraph/ingest';
import { createDocumentClient, documentIdFor, GraphStore } from '@reportgraph/store';
import { suggest } from './args.ts';
import type { Endpoints } from './config.ts';
import { CliError } from './errors.ts';
import { awsClientConfig } from './s3.ts';

/** One line of reprocess progress. */
export interface ReprocessProgress {
  key: string;
  status: string;
  error?: string;
}

/** A GraphStore on the endpoints' DynamoDB table, and a way to close it. */
function openStore(endpoints: Endpoints) {
  const doc = createDocumentClient({
    ...awsClientConfig(endpoints),
    ...(endpoints.dynamoEndpoint ? { endpoint: endpoints.dynamoEndpoint } : {}),
    maxAttempts: 2,
  });
  return { store: new GraphStore({ doc, tableName: endpoints.tableName }), close: () => doc.destroy() };
}

async function objectExists(s3: S3Client, bucket: string, key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    if (e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404) return false;
    throw error;
  }
}

/**
 * Fails with a {@link CliError} naming the keys that are neither an object in the bucket nor
 * (when `hasDocument` is given) a document, with the nearest existing key as a suggestion, so a
 * typo is not reported as a removed document.
 *
 * @example
 * await assertKnownKeys({ s3, bucket: 'reports', keys: ['no/such/key.txt'] })
 * // throws 'No object or document "no/such/key.txt" in bucket "reports".'
 */
export async function assertKnownKeys(options: {
  s3: S3Client;
  bucket: string;
  keys: readonly string[];
  hasDocument?: (key: string) => Promise<boolean>;
}): Promise<void> {
  const { s3, bucket } = options;
  const unknown: string[] = [];
  for (const key of options.keys) {
    if (await objectExists(s3, bucket, key)) continue;
    if (options.hasDocument && (await options.hasDocument(key))) continue;
    unknown.push(key);
  }
  if (unknown.length === 0) return;
  const first = unknown[0] as string;
  const near = suggest(first, await listObjectKeys(s3, bucket));
  throw new CliError(
    `No ${options.hasDocument ? 'object or document' : 'object'} ${unknown.map((k) => `"${k}"`).join(', ')} in bucket "${bucket}".${
      near ? ` Did you mean "${near}"?` : ' See "reportgraph documents".'
    }`,
  );
}

/**
 * Checks the keys with {@link assertKnownKeys}, a document in the endpoints' table counting as
 * known (a ghost of a deleted object is reprocessed into its removal).
 */
export async function assertKnownDocuments(endpoints: Endpoints, s3: S3Client, keys: readonly string[]): Promise<void> {
  const { store, close } = openStore(endpoints);
  try {
    const hasDocument = async (key: string) => Boolean(await store.getDocument(documentIdFor(endpoints.bucket, key)));
    await assertKnownKeys({ s3, bucket: endpoints.bucket, keys, hasDocument });
  } finally {
    close();
  }
}

/**
 * Re-runs the ingest in this process with `reprocessAll` from `@reportgraph/ingest`: every
 * document (and every object of the bucket, so lost events are caught up) or only `keys`,
 * forced, so a new extractor rebuilds each document's graph. Needs DynamoDB access.
 *
 * @example
 * const summary = await reprocessDirect({ endpoints, s3, all: true });
 * // → { total: 5, byStatus: { DONE: 5 }, errors: [] }
 */
export async function reprocessDirect(options: {
  endpoints: Endpoints;
  s3: S3Client;
  keys?: readonly string[];
  all?: boolean;
  onProgress?: (progress: ReprocessProgress) => void;
}): Promise<ReprocessSummary> {
  const { endpoints, s3 } = options;
  const { store, close } = openStore(endpoints);
  const quiet = () => undefined;
  const ingestor = createIngestor({ s3, store, logger: { info: quiet, warn: quiet, error: quiet } });
  try {
    return await reprocessAll({
      ingestor,
      store,
      s3,
      bucket: endpoints.bucket,
      force: true,
      ...(options.all ? {} : { keys: options.keys ?? [] }),
      onProgress: (o) =>
        options.onProgress?.({ key: o.key, status: o.status, ...('error' in o ? { error: o.error } : {}) }),
    });
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'ResourceNotFoundException')
      throw new CliError(
        `Table "${endpoints.tableName}" does not exist (DynamoDB: ${endpoints.dynamoEndpoint ?? 'AWS'}).`,
      );
    throw error;
  } finally {
    close();
  }
}

/**
 * Re-puts each object onto itself (CopyObject, MetadataDirective REPLACE, its metadata and
 * content type kept plus `reprocessed-at`), so the bucket's ObjectCreated event runs the
 * deployed ingest again. Needs only S3 access. The ingest skips a file whose bytes and
 * extractor version are unchanged and whose document is DONE, so this re-runs failed files
 * and files read by an older extractor; use {@link reprocessDirect} to force the rest.
 *
 * @example
 * await reprocessViaBucket({ s3, bucket: 'reports', keys: ['2025/10/31/p1.txt'] });
 */
export async function reprocessViaBucket(options: {
  s3: S3Client;
  bucket: string;
  keys?: readonly string[];
  all?: boolean;
  onProgress?: (progress: ReprocessProgress) => void;
  now?: () => Date;
}): Promise<ReprocessSummary> {
  const { s3, bucket } = options;
  const keys = options.all ? await listObjectKeys(s3, bucket) : [...(options.keys ?? [])];
  const summary: ReprocessSummary = { total: keys.length, byStatus: {}, errors: [] };
  for (const key of keys) {
    let status = 'REQUEUED';
    try {
      const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      await s3.send(
        new CopyObjectCommand({
          Bucket: bucket,
          Key: key,
          CopySource: `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`,
          MetadataDirective: 'REPLACE',
          ...(head.ContentType ? { ContentType: head.ContentType } : {}),
          Metadata: { ...head.Metadata, 'reprocessed-at': (options.now?.() ?? new Date()).toISOString() },
        }),
      );
      options.onProgress?.({ key, status });
    } catch (error) {
      const e = error as { name?: string; message?: string };
      status = 'ERROR';
      const message = e.name === 'NotFound' || e.name === 'NoSuchKey' ? 'no such object' : (e.message ?? String(error));
      summary.errors.push({ bucket, key, error: message });
      options.onProgress?.({ key, status, error: message });
    }
    summary.byStatus[status] = (summary.byStatus[status] ?? 0) + 1;
  }
  return summary;
}
