import type { NodeRef, NodeType } from '../types.ts';
import { type AttributeSpec, readAttributes, scopedValue } from './attributes.ts';
import { type AccessPattern, indexAttributes, type KeyPair } from './indexes.ts';
import { nodeKey } from './keys.ts';

/** The string set of a node's out-edge summary entries (see adjacency.ts). */
export const ADJ_OUT = 'adjOut';
/** The string set of a node's in-edge summary entries. */
export const ADJ_IN = 'adjIn';
/** Set on a node whose summary reached its cap: its edges are read with a Query from then on. */
export const ADJ_FULL = 'adjFull';

/** The adjacency summary any graph node may carry (see adjacency.ts). */
export interface AdjacencySummary {
  /** Entries `<edge sort key>\u0001<documentId>\u0001<data JSON>`, sorted. */
  adjOut?: string[];
  adjIn?: string[];
  adjFull?: boolean;
}

const ADJACENCY: AttributeSpec<AdjacencySummary> = {
  [ADJ_OUT]: 'stringSet?',
  [ADJ_IN]: 'stringSet?',
  [ADJ_FULL]: 'boolean?',
};

/** A node as read back: its type, its id, its attributes and its adjacency summary. */
export type NodeRecord<T extends NodeType, A> = { type: T; id: string } & A & AdjacencySummary;

/**
 * The secondary access patterns a node type takes part in, each as the keys it composes from
 * the node's attributes (ElectroDB's `indexes`, with the composites spelled out as functions);
 * `undefined` leaves the node out of a sparse pattern (a node without a place is not byPlace).
 */
export type NodeIndexes<A> = {
  readonly [P in Exclude<AccessPattern, 'byNode' | 'bySearchChange' | 'byTarget'>]?: (node: A) => KeyPair | undefined;
};

/** What an entity file declares about one node type. */
export interface NodeDefinition<T extends NodeType, A> {
  type: T;
  /** Every stored attribute but `type` and `id`, with its kind. */
  attributes: AttributeSpec<A>;
  indexes: NodeIndexes<A & { id: string }>;
}

/** One node type: its definition plus the keys and reads derived from it. */
export interface NodeEntity<T extends NodeType, A> extends NodeDefinition<T, A> {
  /** The primary key (byNode) of the node with this id. */
  key(id: string): KeyPair;
  /** The secondary-index attributes of a node (gsiNpk/gsiNsk), by its access patterns. */
  indexKeys(node: A & { id: string }): Record<string, string>;
  /** Reads a stored item of this type back as a typed node. */
  read(item: Readonly<Record<string, unknown>>): NodeRecord<T, A>;
  /** What one document writes of a node: its keys and scalars (SET), its value sets' entries (ADD). */
  write(node: A & { id: string }, documentId: string): NodeWrite;
}

/** A node write: the item's key, the attributes it sets and the set entries it adds. */
export interface NodeWrite {
  key: KeyPair;
  set: Record<string, unknown>;
  add?: Record<string, string[]>;
}

/** Whether a value is worth storing: empty strings and nulls are left out (and read back as absent). */
const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * Defines a node type from its attributes and indexes.
 *
 * @example
 * export const placeEntity = defineNode<'Place', PlaceAttributes>({
 *   type: 'Place',
 *   attributes: { code: 'string', name: 'string', level: 'string?', parentCode: 'string?' },
 *   indexes: { byType: (p) => byTypeKey('Place', [p.code]) },
 * });
 */
export function defineNode<T extends NodeType, A>(definition: NodeDefinition<T, A>): NodeEntity<T, A> {
  const { type, attributes, indexes } = definition;
  const key = (id: string) => nodeKey({ type, id } satisfies NodeRef);
  const indexKeys = (node: A & { id: string }) => {
    const keys: Record<string, string> = {};
    for (const [pattern, compose] of Object.entries(indexes) as [AccessPattern, NodeIndexes<A>['byType']][]) {
      Object.assign(keys, indexAttributes(pattern, compose?.(node)));
    }
    return keys;
  };
  const write = (node: A & { id: string }, documentId: string): NodeWrite => {
    const set: Record<string, unknown> = { type, id: node.id, ...indexKeys(node) };
    const add: Record<string, string[]> = {};
    for (const [name, kind] of Object.entries(attributes) as [keyof A & string, string][]) {
      const value = node[name];
      if (kind.startsWith('valueSet')) {
        const values = value as readonly string[];
        if (values.length) add[name] = values.map((v) => scopedValue(v, documentId));
      } else if (present(value)) set[name] = value;
    }
    return { key: key(node.id), set, ...(Object.keys(add).length ? { add } : {}) };
  };
  const read = (item: Readonly<Record<string, unknown>>): NodeRecord<T, A> => ({
    type,
    id: String(item.id ?? ''),
    ...readAttributes(attributes, item),
    ...readAttributes(ADJACENCY, item),
  });
  return { ...definition, key, indexKeys, write, read };
}
