import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { type Ingestor, type IngestRecord, parseS3Event } from '@reportgraph/ingest';
import type { S3Event } from 'aws-lambda';

/**
 * How the local stack retries a failed event, as Lambda retries an asynchronous invocation
 * (three tries in all, waiting a minute then two) — shorter waits, the same shape.
 */
export interface DeliveryPolicy {
  /** Tries in all, the first included (Lambda: 3). */
  attempts: number;
  /** The wait before each retry; the last entry repeats (Lambda: 60 s, 120 s). */
  delaysMs: number[];
}

/** The default: three tries, 2 s and 8 s apart. */
export const DEFAULT_DELIVERY: DeliveryPolicy = { attempts: 3, delaysMs: [2_000, 8_000] };

/** An event that failed every try, kept as a dead-letter queue keeps it. */
export interface DeadLetter {
  record: IngestRecord;
  error: string;
  attempts: number;
  at: string;
}

/** Where delivery reports its dead letters. */
export interface DeliveryTarget {
  ingestor: Ingestor;
  policy: DeliveryPolicy;
  deadLetters: DeadLetter[];
  /** A JSON-lines file the dead letters are appended to, when given. */
  deadLetterFile?: string;
  onError?: (error: unknown) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Delivers one record: tries, waits, tries again; the last try ends in a status or a dead letter. */
async function deliverRecord(target: DeliveryTarget, record: IngestRecord): Promise<void> {
  const { attempts, delaysMs } = target.policy;
  // One lease owner per delivery: a retry after a crash mid-run takes its own lease straight back.
  const leaseOwner = randomUUID();
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await sleep(delaysMs[Math.min(attempt - 1, delaysMs.length - 1)] ?? 0);
    try {
      await target.ingestor.processRecord(record, { lastAttempt: attempt === attempts - 1, leaseOwner });
      return;
    } catch (error) {
      lastError = error;
    }
  }
  const letter: DeadLetter = { record, error: errorMessage(lastError), attempts, at: new Date().toISOString() };
  target.deadLetters.push(letter);
  if (target.deadLetterFile) await appendFile(target.deadLetterFile, `${JSON.stringify(letter)}\n`).catch(() => {});
  target.onError?.(lastError);
}

/**
 * Delivers a bucket event to the ingest as Lambda would: each record is retried after a
 * retryable failure, and after the last try it is dead-lettered (the ingest itself has by then
 * recorded the document FAILED with the reason, when the table let it). Never rejects.
 *
 * @example
 * await deliverEvent({ ingestor, policy: DEFAULT_DELIVERY, deadLetters: [] }, s3Event);
 */
export async function deliverEvent(target: DeliveryTarget, event: S3Event): Promise<void> {
  let records: IngestRecord[];
  try {
    records = parseS3Event(event);
  } catch (error) {
    target.onError?.(error);
    return;
  }
  await Promise.all(records.map((record) => deliverRecord(target, record)));
}
