import { byStatusKey, byTypeKey } from './keys.ts';
import { defineNode, type NodeRecord } from './node.ts';

/** Processing status of an uploaded file. */
export type DocumentStatus = 'PENDING' | 'PROCESSING' | 'DONE' | 'FAILED';

/** How many of each kind of node a document contributed. */
export interface DocumentCounts {
  articles: number;
  organizations: number;
  people: number;
  events: number;
  metrics: number;
}

/** A document's stored attributes: the record of one uploaded file. */
export interface DocumentAttributes {
  bucket: string;
  key: string;
  status: DocumentStatus;
  error?: string;
  /** FAILED for a reason a later try can fix (an outage, not the file): the sweeper retries it. */
  retryable?: boolean;
  /** Read, but with something the editor should know (e.g. where invalid encoded bytes were). */
  warning?: string;
  checksum?: string;
  size?: number;
  contentType?: string;
  format?: string;
  encoding?: string;
  publishedDate?: string;
  extractorVersion?: string;
  counts?: DocumentCounts;
  /** The object's ETag when it was processed. */
  etag?: string;
  /** The S3 event sequencer of the last event applied (orders events for one key). */
  sequencer?: string;
  /** The object's Last-Modified time (ISO). */
  lastModified?: string;
  /** Milliseconds spent per stage (fetch, decode, extract, write). */
  timings?: Record<string, number>;
  createdAt: string;
  updatedAt: string;
}

/** The record of one uploaded file, as the ingest writes it. */
export interface DocumentRecord extends DocumentAttributes {
  id: string;
}

/** A document node as read back. */
export type DocumentNode = NodeRecord<'Document', DocumentAttributes>;

/**
 * Documents: listed by object key (byType), and by status, most recent change last (byStatus).
 * A document's manifest shares its partition (see manifest.ts).
 *
 * @example
 * documentEntity.indexKeys(record)
 * // → { gsi2pk: 'Document', gsi2sk: record.key, gsi3pk: 'Document@status#DONE', gsi3sk: `${record.updatedAt}#${record.id}` }
 */
export const documentEntity = defineNode<'Document', DocumentAttributes>({
  type: 'Document',
  attributes: {
    bucket: 'string',
    key: 'string',
    status: 'string',
    error: 'string?',
    retryable: 'boolean?',
    warning: 'string?',
    checksum: 'string?',
    size: 'number?',
    contentType: 'string?',
    format: 'string?',
    encoding: 'string?',
    publishedDate: 'string?',
    extractorVersion: 'string?',
    counts: 'map?',
    etag: 'string?',
    sequencer: 'string?',
    lastModified: 'string?',
    timings: 'map?',
    createdAt: 'string',
    updatedAt: 'string',
  },
  indexes: {
    byType: (d) => byTypeKey('Document', [d.key]),
    byStatus: (d) => byStatusKey(d.status, d.updatedAt, d.id),
  },
});
