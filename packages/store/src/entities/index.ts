/**
 * The graph's entities: one file per node type (attributes, key composition, indexes named by
 * access pattern), plus edge.ts, term.ts and manifest.ts for the other items; keys.ts composes
 * every key string and indexes.ts maps access patterns onto the table's physical indexes.
 *
 * Why these are shaped like ElectroDB's entity files but ElectroDB itself is not used:
 * - ElectroDB stamps every item it puts or updates with `__edb_e__`/`__edb_v__` and, by default,
 *   leaves out items without them on reads: adopting it changes the stored layout of every item
 *   and would hide the existing ones until rewritten.
 * - Its batch reads and writes are per entity. getNodes reads every type of one resolver level in
 *   one BatchGetItem, and a document's scoped items (articles, edges, terms) go out mixed, 25 a
 *   request; per-entity batches would multiply requests, which the API's cost tests and the
 *   benchmarks pin down.
 * - The shared-item write (write.ts) is one generic UpdateItem per item: SET of the scalars, ADD
 *   of `docs` and of document-scoped string-set entries, a size cap on hub nodes as a condition
 *   with a retry without the summary, and ALL_NEW to drop a rewritten document's stale entries.
 *   ElectroDB can express each part per entity, but not over items of any type at once, and its
 *   responses do not carry the ConsumedCapacity the cost meter records.
 * So the declarations follow ElectroDB (named access patterns over generic pk/sk/gsiN keys,
 * composite sort keys) and the requests stay hand-written over the document client.
 */
import type { NodeRef, NodeType } from '../types.ts';
import { type ArticleAttributes, type ArticleNode, articleEntity } from './article.ts';
import { type DocumentAttributes, type DocumentNode, documentEntity } from './document.ts';
import { type EventAttributes, type EventNode, eventEntity } from './event.ts';
import { type MetricAttributes, type MetricNode, metricEntity } from './metric.ts';
import type { NodeEntity } from './node.ts';
import { type OrganizationAttributes, type OrganizationNode, organizationEntity } from './organization.ts';
import { type PersonAttributes, type PersonNode, personEntity } from './person.ts';
import { type PlaceAttributes, type PlaceNode, placeEntity } from './place.ts';

/** Each node type's record as read back. */
export interface NodeTypes {
  Document: DocumentNode;
  Article: ArticleNode;
  Organization: OrganizationNode;
  Person: PersonNode;
  Event: EventNode;
  Metric: MetricNode;
  Place: PlaceNode;
}

/** The record of a node of type `T` (a union when `T` is). */
export type NodeOf<T extends NodeType> = NodeTypes[T];

/** Any node as read back: a union discriminated by `type`. */
export type GraphNode = NodeOf<NodeType>;

/** Each node type's stored attributes. */
interface NodeAttributes {
  Document: DocumentAttributes;
  Article: ArticleAttributes;
  Organization: OrganizationAttributes;
  Person: PersonAttributes;
  Event: EventAttributes;
  Metric: MetricAttributes;
  Place: PlaceAttributes;
}

/** The entity of every node type. */
export const NODE_ENTITIES: { readonly [T in NodeType]: NodeEntity<T, NodeAttributes[T]> } = {
  Document: documentEntity,
  Article: articleEntity,
  Organization: organizationEntity,
  Person: personEntity,
  Event: eventEntity,
  Metric: metricEntity,
  Place: placeEntity,
};

/**
 * Reads a stored node item back as a typed node, by its `type`; undefined for an item that is
 * not a node of a known type.
 *
 * @example
 * readNode(item)?.type // → 'Organization'
 */
export function readNode(item: Readonly<Record<string, unknown>>): GraphNode | undefined {
  const type = item.type;
  return isNodeType(type) ? NODE_ENTITIES[type].read(item) : undefined;
}

/** Whether a stored `type` names a node type (edges and terms have other types). */
const isNodeType = (type: unknown): type is NodeType => typeof type === 'string' && Object.hasOwn(NODE_ENTITIES, type);

/**
 * Whether a node is of one of the given types, narrowing it: how a reader that asked for a
 * reference of a type gets that type's record, checked rather than cast.
 *
 * @example
 * if (isNodeOf(node, ['Organization', 'Place'])) node.name;
 */
export function isNodeOf<T extends NodeType>(
  node: GraphNode | null | undefined,
  types: readonly T[] | T,
): node is NodeOf<T> {
  if (!node) return false;
  return typeof types === 'string' ? node.type === types : (types as readonly NodeType[]).includes(node.type);
}

/** The reference of a node. */
export const refOf = <T extends NodeType>(node: { type: T; id: string }): NodeRef<T> => ({
  type: node.type,
  id: node.id,
});
