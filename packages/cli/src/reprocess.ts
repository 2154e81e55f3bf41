import { CopyObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createIngestor, listObjectKeys, type ReprocessSummary, reprocessAll } from '@reportgraph/ingest';
import { createDocumentClient, GraphStore } from '@reportgraph/store';
import type { Endpoints } from './config.ts';
import { CliError } from './errors.ts';
import { awsClientConfig } from './s3.ts';

/** One line of reprocess progress. */
export interface ReprocessProgress {
  key: string;
  status: string;
  error?: string;
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
  const doc = createDocumentClient({
    ...awsClientConfig(endpoints),
    ...(endpoints.dynamoEndpoint ? { endpoint: endpoints.dynamoEndpoint } : {}),
    maxAttempts: 2,
  });
  const store = new GraphStore({ doc, tableName: endpoints.tableName });
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
    doc.destroy();
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
