import { decodeCursor, encodeCursor, InvalidCursorError } from './cursor.ts';
import {
  type Direction,
  type EdgeName,
  edgeFromSortKey,
  edgeKeyPairs,
  edgeKeys,
  isEdge,
  type StoredEdge,
} from './entities/edge.ts';
import type { GraphNode } from './entities/index.ts';
import { keyAttributes, positionIn } from './entities/indexes.ts';
import { edgePrefix, NODE_SK, nodePk } from './entities/keys.ts';
import { ADJ_FULL, ADJ_IN, ADJ_OUT } from './entities/node.ts';
import type { GraphItem } from './items.ts';
import type { NodeType, Page } from './types.ts';

/**
 * Adjacency summaries: every node item carries, in two string sets, the edges it takes part in
 * (`adjOut`, `adjIn`), so a resolver that already holds a node reads its edges with no request,
 * and a nested query costs one BatchGetItem per level whatever the fan-out.
 *
 * Each entry is `<edge sort key>\u0001<documentId>\u0001<edge data JSON>`: scoped to the document
 * that contributed it, so concurrent writers only ever ADD or DELETE their own entries (atomic set
 * updates, never read-modify-write of another document's data). Readers drop the document part
 * and de-duplicate. Mentions are not summarized: their fan-out is unbounded and they carry text.
 */
export const SUMMARIZED_EDGES: ReadonlySet<EdgeName> = new Set<EdgeName>([
  'holds',
  'reported',
  'organizes',
  'participates',
  'describes',
  'locatedIn',
  'subunitOf',
  'heldIn',
]);

export { ADJ_FULL, ADJ_IN, ADJ_OUT } from './entities/node.ts';
/**
 * Default cap of entries per scoped set (each summary direction, aliases, roles; see
 * `StoreContext.summaryCap`): a summary entry is about 100 bytes, so a hub node stays under
 * ~20 kB (5 read units) however many documents mention it, while ordinary nodes, with a handful
 * of edges each, still answer their edge lists from the summary. A hub's lists cost one Query.
 */
export const SUMMARY_CAP = 64;
const SEP = '\u0001';

/** A summary entry: the edge's sort key at this node, the document that states it, its data. */
const adjacencyEntry = (sortKey: string, documentId: string, data: object) =>
  `${sortKey}${SEP}${documentId}${SEP}${JSON.stringify(data)}`;

/** Options for reading a page of edges from a node's summary (as `edgesOf`). */
export interface SummaryOptions<E extends EdgeName = EdgeName> {
  direction: Direction;
  edge: E;
  otherType?: NodeType;
  first: number;
  after?: string | null;
  /** Read backward: the `last` edges before `before`. */
  last?: number;
  before?: string | null;
}

/** The access pattern a direction reads: out-edges are under the node, in-edges byTarget. */
const patternOf = (direction: Direction) => (direction === 'out' ? 'byNode' : 'byTarget');

/** The distinct summary entries of one edge name, by sort key, with their data. */
function summaryEntries(node: GraphNode, options: Pick<SummaryOptions, 'direction' | 'edge' | 'otherType'>) {
  const entries = (options.direction === 'out' ? node.adjOut : node.adjIn) ?? [];
  const prefix = edgePrefix(options.edge, options.otherType);
  const bySortKey = new Map<string, object>();
  for (const entry of entries) {
    const [sortKey = '', , json = '{}'] = entry.split(SEP);
    if (!sortKey.startsWith(prefix) || bySortKey.has(sortKey)) continue;
    bySortKey.set(sortKey, JSON.parse(json));
  }
  return bySortKey;
}

/**
 * The sort key a cursor points at in a direction's pattern ('' for none); a cursor of another
 * node's list is an `InvalidCursorError`, as `edgesOf` answers it.
 */
function cursorSortKey(cursor: string | null | undefined, direction: Direction, node: GraphNode): string {
  const position = decodeCursor(cursor);
  if (!position) return '';
  const { partitionKey, sortKey } = keyAttributes(patternOf(direction));
  const at = position[sortKey];
  if (position[partitionKey] !== nodePk(node) || typeof at !== 'string') throw new InvalidCursorError();
  return at;
}

