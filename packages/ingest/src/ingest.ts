import { randomUUID } from 'node:crypto';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ExtractOptions, ExtractResult } from '@reportgraph/contract';
import { EXTRACTOR_VERSION, decode as extractDecode, extract as extractGraph } from '@reportgraph/extract';
import type { GraphStore } from '@reportgraph/store';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import {
  errorMessage,
  type IngestContext,
  type IngestLogger,
  type IngestOutcome,
  type ProcessOptions,
} from './context.ts';
import { processRecord } from './converge.ts';
import { compareSequencers, type IngestRecord, isSqsEvent, parseS3Event, parseSqsRecord } from './events.ts';
import type { RetryPolicy } from './retry.ts';

export type { IngestLogger, IngestOutcome, ProcessOptions } from './context.ts';

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
  /** How long a document's lease holds if its worker dies (default 120 s: twice the Lambda timeout). */
  leaseTtlMs?: number;
  /** How long a worker waits for a document's lease before the event is retried later (default 30 s). */
  leaseWaitMs?: number;
  /** SQS receives before the dead-letter queue (default `INGEST_MAX_RECEIVES` or 3, as infra sets it). */
  maxReceives?: number;
}

/** Raised by `handleEvent` when some records failed retryably; each failure is in `errors`. */
export class IngestBatchError extends AggregateError {
  override readonly name = 'IngestBatchError';
}

/**
 * Creates the ingest: turns S3 object events into document records and graph contributions.
 *
 * Guarantees, with at-least-once, out-of-order delivery and any number of workers:
 * - **One truth per key**: each event makes the document agree with what the bucket holds for
 *   its key *now*, under the document's lease (one worker at a time per document). Events older
 *   (by S3 `sequencer`) than one already applied are ignored; a removal of a key that exists again
 *   converges on the object instead of erasing it; the DONE record commits only if the object's
 *   ETag is still the one read (otherwise the run reads it again). Any interleaving of uploads,
 *   deletes and workers ends as a serial run would.
 * - **Idempotent**: the graph write replaces the document's contribution; a re-delivery of
 *   unchanged bytes with the same extractor version is detected by checksum and writes nothing.
 * - **Never lost, never stuck**: infrastructure failures are thrown so the event is retried; on
 *   the last try (`lastAttempt`, or the last SQS receive) the document reads FAILED with the
 *   reason, marked retryable for the sweeper, and what the run half wrote is withdrawn. Bad
 *   input is recorded as FAILED with a message for the editor and its previous contribution withdrawn.
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
    processRecords: (records: readonly IngestRecord[], processOptions: ProcessOptions = {}) =>
      processRecords(ctx, records, processOptions),
    handleRecords: (records: readonly IngestRecord[]) => handleRecords(ctx, records),
    handleEvent: (event: unknown) => handleEvent(ctx, event),
  };
}

/** The ingest returned by {@link createIngestor}. */
export type Ingestor = ReturnType<typeof createIngestor>;

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
    leaseTtlMs: options.leaseTtlMs ?? 120_000,
    leaseWaitMs: options.leaseWaitMs ?? 30_000,
    maxReceives: options.maxReceives ?? Number(process.env.INGEST_MAX_RECEIVES ?? 3),
  };
}

/**
 * Processes many records: events on one key in sequencer order, different keys concurrently.
 * Every record is attempted; the settled results come back in input order.
 */
async function processRecords(
  ctx: IngestContext,
  records: readonly IngestRecord[],
  options: ProcessOptions = {},
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
          results[i] = { status: 'fulfilled', value: await processRecord(ctx, record, options) };
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
async function handleRecords(
  ctx: IngestContext,
  records: readonly IngestRecord[],
  options: ProcessOptions = {},
): Promise<IngestOutcome[]> {
  const results = await processRecords(ctx, records, options);
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
        // The last receive before the dead-letter queue is the last try: it ends in a status.
        const receives = Number(message.attributes?.ApproximateReceiveCount ?? 1);
        await handleRecords(ctx, records, { lastAttempt: receives >= ctx.maxReceives, leaseOwner: randomUUID() });
      },
      processor,
    );
  }
  await handleRecords(ctx, parseS3Event(event));
  return undefined;
}
