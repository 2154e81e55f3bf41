import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from './client.ts';
import type { StoreContext } from './context.ts';
import { countEdges, countNodes, type EdgeCountOptions } from './counts.ts';
import { deleteDocument, getDocument, type LeaseGuard, listDocuments, putDocument } from './documents.ts';
import type { DocumentRecord, DocumentStatus } from './entities/document.ts';
import type { EdgeName } from './entities/edge.ts';
import type { ExtractResult } from './extraction.ts';
import { type LeaseRequest, releaseLease, tryAcquireLease } from './lease.ts';
import type { CostMeter } from './meter.ts';
import { type EdgeOptions, edgesOf, getNodes, type ListOptions, listNodes, type PageRequest } from './read.ts';
import { type ReadListOptions, readList } from './scan-list.ts';
import { type SearchOptions, searchNodes } from './search.ts';
import type { NodeRef, NodeType } from './types.ts';
import { type PriorGraph, readPriorGraph, removeDocumentGraph, writeDocumentGraph } from './write.ts';

/**
 * The graph in one DynamoDB table: every read and write the ingest and API need. Create one per
 * process; `withMeter` gives a per-request view that records what each request costs.
 *
 * @example
 * const store = GraphStore.fromEnv();              // TABLE_NAME, DYNAMODB_ENDPOINT
 * await store.writeDocumentGraph(docId, extract(text));
 * const [org] = await store.getNodes([{ type: 'Organization', id }]);
 */
export class GraphStore {
  constructor(readonly ctx: StoreContext) {}

  /** A store over `TABLE_NAME` (default `reportgraph`) with a client from the environment. */
  static fromEnv(options: { tableName?: string; doc?: DynamoDBDocumentClient } = {}): GraphStore {
    return new GraphStore({
      doc: options.doc ?? createDocumentClient(),
      tableName: options.tableName ?? process.env.TABLE_NAME ?? 'reportgraph',
    });
  }

  get tableName() {
    return this.ctx.tableName;
  }

  /** The same store, recording every request and its consumed capacity in `meter`. */
  withMeter(meter: CostMeter): GraphStore {
    return new GraphStore({ ...this.ctx, meter });
  }

  /** Nodes by reference, each typed by its reference's type (see `getNodes`). */
  getNodes<T extends NodeType>(refs: readonly NodeRef<T>[]) {
    return getNodes(this.ctx, refs);
  }
  /** A page of the nodes of one type (see `listNodes`). */
  listNodes<T extends NodeType>(type: T, options: ListOptions<T>) {
    return listNodes(this.ctx, type, options);
  }
  /** How many nodes a list holds (see `countNodes`). */
  countNodes<T extends NodeType>(type: T, options: Omit<ListOptions<T>, keyof PageRequest>) {
    return countNodes(this.ctx, type, options);
  }
  /** Some attributes of every node of a list, in a bounded number of requests (see `readList`). */
  readList<T extends NodeType>(type: T, filter: Omit<ListOptions<T>, keyof PageRequest>, options: ReadListOptions) {
    return readList(this.ctx, type, filter, options);
  }
  /** How many edges of one name a node has (see `countEdges`). */
  countEdges(ref: NodeRef, options: EdgeCountOptions) {
    return countEdges(this.ctx, ref, options);
  }
  /** A page of one node's edges of one name (see `edgesOf`). */
  edgesOf<E extends EdgeName>(ref: NodeRef, options: EdgeOptions<E>) {
    return edgesOf(this.ctx, ref, options);
  }
  /** Nodes whose labels contain the query, ranked (see `searchNodes`). */
  search(query: string, options: SearchOptions) {
    return searchNodes(this.ctx, query, options);
  }
  /** Starts reading what a document contributed before, to overlap its extraction (see `readPriorGraph`). */
  readPriorGraph(documentId: string) {
    return readPriorGraph(this.ctx, documentId);
  }
  writeDocumentGraph(documentId: string, result: ExtractResult, prior?: PriorGraph) {
    return writeDocumentGraph(this.ctx, documentId, result, prior);
  }
  removeDocumentGraph(documentId: string) {
    return removeDocumentGraph(this.ctx, documentId);
  }
  putDocument(doc: DocumentRecord, guard?: LeaseGuard) {
    return putDocument(this.ctx, doc, guard);
  }
  getDocument(id: string) {
    return getDocument(this.ctx, id);
  }
  deleteDocument(id: string, guard?: LeaseGuard) {
    return deleteDocument(this.ctx, id, guard);
  }
  /** Takes a document's lease if it is free, expired or this owner's (see `tryAcquireLease`). */
  tryAcquireLease(documentId: string, request: LeaseRequest) {
    return tryAcquireLease(this.ctx, documentId, request);
  }
  /** Gives a document's lease back if this owner holds it. */
  releaseLease(documentId: string, owner: string) {
    return releaseLease(this.ctx, documentId, owner);
  }
  listDocuments(options: { status?: DocumentStatus; first: number; after?: string | null }) {
    return listDocuments(this.ctx, options);
  }
}
