import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { GraphStore } from '@reportgraph/store';
import type { IngestOutcome, Ingestor } from './ingest.ts';

/** Options of {@link reprocessAll}. */
export interface ReprocessOptions {
  ingestor: Ingestor;
  store: GraphStore;
  /** Also ingest objects of this bucket that have no document record (events that never arrived). */
  bucket?: string;
  /** Needed with `bucket`, to list it. */
  s3?: S3Client;
  /** Only these keys (of `bucket`, or of the bucket their document records name). */
  keys?: readonly string[];
  /** Reprocess unchanged files too (default true: the point of a reprocess is a new extractor). */
  force?: boolean;
  /** Documents processed at once (default 4). */
  concurrency?: number;
  /** Called after each document. */
  onProgress?: (outcome: IngestOutcome | { status: 'ERROR'; key: string; error: string }) => void;
}

/** What a reprocess run did. */
export interface ReprocessSummary {
  total: number;
  /** Outcomes by status: DONE, FAILED, UNCHANGED, REMOVED, IGNORED, and ERROR for retryable failures. */
  byStatus: Record<string, number>;
  errors: { bucket: string; key: string; error: string }[];
}

async function allDocumentTargets(store: GraphStore): Promise<{ bucket: string; key: string }[]> {
  const targets: { bucket: string; key: string }[] = [];
  let after: string | null | undefined;
  do {
    const page = await store.listDocuments({ first: 100, after });
    for (const doc of page.items) targets.push({ bucket: doc.bucket, key: doc.key });
    after = page.hasNextPage ? page.cursors.at(-1) : undefined;
  } while (after);
  return targets;
}

/**
 * Every key of a bucket, page by page.
 *
 * @example
 * const keys = await listObjectKeys(s3, 'reports'); // ['2025/10/31/第3版.txt', …]
 */
export async function listObjectKeys(s3: S3Client, bucket: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const o of out.Contents ?? []) if (o.Key) keys.push(o.Key);
    token = out.IsTruncated ? out.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/**
 * Re-runs the ingest over every document (every status), and over every object of `bucket`
 * when given, so a new extractor converges to the graph a fresh ingest would build: each
 * document's contribution is replaced, objects that are gone are removed, and objects whose
 * events were lost are picked up. Retryable failures are collected, not thrown: run it again.
 *
 * @example
 * const summary = await reprocessAll({ ingestor, store, bucket: 'reports', s3 });
 * // → { total: 120, byStatus: { DONE: 118, FAILED: 2 }, errors: [] }
 */
export async function reprocessAll(options: ReprocessOptions): Promise<ReprocessSummary> {
  const { ingestor, store } = options;
  const seen = new Set<string>();
  const targets: { bucket: string; key: string }[] = [];
  const add = (bucket: string, key: string) => {
    const id = `${bucket}\u0000${key}`;
    if (seen.has(id)) return;
    seen.add(id);
    targets.push({ bucket, key });
  };
  if (options.keys) {
    const documents = options.bucket ? [] : await allDocumentTargets(store);
    for (const key of options.keys) {
      if (options.bucket) add(options.bucket, key);
      for (const d of documents) if (d.key === key) add(d.bucket, d.key);
    }
  } else {
    for (const d of await allDocumentTargets(store)) add(d.bucket, d.key);
    if (options.bucket) {
      if (!options.s3) throw new TypeError('reprocessAll: `s3` is required to list a bucket.');
      for (const key of await listObjectKeys(options.s3, options.bucket)) add(options.bucket, key);
    }
  }

  const summary: ReprocessSummary = { total: targets.length, byStatus: {}, errors: [] };
  const force = options.force ?? true;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < targets.length; i = next++) {
      const { bucket, key } = targets[i] as { bucket: string; key: string };
      try {
        const outcome = await ingestor.processRecord({ bucket, key, eventName: 'Reprocess' }, { force });
        summary.byStatus[outcome.status] = (summary.byStatus[outcome.status] ?? 0) + 1;
        options.onProgress?.(outcome);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        summary.byStatus.ERROR = (summary.byStatus.ERROR ?? 0) + 1;
        summary.errors.push({ bucket, key, error: message });
        options.onProgress?.({ status: 'ERROR', key, error: message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return summary;
}
