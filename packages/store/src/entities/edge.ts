import type { EventPart } from '../extraction.ts';
import type { NodeRef, NodeType } from '../types.ts';
import { type AttributeSpec, readAttributes } from './attributes.ts';
import { indexAttributes, type KeyPair } from './indexes.ts';
import { edgeSortKey, nodePk, parseEdgeSortKey } from './keys.ts';

/**
 * The edges of the graph, each with the node types at its two ends. An edge item lives in its
 * source's partition (byNode: the source's out-edges) and, reversed, in its target's (byTarget).
 * Links a node's own attributes already state are not edges: an article's document
 * (`documentId`, its articles read byType) and a place's parent (`parentCode`, its children read
 * byCategory), so they cost no items.
 */
export const EDGES = {
  /** An entity → an article that mentions it; qualifier = sentence start offset. */
  mentionedIn: { from: ['Organization', 'Person', 'Event', 'Metric'], to: ['Article'] },
  /** Person → an organization they hold a role at; qualifier = title. */
  holds: { from: ['Person'], to: ['Organization'] },
  /** Person → an article they are in the byline of; qualifier = title. */
  reported: { from: ['Person'], to: ['Article'] },
  /** Organization → an event it organized. */
  organizes: { from: ['Organization'], to: ['Event'] },
  /** Person → an event they took part in; qualifier = part. */
  participates: { from: ['Person'], to: ['Event'] },
  /** Metric → the organization or place it describes. */
  describes: { from: ['Metric'], to: ['Organization', 'Place'] },
  /** Organization → the place it belongs to. */
  locatedIn: { from: ['Organization'], to: ['Place'] },
  /** Organization (union) → its parent union. */
  subunitOf: { from: ['Organization'], to: ['Organization'] },
  /** Event → the place it was held in. */
  heldIn: { from: ['Event'], to: ['Place'] },
} as const satisfies Record<string, { from: readonly NodeType[]; to: readonly NodeType[] }>;

/** The edge names. */
export type EdgeName = keyof typeof EDGES;

/** Which way an edge is followed from a node: along it (`out`) or back against it (`in`). */
export type Direction = 'out' | 'in';

/** The node types an edge can start at. */
export type EdgeSource<E extends EdgeName> = (typeof EDGES)[E]['from'][number];
/** The node types an edge can end at. */
export type EdgeTarget<E extends EdgeName> = (typeof EDGES)[E]['to'][number];
/** The node types at the other end of an edge followed in a direction. */
export type OtherEnd<E extends EdgeName, D extends Direction> = D extends 'out' ? EdgeTarget<E> : EdgeSource<E>;

/**
 * The node types at the other end of an edge followed in a direction, at run time.
 *
 * @example
 * otherEndTypes('describes', 'out') // → ['Organization', 'Place']
 */
export const otherEndTypes = <E extends EdgeName, D extends Direction>(edge: E, direction: D) =>
  (direction === 'out' ? EDGES[edge].to : EDGES[edge].from) as readonly OtherEnd<E, D>[];

/** A role held, or a byline: the bare title and the full role. */
export interface RoleData {
  title?: string;
  role?: string;
}

/** Where an entity was read: the sentence, its offsets in the decoded file, and the document. */
export interface MentionData {
  sentence?: string;
  start?: number;
  end?: number;
  documentId?: string;
}

/** The part a person played in an event. */
export interface PartData {
  part?: EventPart;
}

/** The attributes each edge carries besides its ends and qualifier. */
export interface EdgeData {
  mentionedIn: MentionData;
  holds: RoleData;
  reported: RoleData;
  organizes: Record<never, never>;
  participates: PartData;
  describes: Record<never, never>;
  locatedIn: Record<never, never>;
  subunitOf: Record<never, never>;
  heldIn: Record<never, never>;
}

const ROLE: AttributeSpec<RoleData> = { title: 'string?', role: 'string?' };

/** The attributes of each edge, with their kinds (the order in which they are written). */
const EDGE_DATA: { [E in EdgeName]: AttributeSpec<EdgeData[E]> } = {
  mentionedIn: { sentence: 'string?', start: 'number?', end: 'number?', documentId: 'string?' },
  holds: ROLE,
  reported: ROLE,
  organizes: {},
  participates: { part: 'string?' },
  describes: {},
  locatedIn: {},
  subunitOf: {},
  heldIn: {},
};

/** Each edge as read back: its name, its two ends, its qualifier and its data. */
type EdgeRecords = {
  [K in EdgeName]: {
    edge: K;
    from: NodeRef<EdgeSource<K>>;
    to: NodeRef<EdgeTarget<K>>;
    qualifier: string;
    data: EdgeData[K];
  };
};

/** An edge as read back (a union discriminated by `edge` when `E` is one). */
export type StoredEdge<E extends EdgeName = EdgeName> = EdgeRecords[E];

