/** Shards of bySearchChange: spreads the index writes of busy ingests over a few partitions. */
export const SEARCH_SHARDS = 4;

/**
 * The shard of an entity in bySearchChange: a stable hash of its id.
 *
 * @example
 * shardOf('440600') // → a number in 0…3, always the same for this id
 */
export function shardOf(id: string): number {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return hash % SEARCH_SHARDS;
}
