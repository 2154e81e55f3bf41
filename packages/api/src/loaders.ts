import {
  type Direction,
  type EdgeName,
  edgesFromSummary,
  type GraphNode,
  type GraphStore,
  type NodeRef,
  type NodeType,
  type Page,
  refOf,
  type StoredEdge,
  SUMMARIZED_EDGES,
} from '@reportgraph/store';
import DataLoader from 'dataloader';

/** One page of one node's edges of one name and direction. */
export interface EdgeKey {
  ref: NodeRef;
  edge: EdgeName;
  direction: Direction;
  otherType?: NodeType;
  first: number;
  after?: string | null;
}

/** The per-request loaders: nodes by reference, and pages of edges. */
export interface Loaders {
  /** Batches every node load of one tick into one BatchGetItem (100 keys a request). */
  node: DataLoader<NodeRef, GraphNode | undefined, string>;
  /** Runs every distinct edge page of one tick in parallel and resolves them together. */
  edges: DataLoader<EdgeKey, Page<StoredEdge>, string>;
}

/** How the loaders read. */
export interface LoaderOptions {
  /** Batch the loads of one tick into one request; default true. `false` exists to measure what batching saves. */
  batching?: boolean;
}

const refKey = (ref: NodeRef) => `${ref.type}#${ref.id}`;
const edgeKey = (k: EdgeKey) =>
  [refKey(k.ref), k.edge, k.direction, k.otherType ?? '', k.first, k.after ?? ''].join('\u0001');

/**
 * Creates the loaders for one request over a (metered) store. Node loads are cached for the
 * request, so a node reached along several paths is read once. Edge pages of one tick resolve
 * together, which keeps the node loads of the next level in one tick and so in one BatchGetItem.
 *
 * @example
 * const loaders = createLoaders(store.withMeter(meter));
 * const [org] = await Promise.all([loaders.node.load({ type: 'Organization', id })]);
 */
export function createLoaders(store: GraphStore, options: LoaderOptions = {}): Loaders {
  // `batch: false` hands each load to the batch function alone: one DynamoDB request per node.
  const batch = options.batching ?? true;
  const node = new DataLoader<NodeRef, GraphNode | undefined, string>((refs) => store.getNodes(refs), {
    cacheKeyFn: refKey,
    maxBatchSize: 100,
    batch,
  });
  const edges = new DataLoader<EdgeKey, Page<StoredEdge>, string>(
    (keys) =>
      Promise.all(
        keys.map(async (k) => {
          // Summarized edges are read off the node itself: usually already loaded, else batched.
          if (SUMMARIZED_EDGES.has(k.edge)) {
            const owner = await node.load(k.ref).catch(() => undefined);
            const page = owner && edgesFromSummary(owner, k);
            if (page) return page;
          }
          return store
            .edgesOf(k.ref, {
              direction: k.direction,
              edge: k.edge,
              first: k.first,
              after: k.after ?? null,
              ...(k.otherType ? { otherType: k.otherType } : {}),
            })
            .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
        }),
      ),
    { cacheKeyFn: edgeKey, batch },
  );
  return { node, edges };
}

/** Remembers nodes a list already returned, so later lookups of them cost nothing. */
export function primeNodes(loaders: Loaders, nodes: readonly GraphNode[]): void {
  for (const n of nodes) loaders.node.prime(refOf(n), n);
}
