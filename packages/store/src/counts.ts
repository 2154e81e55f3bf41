import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import type { Direction, EdgeName } from './entities/edge.ts';
import { type AccessPattern, indexName, keyAttributes } from './entities/indexes.ts';
import { edgePrefix, nodePk } from './entities/keys.ts';
import { admit, record, sendOptions } from './meter.ts';
import { type ListOptions, listQuery, type PageRequest } from './read.ts';
import type { NodeRef, NodeType } from './types.ts';

/**
 * Counts the items of one access pattern's key condition with `Select: COUNT`: DynamoDB counts
 * in the index and returns no items (one request per 1 MB read, each metered), never a Scan.
 */
async function countQuery(
  ctx: StoreContext,
  pattern: AccessPattern,
  input: Omit<QueryCommandInput, 'TableName' | 'IndexName'>,
): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    admit(ctx.meter);
    const out = await ctx.doc.send(
      new QueryCommand({
        ...input,
        TableName: ctx.tableName,
        IndexName: indexName(pattern),
        Select: 'COUNT',
        ExclusiveStartKey: start,
        ReturnConsumedCapacity: 'TOTAL',
      }),
      sendOptions(ctx.meter),
    );
    record(ctx.meter, 'Query', out.ConsumedCapacity);
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}

/**
 * How many nodes a list holds, with the same filters as `listNodes` (the page options aside).
 *
 * @example
 * await countNodes(ctx, 'Organization', { category: { attribute: 'kind', value: 'union' } }) // → 12
 */
export function countNodes<T extends NodeType>(
  ctx: StoreContext,
  type: T,
  options: Omit<ListOptions<T>, keyof PageRequest>,
): Promise<number> {
  const { pattern, input } = listQuery(type, options);
  return countQuery(ctx, pattern, input);
}

/** Which edges of a node to count. */
export interface EdgeCountOptions {
  direction: Direction;
  edge: EdgeName;
  otherType?: NodeType;
}

/**
 * How many edges of one name a node has in one direction (one COUNT Query).
 *
 * @example
 * await countEdges(ctx, { type: 'Organization', id: 'o_1' }, { direction: 'in', edge: 'mentionedIn' }) // → 4
 */
export function countEdges(ctx: StoreContext, ref: NodeRef, options: EdgeCountOptions): Promise<number> {
  const pattern = options.direction === 'out' ? 'byNode' : 'byTarget';
  const { partitionKey, sortKey } = keyAttributes(pattern);
  return countQuery(ctx, pattern, {
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
    ExpressionAttributeValues: { ':pk': nodePk(ref), ':prefix': edgePrefix(options.edge, options.otherType) },
  });
}
