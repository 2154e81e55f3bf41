/**
 * The table's physical indexes and the access patterns they serve: the one source the table
 * definition (table.ts: infra, the local stack, tests), the entities and the reads derive from.
 *
 * Key attributes have generic names (pk/sk, gsiNpk/gsiNsk) so that several entities, and several
 * access patterns, can share one physical index; code names the access pattern, never the index.
 * The physical names stay as deployed: renaming a global index means dropping and rebuilding it
 * (one index per table update, then a backfill), which a name alone is not worth.
 */
export const PHYSICAL_INDEXES = {
  /** The table's own primary key. */
  table: { partitionKey: 'pk', sortKey: 'sk' },
  gsi1: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  gsi2: { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  gsi3: { partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  gsi4: { partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  gsi5: { partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
  gsi6: { partitionKey: 'gsi6pk', sortKey: 'gsi6sk' },
} as const;

/** A physical index: `table` or a global secondary index. */
export type PhysicalIndex = keyof typeof PHYSICAL_INDEXES;

/**
 * The access patterns, each with the physical index that serves it.
 *
 * byPlace and byStatus share gsi3, on purpose. Their partition keys cannot collide
 * (`<Type>@place` vs `Document@status#<S>`), and no item needs both: only documents have a
 * status and documents have no place. A sparse index costs writes only for the items that carry
 * its keys, so a fourth index would save nothing per write, while it would add an index to
 * deploy, backfill and pay storage for. They would need their own index if one item ever had
 * to be found both ways, or if one pattern wanted a projection the other does not.
 */
export const ACCESS_PATTERNS = {
  /** A node (sk `#node`), its out-edges (sk `<edge>#…`), and a document's manifest chunks. */
  byNode: 'table',
  /** The reverse of every edge, keyed by its target, so both directions are one Query. */
  byTarget: 'gsi1',
  /** Every node of a type in its natural order (name, date, code, key). */
  byType: 'gsi2',
  /** Nodes by place-code prefix: a division and everything beneath it. */
  byPlace: 'gsi3',
  /** Documents by processing status, by time of the last change. */
  byStatus: 'gsi3',
  /**
   * Searchable nodes (their search entry is on the node) by time of their last change, in a few shards (`search@changes#<n>`): the search index loads them all once, then
   * only what changed since. An index of its own: nodes already use gsi3 (byPlace).
   */
  bySearchChange: 'gsi6',
  /**
   * Nodes of a type with one value of a category attribute (an organization's kind, an event's
   * type, a metric's unit), in the byType order: so `kind`, `type` and `unit` filters read their
   * page, not the whole type, and combine with name prefixes and date ranges.
   */
  byCategory: 'gsi4',
  /** Nodes of a type in another order users sort by: names in pinyin order, metrics by value within a unit. */
  byRank: 'gsi5',
} as const satisfies Record<string, PhysicalIndex>;

/** A named access pattern. */
export type AccessPattern = keyof typeof ACCESS_PATTERNS;

/** A partition key and a sort key, as strings; where they are stored depends on the access pattern. */
export interface KeyPair {
  pk: string;
  sk: string;
}

/**
 * The key attribute names an access pattern reads and writes.
 *
 * @example
 * keyAttributes('byTarget') // → { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }
 */
export const keyAttributes = (pattern: AccessPattern) => PHYSICAL_INDEXES[ACCESS_PATTERNS[pattern]];

/**
 * The IndexName to Query for an access pattern (undefined for the table itself).
 *
 * @example
 * indexName('byPlace') // → 'gsi3'; indexName('byNode') // → undefined
 */
export function indexName(pattern: AccessPattern): Exclude<PhysicalIndex, 'table'> | undefined {
  const index = ACCESS_PATTERNS[pattern];
  return index === 'table' ? undefined : index;
}

/**
 * The item attributes that place an item in an access pattern.
 *
 * @example
 * indexAttributes('byType', { pk: 'Person', sk: '李灿' }) // → { gsi2pk: 'Person', gsi2sk: '李灿' }
 */
export function indexAttributes(pattern: AccessPattern, key: KeyPair | undefined): Record<string, string> {
  if (!key) return {};
  const { partitionKey, sortKey } = keyAttributes(pattern);
  return { [partitionKey]: key.pk, [sortKey]: key.sk };
}

/**
 * An item's position in an access pattern: the table key, then the index key (the
 * LastEvaluatedKey DynamoDB would return there), which is what a cursor encodes.
 *
 * @example
 * positionIn('byTarget', edgeItem) // → { pk, sk, gsi1pk, gsi1sk }
 */
export function positionIn(pattern: AccessPattern, item: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const table = PHYSICAL_INDEXES.table;
  const position: Record<string, unknown> = {
    [table.partitionKey]: item[table.partitionKey],
    [table.sortKey]: item[table.sortKey],
  };
  const index = keyAttributes(pattern);
  if (index !== table) {
    position[index.partitionKey] = item[index.partitionKey];
    position[index.sortKey] = item[index.sortKey];
  }
  return position;
}