/** The sort keys of the page asked for, in order, and whether more lie beyond it. */
function windowOf(sorted: string[], options: SummaryOptions, node: GraphNode): { keys: string[]; more: boolean } {
  if (options.last === undefined) {
    const after = cursorSortKey(options.after, options.direction, node);
    const rest = sorted.filter((k) => k > after);
    return { keys: rest.slice(0, options.first), more: rest.length > options.first };
  }
  const before = cursorSortKey(options.before, options.direction, node);
  const rest = before ? sorted.filter((k) => k < before) : sorted;
  return { keys: options.last > 0 ? rest.slice(-options.last) : [], more: rest.length > options.last };
}

/**
 * A page of a node's edges read from its adjacency summary, in the same order and with the same
 * cursors as `edgesOf` (so paging may switch between the two), forward or backward, or
 * `undefined` when the edge is not summarized or the node's summary is full.
 *
 * @example
 * const page = edgesFromSummary(org, { direction: 'in', edge: 'holds', first: 10 });
 * page?.items[0]?.from // → { type: 'Person', id: 'p_…' }
 */
export function edgesFromSummary<E extends EdgeName>(
  node: GraphNode,
  options: SummaryOptions<E>,
): Page<StoredEdge<E>> | undefined {
  if (!SUMMARIZED_EDGES.has(options.edge) || node[ADJ_FULL]) return undefined;
  const bySortKey = summaryEntries(node, options);
  const { keys, more } = windowOf([...bySortKey.keys()].sort(), options, node);
  const self = { type: node.type, id: node.id };
  const items: StoredEdge<E>[] = [];
  const cursors: string[] = [];
  for (const sortKey of keys) {
    const edge = edgeFromSortKey(self, options.direction, sortKey, bySortKey.get(sortKey) ?? {});
    if (!isEdge(edge, options.edge)) continue;
    items.push(edge);
    cursors.push(encodeCursor(positionIn(patternOf(options.direction), edgeKeys(edge))) as string);
  }
  const backward = options.last !== undefined;
  const cursorGiven = Boolean(backward ? options.before : options.after);
  return backward
    ? { items, cursors, hasNextPage: cursorGiven, hasPreviousPage: more }
    : { items, cursors, hasNextPage: more, hasPreviousPage: cursorGiven };
}

/**
 * How many edges of one name a node has, counted in its adjacency summary (no request), or
 * `undefined` when the edge is not summarized or the summary is full.
 *
 * @example
 * countFromSummary(org, { direction: 'in', edge: 'holds' }) // → 3
 */
export function countFromSummary(
  node: GraphNode,
  options: Pick<SummaryOptions, 'direction' | 'edge' | 'otherType'>,
): number | undefined {
  if (!SUMMARIZED_EDGES.has(options.edge) || node[ADJ_FULL]) return undefined;
  return summaryEntries(node, options).size;
}

/**
 * Adds to each node item of a document the summary entries of the summarized edges that document
 * contributes at that node. Edges whose end node the document does not write are left to Query.
 */
export function addAdjacency(items: GraphItem[], documentId: string): void {
  const nodes = new Map(items.filter((i) => i.sk === NODE_SK).map((i) => [i.pk, i]));
  const push = (node: GraphItem | undefined, attr: string, entry: string) => {
    if (!node) return;
    node.add = { ...node.add, [attr]: [...(node.add?.[attr] ?? []), entry] };
  };
  for (const { edge } of items) {
    if (!edge || !SUMMARIZED_EDGES.has(edge.edge)) continue;
    const { byNode, byTarget } = edgeKeyPairs(edge);
    push(nodes.get(byNode.pk), ADJ_OUT, adjacencyEntry(byNode.sk, documentId, edge.data));
    push(nodes.get(byTarget.pk), ADJ_IN, adjacencyEntry(byTarget.sk, documentId, edge.data));
  }
}
