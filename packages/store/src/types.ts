/** The node types of the graph, also the GraphQL object types. */
export type NodeType = 'Document' | 'Article' | 'Organization' | 'Person' | 'Event' | 'Metric' | 'Place';

export const NODE_TYPES: readonly NodeType[] = [
  'Document',
  'Article',
  'Organization',
  'Person',
  'Event',
  'Metric',
  'Place',
];

/** The edge names. An edge points from `from` to `to`; the reverse is read through gsi1. */
export type EdgeName =
  /** Article → Document */
  | 'partOf'
  /** Organization | Person | Event | Metric → Article, qualifier = sentence start offset; data: sentence, start, end, documentId */
  | 'mentionedIn'
  /** Person → Organization, qualifier = title; data: title, role */
  | 'holds'
  /** Person → Article (byline), qualifier = title; data: title */
  | 'reported'
  /** Organization → Event */
  | 'organizes'
  /** Person → Event, qualifier = part; data: part */
  | 'participates'
  /** Metric → Organization | Place */
  | 'describes'
  /** Organization → Place */
  | 'locatedIn'
  /** Organization (union) → Organization (parent union) */
  | 'subunitOf'
  /** Place → Place (parent division) */
  | 'within'
  /** Event → Place */
  | 'heldIn';

export interface NodeRef {
  type: NodeType;
  id: string;
}

/** A node as read back: its type, id and attributes. */
export interface StoredNode {
  type: NodeType;
  id: string;
  [attribute: string]: unknown;
}

/** An edge as read back. */
export interface StoredEdge {
  edge: EdgeName;
  from: NodeRef;
  to: NodeRef;
  qualifier: string;
  /** Edge attributes (title, part, sentence …). */
  data: Record<string, unknown>;
}

/** One page of a list: the items, an opaque cursor per item, and whether more follow. */
export interface Page<T> {
  items: T[];
  /** Opaque cursor of each item; pass one as `after` to continue after that item. */
  cursors: string[];
  hasNextPage: boolean;
}

/** Processing status of an uploaded file. */
export type DocumentStatus = 'PENDING' | 'PROCESSING' | 'DONE' | 'FAILED';

export interface DocumentCounts {
  articles: number;
  organizations: number;
  people: number;
  events: number;
  metrics: number;
}

/** The record of one uploaded file. */
export interface DocumentRecord {
  id: string;
  bucket: string;
  key: string;
  status: DocumentStatus;
  error?: string;
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
