import { createHash } from 'node:crypto';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  type DecodedText,
  DecodeError,
  EXTRACTOR_VERSION,
  type ExtractOptions,
  type ExtractResult,
  decode as extractDecode,
  extract as extractGraph,
} from '@reportgraph/extract';
import { type DocumentCounts, type DocumentRecord, documentIdFor, type GraphStore } from '@reportgraph/store';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import { compareSequencers, type IngestRecord, isRemoval, isSqsEvent, parseS3Event, parseSqsRecord } from './events.ts';
import { publishedDateOf } from './published.ts';
import { type RetryPolicy, withRetries } from './retry.ts';
import { storableProblem } from './validate.ts';

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

/**
 * Raised when an object cannot be read from S3 after the retries. Retryable: the record fails
 * so SQS redelivers it, and after `maxReceiveCount` it lands in the dead-letter queue.
 */
export class ObjectReadError extends Error {
  override readonly name = 'ObjectReadError';
}

/** Raised by `handleEvent` when some records failed retryably; each failure is in `errors`. */
export class IngestBatchError extends AggregateError {
  override readonly name = 'IngestBatchError';
}

/** The document record with the object facts ingest also keeps (used for diagnostics and ordering). */
export type IngestedDocument = DocumentRecord & { etag?: string; sequencer?: string; lastModified?: string };

