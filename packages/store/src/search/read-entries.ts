import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from '../context.ts';
import { indexName, keyAttributes } from '../entities/indexes.ts';
import { searchChangesPk } from '../entities/keys.ts';
import { readSearchEntry, type SearchEntry } from '../entities/search-entry.ts';
import { record } from '../meter.ts';
import { SEARCH_SHARDS } from './shards.ts';

/** Search entries that changed, and the latest change time among them. */
export interface EntryChanges {
  entries: SearchEntry[];
  /** The latest change time read (ISO), or the `since` given when nothing changed. */
  latest: string;
}

/**
 * The search entries (on their nodes) changed after `since` (ISO time; every entry when absent): one Query per
 * shard of bySearchChange, paged until done. After the first load a refresh reads only what
 * changed, so its cost follows the write rate, not the size of the index.
 *
 * @example
 * const { entries, latest } = await readEntryChanges(ctx, '2025-10-31T08:00:00.000Z');
 */
export async function readEntryChanges(ctx: StoreContext, since?: string): Promise<EntryChanges> {
  const shards = Array.from({ length: SEARCH_SHARDS }, (_, shard) => readShard(ctx, shard, since));
  const entries = (await Promise.all(shards)).flat();
  let latest = since ?? '';
  for (const { stamp } of entries) if (stamp > latest) latest = stamp;
  return { entries: entries.map((e) => e.entry), latest };
}

async function readShard(ctx: StoreContext, shard: number, since?: string) {
  const { partitionKey, sortKey } = keyAttributes('bySearchChange');
  const found: { entry: SearchEntry; stamp: string }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await ctx.doc.send(
      new QueryCommand({
        TableName: ctx.tableName,
        IndexName: indexName('bySearchChange'),
        KeyConditionExpression: since ? '#pk = :pk AND #sk > :since' : '#pk = :pk',
        // The entry's fields only: a node's summaries stay behind.
        ProjectionExpression: '#sk, #t, #i, searchName, aliases, code, mentions',
        ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey, '#t': 'type', '#i': 'id' },
        ExpressionAttributeValues: { ':pk': searchChangesPk(shard), ...(since ? { ':since': since } : {}) },
        ExclusiveStartKey: start,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    record(ctx.meter, 'Query', out.ConsumedCapacity);
    for (const item of out.Items ?? []) {
      const stamp = String(item[sortKey] ?? '').split('#')[0] ?? '';
      found.push({ entry: readSearchEntry(item), stamp });
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return found;
}
