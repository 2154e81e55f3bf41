import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import type { KeyPair } from './entities/indexes.ts';
import { itemKey } from './entities/keys.ts';
import { backoff, sleep } from './limit.ts';
import { record } from './meter.ts';

/**
 * Reads items by key for a writer: strongly consistent (a retry must see its own last write),
 * 100 keys a request, unprocessed keys retried with backoff, only `attributes` (and the key)
 * when given. Keyed by `itemKey`; a missing item is absent.
 *
 * @example
 * const found = await batchGetItems(ctx, [nodeKey(ref)], ['mentions']);
 * found.get(itemKey(nodeKey(ref)))?.mentions // → 3
 */
export async function batchGetItems(
  ctx: StoreContext,
  keys: readonly KeyPair[],
  attributes?: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const projection = attributes && {
    ProjectionExpression: ['pk', 'sk', ...attributes.map((_, i) => `#p${i}`)].join(', '),
    ExpressionAttributeNames: Object.fromEntries(attributes.map((attr, i) => [`#p${i}`, attr])),
  };
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Record<string, unknown>[] = keys.slice(i, i + 100).map(({ pk, sk }) => ({ pk, sk }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await sleep(backoff(attempt));
      const out = await ctx.doc.send(
        new BatchGetCommand({
          RequestItems: { [ctx.tableName]: { Keys: pending, ConsistentRead: true, ...projection } },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      record(ctx.meter, 'BatchGetItem', out.ConsumedCapacity);
      for (const item of out.Responses?.[ctx.tableName] ?? []) found.set(itemKey(item as KeyPair), item);
      pending = out.UnprocessedKeys?.[ctx.tableName]?.Keys ?? [];
    }
  }
  return found;
}
