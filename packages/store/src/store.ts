import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ExtractResult } from '@reportgraph/extract';
import { createDocumentClient } from './client.ts';
import type { StoreContext } from './context.ts';
import { deleteDocument, getDocument, listDocuments, putDocument } from './documents.ts';
import type { CostMeter } from './meter.ts';
import { type EdgeOptions, edgesOf, getNodes, type ListOptions, listNodes } from './read.ts';
import { type SearchOptions, searchNodes } from './search.ts';
import type { DocumentRecord, DocumentStatus, NodeRef, NodeType } from './types.ts';
import { removeDocumentGraph, writeDocumentGraph } from './write.ts';

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

  getNodes(refs: readonly NodeRef[]) {
    return getNodes(this.ctx, refs);
  }
  listNodes(type: NodeType, options: ListOptions) {
    return listNodes(this.ctx, type, options);
  }
  edgesOf(ref: NodeRef, options: EdgeOptions) {
    return edgesOf(this.ctx, ref, options);
  }
  /** Nodes whose labels contain the query, ranked (see `searchNodes`). */
  search(query: string, options: SearchOptions) {
    return searchNodes(this.ctx, query, options);
  }
  writeDocumentGraph(documentId: string, result: ExtractResult) {
    return writeDocumentGraph(this.ctx, documentId, result);
  }
  removeDocumentGraph(documentId: string) {
    return removeDocumentGraph(this.ctx, documentId);
  }
  putDocument(doc: DocumentRecord) {
    return putDocument(this.ctx, doc);
  }
  getDocument(id: string) {
    return getDocument(this.ctx, id);
  }
  deleteDocument(id: string) {
    return deleteDocument(this.ctx, id);
  }
  listDocuments(options: { status?: DocumentStatus; first: number; after?: string | null }) {
    return listDocuments(this.ctx, options);
  }
}
