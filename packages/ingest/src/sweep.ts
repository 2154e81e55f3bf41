import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { DocumentNode, GraphStore } from '@reportgraph/store';
import { errorMessage, type IngestOutcome } from './context.ts';
import type { Ingestor } from './ingest.ts';

/** Options of {@link sweep}. */
export interface SweepOptions {
  ingestor: Ingestor;
  store: GraphStore;
  s3: S3Client;
  bucket: string;
  /** A PROCESSING record untouched this long is stuck (default 15 minutes: past every retry's lease). */
  stuckAfterMs?: number;
  /** Repairs run at once (default 4). */
  concurrency?: number;
  /** Clock, for tests. */
  now?: () => Date;
}

/** Why the sweeper repaired a key. */
export type SweepFinding =
  /** A document whose object is gone. */
  | 'ghost'
  /** An object without a document (its event was lost). */
  | 'missing'
  /** A document PROCESSING for longer than any ingest runs. */
  | 'stuck'
  /** A document read from an object with a different ETag than the bucket's now. */
  | 'stale'
  /** A document FAILED for a reason a retry can fix (an outage). */
  | 'retryable';

/** One repair: the key, why, and what the ingest did (or the error, when it could not). */
export interface SweepRepair {
  key: string;
  finding: SweepFinding;
  status: IngestOutcome['status'] | 'ERROR';
  error?: string;
}

/** What a sweep found and repaired. */
export interface SweepReport {
  objects: number;
  documents: number;
  repairs: SweepRepair[];
  /** Repairs per finding, e.g. `{ ghost: 2, missing: 1 }`. */
  found: Partial<Record<SweepFinding, number>>;
}

/** Every object of a bucket with its ETag. */
async function listObjects(s3: S3Client, bucket: string): Promise<Map<string, string | undefined>> {
  const objects = new Map<string, string | undefined>();
  let token: string | undefined;
  do {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const o of out.Contents ?? []) if (o.Key) objects.set(o.Key, o.ETag);
    token = out.IsTruncated ? out.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

/** Every document record of a bucket. */
async function listDocuments(store: GraphStore, bucket: string): Promise<DocumentNode[]> {
  const documents: DocumentNode[] = [];
  let after: string | null | undefined;
  do {
    const page = await store.listDocuments({ first: 100, after });
    documents.push(...page.items.filter((d) => d.bucket === bucket));
    after = page.hasNextPage ? page.cursors.at(-1) : undefined;
  } while (after);
  return documents;
}

/** What is wrong with one document, if anything. */
function findingOf(
  doc: DocumentNode,
  objects: Map<string, string | undefined>,
  stuckBefore: string,
): SweepFinding | undefined {
  if (!objects.has(doc.key)) return 'ghost';
  if (doc.status === 'PROCESSING' || doc.status === 'PENDING') return doc.updatedAt < stuckBefore ? 'stuck' : undefined;
  if (doc.status === 'FAILED') return doc.retryable ? 'retryable' : undefined;
  const etag = objects.get(doc.key);
  return doc.status === 'DONE' && etag && doc.etag && etag !== doc.etag ? 'stale' : undefined;
}

/** The keys to repair and why: documents against objects, then objects without documents. */
function findings(objects: Map<string, string | undefined>, documents: DocumentNode[], stuckBefore: string) {
  const found: { key: string; finding: SweepFinding }[] = [];
  const documented = new Set<string>();
  for (const doc of documents) {
    documented.add(doc.key);
    const finding = findingOf(doc, objects, stuckBefore);
    if (finding) found.push({ key: doc.key, finding });
  }
  for (const key of objects.keys()) if (!documented.has(key)) found.push({ key, finding: 'missing' });
  return found;
}

/**
 * Compares the documents with the bucket and repairs what does not agree: ghosts (documents
 * whose object is gone) are removed, missing documents (objects whose event was lost) and stale
 * ones are ingested, stuck PROCESSING records and outage failures are run again as a last try,
 * so each ends DONE or FAILED with a reason. Every repair goes through the ingest (its lease,
 * its checks), so a sweep racing live events is safe. Errors are reported, not thrown.
 *
 * @example
 * const report = await sweep({ ingestor, store, s3, bucket: 'reports' });
 * // → { objects: 120, documents: 121, found: { ghost: 1 }, repairs: [{ key: 'old.txt', finding: 'ghost', status: 'REMOVED' }] }
 */
export async function sweep(options: SweepOptions): Promise<SweepReport> {
  const now = (options.now ?? (() => new Date()))();
  const stuckBefore = new Date(now.getTime() - (options.stuckAfterMs ?? 15 * 60_000)).toISOString();
  const [objects, documents] = await Promise.all([
    listObjects(options.s3, options.bucket),
    listDocuments(options.store, options.bucket),
  ]);
  const todo = findings(objects, documents, stuckBefore);
  const repairs: SweepRepair[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < todo.length; i = next++) {
      const { key, finding } = todo[i] as { key: string; finding: SweepFinding };
      repairs.push(await repair(options, key, finding));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  const found: SweepReport['found'] = {};
  for (const r of repairs) found[r.finding] = (found[r.finding] ?? 0) + 1;
  return { objects: objects.size, documents: documents.length, repairs, found };
}

/** One repair through the ingest: a ghost as a removal, anything else as a forced last try. */
async function repair(options: SweepOptions, key: string, finding: SweepFinding): Promise<SweepRepair> {
  const eventName = finding === 'ghost' ? 'ObjectRemoved:Sweep' : 'Reprocess:Sweep';
  const force = finding === 'stuck' || finding === 'retryable';
  try {
    const outcome = await options.ingestor.processRecord(
      { bucket: options.bucket, key, eventName },
      { force, lastAttempt: true },
    );
    return { key, finding, status: outcome.status };
  } catch (error) {
    return { key, finding, status: 'ERROR', error: errorMessage(error) };
  }
}
