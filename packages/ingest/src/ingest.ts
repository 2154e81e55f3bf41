import { createHash } from 'node:crypto';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ExtractOptions, ExtractResult } from '@reportgraph/contract';
import { EXTRACTOR_VERSION, decode as extractDecode, extract as extractGraph } from '@reportgraph/extract';
import { type DocumentCounts, type DocumentRecord, documentIdFor, type GraphStore } from '@reportgraph/store';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import { compareSequencers, type IngestRecord, isRemoval, isSqsEvent, parseS3Event, parseSqsRecord } from './events.ts';
import { type FetchOptions, fetchObject, objectExists } from './fetch.ts';
import { publishedDateOf } from './published.ts';
import { isRejection, type PageReader, readPage } from './read-page.ts';
import type { RetryPolicy } from './retry.ts';

/** Files larger than this are rejected before they are read (the decoder's default too). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/**
 * Decoded pages longer than this are rejected before extraction. A newspaper page is 5–20 K
 * characters; 100 K leaves room for several pages while keeping extraction time bounded (the
 * extractor is linear in the text, so the bound on text is the bound on time) and an article's
 * text (≤ 300 KB of UTF-8) inside DynamoDB's 400 KB item limit.
 */
export const DEFAULT_MAX_TEXT_CHARS = 100_000;
/** Extraction slower than this is logged as a warning with the key, so pathological pages surface. */
export const DEFAULT_EXTRACT_BUDGET_MS = 10_000;

/** The structured logger the ingest writes to; Powertools `Logger` fits. */
export interface IngestLogger {
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}

const silentLogger: IngestLogger = { info() {}, warn() {}, error() {} };

/** Options of {@link createIngestor}. */
export interface IngestorOptions {
  s3: S3Client;
  store: GraphStore;
  /** Largest file accepted, in bytes (default 5 MiB). */
  maxBytes?: number;
  /** Longest decoded text accepted, in characters (default 100 000). */
  maxTextChars?: number;
  /**
   * Time budget of one extraction. Extraction is synchronous and cannot be interrupted in-process;
   * it is bounded by `maxTextChars` and a linear extractor, and a page over budget is logged.
   */
  extractTimeoutMs?: number;
  /** S3 reads: attempts and backoff base (default 3 attempts, 200 ms). */
  fetchRetry?: RetryPolicy;
  /** The extractor (default `@reportgraph/extract`); tests inject a deterministic one. */
  extract?: (text: string, options: ExtractOptions) => ExtractResult;
  /** The decoder (default `@reportgraph/extract`). */
  decode?: typeof extractDecode;
  /** Version recorded on documents; a change makes unchanged files reprocess (default `EXTRACTOR_VERSION`). */
  extractorVersion?: string;
  logger?: IngestLogger;
  /** Clock, for tests. */
  now?: () => Date;
}

/** What happened to one record. */
export type IngestOutcome =
  | { status: 'DONE'; documentId: string; key: string; counts: DocumentCounts; timings: Record<string, number> }
  | { status: 'FAILED'; documentId: string; key: string; error: string; reason: string }
  /** Same bytes, same extractor, already DONE: a re-delivery; nothing written. */
  | { status: 'UNCHANGED'; documentId: string; key: string }
  /** The object is gone: its contribution and record were removed. */
  | { status: 'REMOVED'; documentId: string; key: string }
  /** Nothing to do: a stale removal of a key that exists again, or an event we do not act on. */
  | { status: 'IGNORED'; documentId: string; key: string; why: string };

/** Options of one processing run. */
export interface ProcessOptions {
  /** Reprocess even when the checksum and extractor version are unchanged. */
  force?: boolean;
}