/**
 * Whether an edge is one of a name, narrowing its type.
 *
 * @example
 * if (isEdge(edge, 'holds')) edge.data.title;
 */
export const isEdge = <E extends EdgeName>(edge: StoredEdge, name: E): edge is StoredEdge<E> => edge.edge === name;

/** Whether a string names an edge. */
const isEdgeName = (name: unknown): name is EdgeName => typeof name === 'string' && Object.hasOwn(EDGES, name);

/**
 * Builds an edge from its parts, reading its data by the edge's attribute kinds.
 *
 * @example
 * edgeOf('holds', person, org, '主席', { title: '主席' }).data.title // → '主席'
 */
export function edgeOf(
  edge: EdgeName,
  from: NodeRef,
  to: NodeRef,
  qualifier: string,
  data: Readonly<Record<string, unknown>>,
): StoredEdge {
  // Ends are as stored: an item's node types are those the edge was written with (see EDGES).
  return { edge, from, to, qualifier, data: readAttributes(EDGE_DATA[edge], data) } as StoredEdge;
}

/**
 * The keys of an edge in its two access patterns: under its source (byNode) naming the target,
 * and under its target (byTarget) naming the source; the same sort-key form seen from each end.
 *
 * @example
 * edgeKeyPairs(edge)
 * // → { byNode: { pk: 'Person#p_1', sk: 'holds#Organization#o_1#主席' },
 * //     byTarget: { pk: 'Organization#o_1', sk: 'holds#Person#p_1#主席' } }
 */
export function edgeKeyPairs(edge: EdgeEnds): { byNode: KeyPair; byTarget: KeyPair } {
  return {
    byNode: { pk: nodePk(edge.from), sk: edgeSortKey(edge.edge, edge.to, edge.qualifier) },
    byTarget: { pk: nodePk(edge.to), sk: edgeSortKey(edge.edge, edge.from, edge.qualifier) },
  };
}

/** What identifies an edge: its name, its ends and its qualifier. */
type EdgeEnds = Pick<StoredEdge, 'edge' | 'from' | 'to' | 'qualifier'>;

/**
 * The key attributes of an edge item: its primary key, then its byTarget key (its position for
 * a cursor in either direction).
 *
 * @example
 * edgeKeys(edge) // → { pk: 'Person#p_1', sk: 'holds#Organization#o_1#主席', gsi1pk: 'Organization#o_1', gsi1sk: 'holds#Person#p_1#主席' }
 */
export function edgeKeys(edge: EdgeEnds): Record<string, string> {
  const { byNode, byTarget } = edgeKeyPairs(edge);
  return { ...indexAttributes('byNode', byNode), ...indexAttributes('byTarget', byTarget) };
}

/**
 * The attributes of an edge item, its primary key aside (data last, as written).
 *
 * @example
 * edgeAttributes(edge).attributes // → { type: 'edge', edge: 'holds', fromType: 'Person', …, gsi1pk, gsi1sk, title: '主席' }
 */
export function edgeAttributes(edge: StoredEdge): { key: KeyPair; attributes: Record<string, unknown> } {
  const { byNode, byTarget } = edgeKeyPairs(edge);
  const attributes = {
    type: 'edge',
    edge: edge.edge,
    fromType: edge.from.type,
    fromId: edge.from.id,
    toType: edge.to.type,
    toId: edge.to.id,
    qualifier: edge.qualifier,
    ...indexAttributes('byTarget', byTarget),
    ...edge.data,
  };
  return { key: byNode, attributes };
}

/** The edge a stored name names; reads only ever ask for known names, so another is a bug. */
function edgeNamed(name: unknown): EdgeName {
  if (!isEdgeName(name)) throw new Error(`Not an edge name: ${String(name)}`);
  return name;
}

/**
 * Reads a stored edge item back, its data by the edge's attribute kinds.
 *
 * @example
 * readEdge(item).to // → { type: 'Organization', id: 'o_1' }
 */
export function readEdge(item: Readonly<Record<string, unknown>>): StoredEdge {
  return edgeOf(
    edgeNamed(item.edge),
    { type: item.fromType as NodeType, id: String(item.fromId) },
    { type: item.toType as NodeType, id: String(item.toId) },
    String(item.qualifier ?? ''),
    item,
  );
}

/**
 * An edge seen from one end, from the sort key that end stores it under (an adjacency summary
 * entry): out-edges name their target, in-edges their source.
 *
 * @example
 * edgeFromSortKey(org, 'in', 'holds#Person#p_1#主席', { title: '主席' }).from // → { type: 'Person', id: 'p_1' }
 */
export function edgeFromSortKey(self: NodeRef, direction: Direction, sortKey: string, data: object): StoredEdge {
  const { edge, other, qualifier } = parseEdgeSortKey(sortKey);
  const [from, to] = direction === 'out' ? [self, other] : [other, self];
  return edgeOf(edgeNamed(edge), from, to, qualifier, data as Record<string, unknown>);
}
