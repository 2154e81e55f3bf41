import {
  countFromSummary,
  type Direction,
  type EdgeName,
  edgesFromSummary,
  type GraphNode,
  type GraphStore,
  type NodeRef,
  type NodeType,
  type Page,
  type PageRequest,
  refOf,
  type StoredEdge,
  SUMMARIZED_EDGES,
} from '@reportgraph/store';
import DataLoader from 'dataloader';

/** One page of one node's edges of one name and direction. */
export interface EdgeKey extends EdgeCountKey, PageRequest {}

/** One node's edges of one name and direction, to count. */
export interface EdgeCountKey {
  ref: NodeRef;
  edge: EdgeName;
  direction: Direction;
  otherType?: NodeType;
}

/** The per-request loaders: nodes by reference, and pages of edges. */
export interface Loaders {
  /** Batches every node load of one tick into one BatchGetItem (100 keys a request). */
  node: DataLoader<NodeRef, GraphNode | undefined, string>;
  /** Runs every distinct edge page of one tick in parallel and resolves them together. */
  edges: DataLoader<EdgeKey, Page<StoredEdge>, string>;
  /** Counts a node's edges: from its summary when loaded (free), else one COUNT Query. */
  edgeCounts: DataLoader<EdgeCountKey, number, string>;
}

/** How the loaders read. */
export interface LoaderOptions {
  /** Batch the loads of one tick into one request; default true. `false` exists to measure what batching saves. */
  batching?: boolean;
}

const refKey = (ref: NodeRef) => `${ref.type}#${ref.id}`;
const countKey = (k: EdgeCountKey) => [refKey(k.ref), k.edge, k.direction, k.otherType ?? ''].join('\u0001');
const edgeKey = (k: EdgeKey) => [countKey(k), k.first, k.after ?? '', k.last ?? '', k.before ?? ''].join('\u0001');

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
          const { ref, ...options } = k;
          return store.edgesOf(ref, options).catch(asError);
        }),
      ),
    { cacheKeyFn: edgeKey, batch },
  );
  const edgeCounts = new DataLoader<EdgeCountKey, number, string>(
    (keys) =>
      Promise.all(
        keys.map(async ({ ref, ...options }) => {
          const owner = SUMMARIZED_EDGES.has(options.edge) ? await node.load(ref).catch(() => undefined) : undefined;
          const counted = owner && countFromSummary(owner, options);
          return counted ?? store.countEdges(ref, options).catch(asError);
        }),
      ),
    { cacheKeyFn: countKey, batch },
  );
  return { node, edges, edgeCounts };
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** Remembers nodes a list already returned, so later lookups of them cost nothing. */
export function primeNodes(loaders: Loaders, nodes: readonly GraphNode[]): void {
  for (const n of nodes) loaders.node.prime(refOf(n), n);
}
