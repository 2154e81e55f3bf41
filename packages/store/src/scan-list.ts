import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { indexName } from './entities/indexes.ts';
import { admit, record, sendOptions } from './meter.ts';
import { type ListOptions, listQuery, type PageRequest } from './read.ts';
import type { NodeType } from './types.ts';

/** Raised when a bounded read of a whole list would take more requests than it may. */
export class ListTooLargeError extends Error {
  override readonly name = 'ListTooLargeError';
  constructor(readonly maxRequests: number) {
    super(`Reading the whole list takes more than ${maxRequests} requests.`);
  }
}

/** Options of a bounded read of a whole list. */
export interface ReadListOptions {
  /** The attributes to read of each item (a projection: only these are returned). */
  attributes: readonly string[];
  /** The most Query requests (each reads up to 1 MB) before giving up; default 20. */
  maxRequests?: number;
}

/**
 * Reads a whole list (same filters as `listNodes`), only the given attributes of each item,
 * in at most `maxRequests` metered Queries, or throws `ListTooLargeError`: the bounded read that
 * aggregates are computed from.
 *
 * @example
 * const rows = await readList(ctx, 'Organization', { placeCode: '440600' }, { attributes: ['kind', 'placeCode'] });
 */
export async function readList<T extends NodeType>(
  ctx: StoreContext,
  type: T,
  filter: Omit<ListOptions<T>, keyof PageRequest>,
  options: ReadListOptions,
): Promise<Record<string, unknown>[]> {
  const { pattern, input } = listQuery(type, filter);
  const maxRequests = options.maxRequests ?? 20;
  const names = { ...input.ExpressionAttributeNames };
  const projection = options.attributes.map((attr, i) => {
    names[`#p${i}`] = attr;
    return `#p${i}`;
  });
  const rows: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  for (let sent = 0; sent === 0 || start; sent++) {
    if (sent >= maxRequests) throw new ListTooLargeError(maxRequests);
    admit(ctx.meter);
    const out = await ctx.doc.send(
      new QueryCommand({
        ...input,
        ExpressionAttributeNames: names,
        ProjectionExpression: projection.join(', '),
        TableName: ctx.tableName,
        IndexName: indexName(pattern),
        ExclusiveStartKey: start,
        ReturnConsumedCapacity: 'TOTAL',
      }),
      sendOptions(ctx.meter),
    );
    record(ctx.meter, 'Query', out.ConsumedCapacity);
    rows.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  }
  return rows;
}
