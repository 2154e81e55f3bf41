import { decodeCursor, encodeCursor } from './cursor.ts';
import type { GraphItem } from './items.ts';
import { edgePrefix, NODE_SK, nodePk } from './keys.ts';
import type { EdgeName, NodeRef, NodeType, Page, StoredEdge, StoredNode } from './types.ts';

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
  'within',
  'heldIn',
]);

export const ADJ_OUT = 'adjOut';
export const ADJ_IN = 'adjIn';
/** Set on a node whose summary reached its cap: its edges are read with a Query from then on. */
export const ADJ_FULL = 'adjFull';
/** Default cap of summary entries per direction (see `StoreContext.summaryCap`). */
export const SUMMARY_CAP = 800;
const SEP = '\u0001';

export const adjacencyEntry = (sortKey: string, documentId: string, data: Record<string, unknown>) =>
  `${sortKey}${SEP}${documentId}${SEP}${JSON.stringify(data)}`;

/** Splits `<edge>#<Type>#<id>#<qualifier>` (the qualifier may itself contain `#`). */
function parseEdgeSortKey(sortKey: string): { edge: EdgeName; other: NodeRef; qualifier: string } {
  const [edge, type, id, ...rest] = sortKey.split('#');
  return { edge: edge as EdgeName, other: { type: type as NodeType, id: id ?? '' }, qualifier: rest.join('#') };
}

/** Options for reading a page of edges from a node's summary (as `edgesOf`). */
export interface SummaryOptions {
  direction: 'out' | 'in';
  edge: EdgeName;
  otherType?: NodeType;
  first: number;
  after?: string | null;
}

/**
 * A page of a node's edges read from its adjacency summary, in the same order and with the same
 * cursors as `edgesOf` (so paging may switch between the two), or `undefined` when the edge is
 * not summarized or the node's summary is full.
 *
 * @example
 * const page = edgesFromSummary(org, { direction: 'in', edge: 'holds', first: 10 });
 * page?.items[0]?.from // → { type: 'Person', id: 'p_…' }
 */
export function edgesFromSummary(node: StoredNode, options: SummaryOptions): Page<StoredEdge> | undefined {
  if (!SUMMARIZED_EDGES.has(options.edge) || node[ADJ_FULL]) return undefined;
  const out = options.direction === 'out';
  const entries = (node[out ? ADJ_OUT : ADJ_IN] as string[] | undefined) ?? [];
  const prefix = edgePrefix(options.edge, options.otherType);
  const position = decodeCursor(options.after);
  const after = position ? String(out ? position.sk : position.gsi1sk) : '';
  const bySortKey = new Map<string, Record<string, unknown>>();
  for (const entry of entries) {
    const [sortKey = '', , json = '{}'] = entry.split(SEP);
    if (!sortKey.startsWith(prefix) || sortKey <= after || bySortKey.has(sortKey)) continue;
    bySortKey.set(sortKey, JSON.parse(json));
  }
  const sorted = [...bySortKey.keys()].sort();
  const self: NodeRef = { type: node.type, id: node.id };
  const page = sorted.slice(0, options.first);
  const items: StoredEdge[] = [];
  const cursors: string[] = [];
  for (const sortKey of page) {
    const { edge, other, qualifier } = parseEdgeSortKey(sortKey);
    const from = out ? self : other;
    const to = out ? other : self;
    items.push({ edge, from, to, qualifier, data: bySortKey.get(sortKey) ?? {} });
    const edgeSk = `${edge}#${to.type}#${to.id}#${qualifier}`;
    const cursor = out
      ? { pk: nodePk(from), sk: sortKey }
      : { pk: nodePk(from), sk: edgeSk, gsi1pk: nodePk(to), gsi1sk: sortKey };
    cursors.push(encodeCursor(cursor) as string);
  }
  return { items, cursors, hasNextPage: sorted.length > options.first };
}

const STRUCTURAL = new Set(['type', 'edge', 'fromType', 'fromId', 'toType', 'toId', 'qualifier', 'gsi1pk', 'gsi1sk']);

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
  for (const item of items) {
    if (item.sk === NODE_SK || !SUMMARIZED_EDGES.has(item.set.edge as EdgeName)) continue;
    const data = Object.fromEntries(Object.entries(item.set).filter(([k]) => !STRUCTURAL.has(k)));
    push(nodes.get(item.pk), ADJ_OUT, adjacencyEntry(item.sk, documentId, data));
    push(nodes.get(String(item.set.gsi1pk)), ADJ_IN, adjacencyEntry(String(item.set.gsi1sk), documentId, data));
  }
}
