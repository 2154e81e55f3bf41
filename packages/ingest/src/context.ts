import type { S3Client } from '@aws-sdk/client-s3';
import type { DocumentCounts, GraphStore } from '@reportgraph/store';
import type { FetchOptions } from './fetch.ts';
import type { PageReader } from './read-page.ts';

/** The structured logger the ingest writes to; Powertools `Logger` fits. */
export interface IngestLogger {
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}

/** What happened to one record. */
export type IngestOutcome =
  | { status: 'DONE'; documentId: string; key: string; counts: DocumentCounts; timings: Record<string, number> }
  | { status: 'FAILED'; documentId: string; key: string; error: string; reason: string }
  /** Same bytes, same extractor, already DONE: a re-delivery; nothing written. */
  | { status: 'UNCHANGED'; documentId: string; key: string }
  /** The object is gone: its contribution and record were removed. */
  | { status: 'REMOVED'; documentId: string; key: string }
  /** Nothing to do: a stale event (older than one applied, or a removal of a key that exists again). */
  | { status: 'IGNORED'; documentId: string; key: string; why: string };

/** Options of one processing run. */
export interface ProcessOptions {
  /** Reprocess even when the checksum and extractor version are unchanged. */
  force?: boolean;
  /**
   * This is the last try of the delivery: a failure a retry could fix is not thrown but recorded
   * (the document reads FAILED with the reason, and a partly written graph is withdrawn).
   */
  lastAttempt?: boolean;
  /** The lease owner; keep it across the retries of one delivery so a retry finds its own lease. */
  leaseOwner?: string;
}

/** The options resolved once: what every step of the ingest reads. */
export interface IngestContext {
  s3: S3Client;
  store: GraphStore;
  fetch: FetchOptions;
  reader: PageReader;
  extractorVersion: string;
  logger: IngestLogger;
  now: () => Date;
  leaseTtlMs: number;
  leaseWaitMs: number;
  /** SQS receives after which a message goes to the dead-letter queue (its last receive is the last try). */
  maxReceives: number;
}

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