/** A rejection of the input itself: recorded as FAILED, never retried. */
class RejectedInputError extends Error {
  override readonly name = 'RejectedInputError';
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

interface FetchedObject {
  bytes?: Uint8Array;
  size: number;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  metadata: Record<string, string>;
}

const isNotFound = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

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
  const { s3, store } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxTextChars = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  const extractBudgetMs = options.extractTimeoutMs ?? DEFAULT_EXTRACT_BUDGET_MS;
  const fetchRetry = options.fetchRetry ?? { attempts: 3, baseDelayMs: 200 };
  const runExtract = options.extract ?? extractGraph;
  const runDecode = options.decode ?? extractDecode;
  const extractorVersion = options.extractorVersion ?? EXTRACTOR_VERSION;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());

  /** GetObject with retries; undefined when the object does not exist (any more). */
  async function fetchObject(bucket: string, key: string): Promise<FetchedObject | undefined> {
    try {
      return await withRetries(
        async (attempt) => {
          if (attempt > 0) logger.warn('Retrying S3 read', { bucket, key, attempt });
          const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
          const size = out.ContentLength ?? 0;
          const common = {
            size,
            metadata: out.Metadata ?? {},
            ...(out.ContentType ? { contentType: out.ContentType } : {}),
            ...(out.ETag ? { etag: out.ETag } : {}),
            ...(out.LastModified ? { lastModified: out.LastModified.toISOString() } : {}),
          };
          if (size > maxBytes) {
            // Do not download what we will reject; aborting the body frees the socket.
            (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
            return common;
          }
          // Reading the body is part of the attempt: a connection reset mid-stream is retried here
          // (the SDK's own retries end when the response headers arrive).
          const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
          return { ...common, bytes, size: bytes.length };
        },
        fetchRetry,
        (error) => !isNotFound(error),
      );
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw new ObjectReadError(`Could not read s3://${bucket}/${key}: ${errorMessage(error)}`, { cause: error });
    }
  }

  async function objectExists(bucket: string, key: string): Promise<boolean> {
    try {
      await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw new ObjectReadError(`Could not check s3://${bucket}/${key}: ${errorMessage(error)}`, { cause: error });
    }
  }

  async function remove(documentId: string, record: IngestRecord): Promise<IngestOutcome> {
    // Graph first, record last: a crash in between leaves the record, so a retry finds it again.
    await store.removeDocumentGraph(documentId);
    await store.deleteDocument(documentId);
    logger.info('Document removed', { documentId, bucket: record.bucket, key: record.key });
    return { status: 'REMOVED', documentId, key: record.key };
  }

  async function processCreated(documentId: string, record: IngestRecord, force: boolean): Promise<IngestOutcome> {
    const { bucket, key } = record;
    const t0 = performance.now();
    const object = await fetchObject(bucket, key);
    const fetchMs = Math.round(performance.now() - t0);
    if (!object) {
      // Deleted since the event was sent; the removal event may come later or may have come first.
      logger.info('Object no longer exists; removing its document', { documentId, bucket, key });
      return remove(documentId, record);
    }
    const previous = (await store.getDocument(documentId)) as IngestedDocument | undefined;
    const checksum = object.bytes ? sha256(object.bytes) : undefined;
    if (
      !force &&
      checksum &&
      previous?.status === 'DONE' &&
      previous.checksum === checksum &&
      previous.extractorVersion === extractorVersion
    ) {
      logger.info('Unchanged object; skipping', { documentId, bucket, key, checksum });
      return { status: 'UNCHANGED', documentId, key };
    }

    const publishedDate = publishedDateOf(key, object.metadata);
    const startedAt = now().toISOString();
    const base: IngestedDocument = {
      id: documentId,
      bucket,
      key,
      status: 'PROCESSING',
      size: object.size,
      extractorVersion,
      createdAt: previous?.createdAt ?? startedAt,
      updatedAt: startedAt,
      ...(checksum ? { checksum } : {}),
      ...(object.contentType ? { contentType: object.contentType } : {}),
      ...(publishedDate ? { publishedDate } : {}),
      ...(object.etag ? { etag: object.etag } : {}),
      ...(object.lastModified ? { lastModified: object.lastModified } : {}),
      ...(record.sequencer ? { sequencer: record.sequencer } : {}),
    };
    await store.putDocument(base);

    let decoded: DecodedText;
    let result: ExtractResult;
    const timings: Record<string, number> = { fetchMs };
    try {
      if (!object.bytes) {
        throw new DecodeError('too-large', `The file is ${object.size} bytes; the limit is ${maxBytes} bytes.`);
      }
      const t1 = performance.now();
      decoded = await runDecode(object.bytes, {
        key,
        maxBytes,
        ...(object.contentType ? { contentType: object.contentType } : {}),
      });
      timings.decodeMs = Math.round(performance.now() - t1);
      if (decoded.text.length > maxTextChars) {
        throw new RejectedInputError(
          'too-large',
          `The page has ${decoded.text.length} characters of text; the limit is ${maxTextChars}. Split it into smaller files.`,
        );
      }
      const t2 = performance.now();
      try {
        result = runExtract(decoded.text, publishedDate ? { publishedDate } : {});
      } catch (error) {
        throw new RejectedInputError('extract', `The page could not be analysed: ${errorMessage(error)}`);
      }
      timings.extractMs = Math.round(performance.now() - t2);
      // A result DynamoDB would reject fails the same way on every retry: reject it up front.
      const problem = storableProblem(documentId, result);
      if (problem) throw new RejectedInputError('unstorable', problem);
      if (timings.extractMs > extractBudgetMs) {
        logger.warn('Extraction over budget', {
          documentId,
          key,
          extractMs: timings.extractMs,
          chars: decoded.text.length,
        });
      }
    } catch (error) {
      if (!(error instanceof DecodeError) && !(error instanceof RejectedInputError)) throw error;
      return reject(error.reason, error.message);
    }

    /** Bad input: withdraw what an earlier version contributed, record why, write nothing else. */
    async function reject(reason: string, message: string): Promise<IngestOutcome> {
      await store.removeDocumentGraph(documentId);
      await store.putDocument({ ...base, status: 'FAILED', error: message, timings, updatedAt: now().toISOString() });
      logger.warn('Document rejected', { documentId, bucket, key, reason, error: message });
      return { status: 'FAILED', documentId, key, error: message, reason };
    }

    const t3 = performance.now();
    try {
      await store.writeDocumentGraph(documentId, result);
    } catch (error) {
      // DynamoDB refusing an item (size, key length) is not transient; anything else is retried.
      if ((error as Error).name !== 'ValidationException') throw error;
      return reject('unstorable', `The page could not be stored: ${errorMessage(error)}`);
    }
    timings.writeMs = Math.round(performance.now() - t3);
    const counts = countsOf(result);
    await store.putDocument({
      ...base,
      status: 'DONE',
      format: decoded.format,
      encoding: decoded.encoding,
      extractorVersion: result.extractorVersion || extractorVersion,
      counts,
      timings,
      updatedAt: now().toISOString(),
    });
    logger.info('Document ingested', { documentId, bucket, key, counts, timings });
    return { status: 'DONE', documentId, key, counts, timings };
  }

  /**
   * Processes one object event. Resolves with what happened (bad input is a resolved FAILED
   * outcome); rejects only for failures a retry can fix (S3 or DynamoDB unavailable).
   */
  async function processRecord(record: IngestRecord, processOptions: ProcessOptions = {}): Promise<IngestOutcome> {
    const documentId = documentIdFor(record.bucket, record.key);
    if (isRemoval(record)) {
      // Out-of-order delivery: a removal that arrives after the key was written again is stale.
      if (await objectExists(record.bucket, record.key)) {
        logger.info('Stale removal: the object exists again; ignoring', { documentId, key: record.key });
        return { status: 'IGNORED', documentId, key: record.key, why: 'The object exists again.' };
      }
      return remove(documentId, record);
    }
    if (!record.eventName.startsWith('ObjectCreated') && !record.eventName.startsWith('Reprocess')) {
      return { status: 'IGNORED', documentId, key: record.key, why: `Event ${record.eventName} is not acted on.` };
    }
    return processCreated(documentId, record, processOptions.force ?? false);
  }

  /**
   * Processes many records: events on one key in sequencer order, different keys concurrently.
   * Every record is attempted; the settled results come back in input order.
   */
  async function processRecords(records: readonly IngestRecord[]): Promise<PromiseSettledResult<IngestOutcome>[]> {
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
            results[i] = { status: 'fulfilled', value: await processRecord(record) };
          } catch (error) {
            logger.error('Record failed; will be retried', { key: record.key, error: errorMessage(error) });
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
  async function handleRecords(records: readonly IngestRecord[]): Promise<IngestOutcome[]> {
    const results = await processRecords(records);
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
  async function handleEvent(event: unknown): Promise<SQSBatchResponse | undefined> {
    if (isSqsEvent(event)) {
      // One processor per invocation: it holds per-batch state.
      const processor = new BatchProcessor(EventType.SQS);
      return processPartialResponse(
        event,
        async (message: SQSRecord) => {
          const records = parseSqsRecord(message);
          if (records.length === 0) logger.info('S3 test event; nothing to do', { messageId: message.messageId });
          await handleRecords(records);
        },
        processor,
      );
    }
    const records = parseS3Event(event);
    await handleRecords(records);
    return undefined;
  }

  return { processRecord, processRecords, handleRecords, handleEvent };
}

/** The ingest returned by {@link createIngestor}. */
export type Ingestor = ReturnType<typeof createIngestor>;
