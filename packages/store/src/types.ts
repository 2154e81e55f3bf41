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

/** A reference to a node: its type and id (a union of types when `T` is one). */
export interface NodeRef<T extends NodeType = NodeType> {
  type: T;
  id: string;
}

/** One page of a list: the items, an opaque cursor per item, and whether more follow. */
export interface Page<T> {
  items: T[];
  /** Opaque cursor of each item; pass one as `after` to continue after that item. */
  cursors: string[];
  hasNextPage: boolean;
  /** Whether items precede the page (read backward: known; read forward: a cursor was given). */
  hasPreviousPage?: boolean;
}