/** Raised by `handleEvent` when some records failed retryably; each failure is in `errors`. */
export class IngestBatchError extends AggregateError {
  override readonly name = 'IngestBatchError';
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const countsOf = (r: ExtractResult): DocumentCounts => ({
  articles: r.articles.length,
  organizations: r.organizations.length,
  people: r.people.length,
  events: r.events.length,
  metrics: r.metrics.length,
});

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Creates the ingest: turns S3 object events into document records and graph contributions.
 *
 * Guarantees, with at-least-once, out-of-order delivery:
 * - **Idempotent**: the graph write replaces the document's contribution; a re-delivery of
 *   unchanged bytes with the same extractor version is detected by checksum and writes nothing.
 * - **State from S3, not from the event**: a created event processes the object as it is *now*
 *   (an older event for an overwritten key therefore does the newest work, and the newest event
 *   is then a no-op); a removed event is ignored when the key exists again (HEAD), and a created
 *   event whose object is gone removes the document. Either order converges on S3's state.
 * - **Never lost**: infrastructure failures (S3 reads after retries, DynamoDB after the SDK's
 *   retries) are thrown so the message is redelivered and finally dead-lettered; bad input is
 *   recorded as FAILED with a message for the editor and its previous contribution withdrawn.
 *
 * @example
 * const ingestor = createIngestor({ s3: new S3Client({}), store: GraphStore.fromEnv() });
 * await ingestor.processRecord({ bucket: 'reports', key: '2025/10/31/p1.txt', eventName: 'ObjectCreated:Put' });
 */
export function createIngestor(options: IngestorOptions) {
  const ctx = contextOf(options);
  return {
    processRecord: (record: IngestRecord, processOptions: ProcessOptions = {}) =>
      processRecord(ctx, record, processOptions),
    processRecords: (records: readonly IngestRecord[]) => processRecords(ctx, records),
    handleRecords: (records: readonly IngestRecord[]) => handleRecords(ctx, records),
    handleEvent: (event: unknown) => handleEvent(ctx, event),
  };
}

/** The ingest returned by {@link createIngestor}. */
export type Ingestor = ReturnType<typeof createIngestor>;

/** The options resolved once: what every step below reads. */
interface IngestContext {
  s3: S3Client;
  store: GraphStore;
  fetch: FetchOptions;
  reader: PageReader;
  extractorVersion: string;
  logger: IngestLogger;
  now: () => Date;
}

function contextOf(options: IngestorOptions): IngestContext {
  const logger = options.logger ?? silentLogger;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return {
    s3: options.s3,
    store: options.store,
    fetch: { maxBytes, retry: options.fetchRetry ?? { attempts: 3, baseDelayMs: 200 } },
    reader: {
      maxBytes,
      maxTextChars: options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS,
      extractBudgetMs: options.extractTimeoutMs ?? DEFAULT_EXTRACT_BUDGET_MS,
      decode: options.decode ?? extractDecode,
      extract: options.extract ?? extractGraph,
    },
    extractorVersion: options.extractorVersion ?? EXTRACTOR_VERSION,
    logger,
    now: options.now ?? (() => new Date()),
  };
}

/**
 * Processes one object event. Resolves with what happened (bad input is a resolved FAILED
 * outcome); rejects only for failures a retry can fix (S3 or DynamoDB unavailable).
 */
async function processRecord(
  ctx: IngestContext,
  record: IngestRecord,
  processOptions: ProcessOptions,
): Promise<IngestOutcome> {
  const documentId = documentIdFor(record.bucket, record.key);
  if (isRemoval(record)) {
    // Out-of-order delivery: a removal that arrives after the key was written again is stale.
    if (await objectExists(ctx.s3, record.bucket, record.key)) {
      ctx.logger.info('Stale removal: the object exists again; ignoring', { documentId, key: record.key });
      return { status: 'IGNORED', documentId, key: record.key, why: 'The object exists again.' };
    }
    return removeDocument(ctx, documentId, record);
  }
  if (!record.eventName.startsWith('ObjectCreated') && !record.eventName.startsWith('Reprocess')) {
    return { status: 'IGNORED', documentId, key: record.key, why: `Event ${record.eventName} is not acted on.` };
  }
  return processCreated(ctx, documentId, record, processOptions.force ?? false);
}

/** Withdraws a document's contribution, then its record. */
async function removeDocument(ctx: IngestContext, documentId: string, record: IngestRecord): Promise<IngestOutcome> {
  // Graph first, record last: a crash in between leaves the record, so a retry finds it again.
  await ctx.store.removeDocumentGraph(documentId);
  await ctx.store.deleteDocument(documentId);
  ctx.logger.info('Document removed', { documentId, bucket: record.bucket, key: record.key });
  return { status: 'REMOVED', documentId, key: record.key };
}

/** Fetch → (unchanged? skip) → PROCESSING record → read → write the graph → DONE or FAILED record. */
async function processCreated(
  ctx: IngestContext,
  documentId: string,
  record: IngestRecord,
  force: boolean,
): Promise<IngestOutcome> {
  const { bucket, key } = record;
  const t0 = performance.now();
  const object = await fetchObject(ctx.s3, bucket, key, {
    ...ctx.fetch,
    onRetry: (attempt) => ctx.logger.warn('Retrying S3 read', { bucket, key, attempt }),
  });
  const timings: Record<string, number> = { fetchMs: Math.round(performance.now() - t0) };
  if (!object) {
    // Deleted since the event was sent; the removal event may come later or may have come first.
    ctx.logger.info('Object no longer exists; removing its document', { documentId, bucket, key });
    return removeDocument(ctx, documentId, record);
  }
  const previous = await ctx.store.getDocument(documentId);
  const checksum = object.bytes ? sha256(object.bytes) : undefined;
  if (!force && checksum && isCurrent(ctx, previous, checksum)) {
    ctx.logger.info('Unchanged object; skipping', { documentId, bucket, key, checksum });
    return { status: 'UNCHANGED', documentId, key };
  }
  const publishedDate = publishedDateOf(key, object.metadata);
  const startedAt = ctx.now().toISOString();
  const base: DocumentRecord = {
    id: documentId,
    bucket,
    key,
    status: 'PROCESSING',
    size: object.size,
    extractorVersion: ctx.extractorVersion,
    createdAt: previous?.createdAt ?? startedAt,
    updatedAt: startedAt,
    ...(checksum ? { checksum } : {}),
    ...(object.contentType ? { contentType: object.contentType } : {}),
    ...(publishedDate ? { publishedDate } : {}),
    ...(object.etag ? { etag: object.etag } : {}),
    ...(object.lastModified ? { lastModified: object.lastModified } : {}),
    ...(record.sequencer ? { sequencer: record.sequencer } : {}),
  };
  await ctx.store.putDocument(base);

  const reader: PageReader = {
    ...ctx.reader,
    onSlowExtract: (extractMs, chars) =>
      ctx.logger.warn('Extraction over budget', { documentId, key, extractMs, chars }),
  };
  let page: Awaited<ReturnType<typeof readPage>>;
  try {
    page = await readPage(object, key, publishedDate ? { publishedDate } : {}, reader, documentId);
  } catch (error) {
    if (!isRejection(error)) throw error;
    return rejectDocument(ctx, base, timings, error.reason, error.message);
  }
  Object.assign(timings, page.timings);
  const t3 = performance.now();
  try {
    await ctx.store.writeDocumentGraph(documentId, page.result);
  } catch (error) {
    // DynamoDB refusing an item (size, key length) is not transient; anything else is retried.
    if ((error as Error).name !== 'ValidationException') throw error;
    return rejectDocument(ctx, base, timings, 'unstorable', `The page could not be stored: ${errorMessage(error)}`);
  }
  timings.writeMs = Math.round(performance.now() - t3);
  const counts = countsOf(page.result);
  await ctx.store.putDocument({
    ...base,
    status: 'DONE',
    format: page.decoded.format,
    encoding: page.decoded.encoding,
    extractorVersion: page.result.extractorVersion || ctx.extractorVersion,
    counts,
    timings,
    updatedAt: ctx.now().toISOString(),
  });
  ctx.logger.info('Document ingested', { documentId, bucket, key, counts, timings });
  return { status: 'DONE', documentId, key, counts, timings };
}

/** Same bytes read by the same extractor, and DONE: a re-delivery. */
function isCurrent(ctx: IngestContext, previous: DocumentRecord | undefined, checksum: string): boolean {
  return (
    previous?.status === 'DONE' && previous.checksum === checksum && previous.extractorVersion === ctx.extractorVersion
  );
}

/** Bad input: withdraw what an earlier version contributed, record why, write nothing else. */
async function rejectDocument(
  ctx: IngestContext,
  base: DocumentRecord,
  timings: Record<string, number>,
  reason: string,
  message: string,
): Promise<IngestOutcome> {
  const { id: documentId, bucket, key } = base;
  await ctx.store.removeDocumentGraph(documentId);
  await ctx.store.putDocument({
    ...base,
    status: 'FAILED',
    error: message,
    timings,
    updatedAt: ctx.now().toISOString(),
  });
  ctx.logger.warn('Document rejected', { documentId, bucket, key, reason, error: message });
  return { status: 'FAILED', documentId, key, error: message, reason };
}

/**
 * Processes many records: events on one key in sequencer order, different keys concurrently.
 * Every record is attempted; the settled results come back in input order.
 */
async function processRecords(
  ctx: IngestContext,
  records: readonly IngestRecord[],
): Promise<PromiseSettledResult<IngestOutcome>[]> {
  const results = new Array<PromiseSettledResult<IngestOutcome>>(records.length);
  const byKey = new Map<string, number[]>();
  records.forEach((r, i) => {
    const id = `${r.bucket}/${r.key}`;
    byKey.set(id, [...(byKey.get(id) ?? []), i]);
  });
  await Promise.all(
    [...byKey.values()].map(async (indexes) => {
      const ordered = [...indexes].sort((a, b) => compareSequencers(records[a]?.sequencer, records[b]?.sequencer));
      for (const i of ordered) {
        const record = records[i] as IngestRecord;
        try {
          results[i] = { status: 'fulfilled', value: await processRecord(ctx, record, {}) };
        } catch (error) {
          ctx.logger.error('Record failed; will be retried', { key: record.key, error: errorMessage(error) });
          results[i] = { status: 'rejected', reason: error };
        }
      }
    }),
  );
  return results;
}

/**
 * Processes the records of one direct S3 event; throws {@link IngestBatchError} after all
 * records ran when any failed retryably, so Lambda retries the event.
 */
async function handleRecords(ctx: IngestContext, records: readonly IngestRecord[]): Promise<IngestOutcome[]> {
  const results = await processRecords(ctx, records);
  const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (errors.length > 0) {
    throw new IngestBatchError(errors, `${errors.length} of ${records.length} records failed and will be retried.`);
  }
  return results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}

/**
 * Handles one Lambda event: an SQS batch (each message an S3 event, SNS-wrapped or not)
 * answers with `batchItemFailures` naming only the messages that failed retryably; a direct
 * S3 event processes every record and throws {@link IngestBatchError} when some must be retried.
 */
async function handleEvent(ctx: IngestContext, event: unknown): Promise<SQSBatchResponse | undefined> {
  if (isSqsEvent(event)) {
    // One processor per invocation: it holds per-batch state.
    const processor = new BatchProcessor(EventType.SQS);
    return processPartialResponse(
      event,
      async (message: SQSRecord) => {
        const records = parseSqsRecord(message);
        if (records.length === 0) ctx.logger.info('S3 test event; nothing to do', { messageId: message.messageId });
        await handleRecords(ctx, records);
      },
      processor,
    );
  }
  await handleRecords(ctx, parseS3Event(event));
  return undefined;
}
