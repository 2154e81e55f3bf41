import { BatchGetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { byPlacePk, byStatusPk, edgePrefix, NODE_SK, nodePk, placePrefix } from './keys.ts';
import { backoff, sleep } from './limit.ts';
import { record } from './meter.ts';
import { plainValues, VALUE_SETS } from './sets.ts';
import type { EdgeName, NodeRef, NodeType, Page, StoredEdge, StoredNode } from './types.ts';

const INTERNAL = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'docs']);
// Adjacency summaries stay on nodes (sorted arrays) so resolvers can read edges without a request.

/** Strips key attributes; sets become sorted arrays so output is deterministic. */
export function toNode(item: Record<string, unknown>): StoredNode {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (INTERNAL.has(k)) continue;
    if (VALUE_SETS.has(k) && v instanceof Set) out[k] = plainValues(v as Set<string>);
    else out[k] = v instanceof Set ? [...v].sort() : v;
  }
  return out as StoredNode;
}

export function toEdge(item: Record<string, unknown>): StoredEdge {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (INTERNAL.has(k) || ['type', 'edge', 'fromType', 'fromId', 'toType', 'toId', 'qualifier'].includes(k)) continue;
    data[k] = v;
  }
  return {
    edge: item.edge as EdgeName,
    from: { type: item.fromType as NodeType, id: String(item.fromId) },
    to: { type: item.toType as NodeType, id: String(item.toId) },
    qualifier: String(item.qualifier ?? ''),
    data,
  };
}

/**
 * Reads nodes by reference with BatchGetItem (100 keys a request), retrying UnprocessedKeys with
 * backoff. Results are in input order; a missing node is `undefined`.
 */
export async function getNodes(ctx: StoreContext, refs: readonly NodeRef[]): Promise<(StoredNode | undefined)[]> {
  const found = new Map<string, StoredNode>();
  const unique = [...new Set(refs.map(nodePk))];
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Record<string, unknown>[] = unique.slice(i, i + 100).map((pk) => ({ pk, sk: NODE_SK }));
    for (let attempt = 0; keys.length > 0; attempt++) {
      if (attempt > 0) await sleep(backoff(attempt));
      const out = await ctx.doc.send(
        new BatchGetCommand({
          RequestItems: { [ctx.tableName]: { Keys: keys } },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      record(ctx.meter, 'BatchGetItem', out.ConsumedCapacity);
      for (const item of out.Responses?.[ctx.tableName] ?? []) found.set(String(item.pk), toNode(item));
      keys = (out.UnprocessedKeys?.[ctx.tableName]?.Keys as Record<string, unknown>[] | undefined) ?? [];
    }
  }
  return refs.map((r) => found.get(nodePk(r)));
}

/** The attributes that make up an item's position in a table or index: its cursor. */
function positionOf(item: Record<string, unknown>, index?: string): Record<string, unknown> {
  const key: Record<string, unknown> = { pk: item.pk, sk: item.sk };
  if (index) {
    key[`${index}pk`] = item[`${index}pk`];
    key[`${index}sk`] = item[`${index}sk`];
  }
  return key;
}

async function query(
  ctx: StoreContext,
  input: Omit<QueryCommandInput, 'TableName'>,
  first: number,
  after?: string | null,
): Promise<Page<Record<string, unknown>>> {
  const items: Record<string, unknown>[] = [];
  let start = decodeCursor(after);
  // Read one item past the page to know whether there is a next page without another request;
  // a FilterExpression can return short pages, so keep reading until the page is full.
  do {
    const out = await ctx.doc.send(
      new QueryCommand({
        ...input,
        TableName: ctx.tableName,
        Limit: first + 1 - items.length,
        ExclusiveStartKey: start,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    record(ctx.meter, 'Query', out.ConsumedCapacity);
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start && items.length <= first);
  const hasNextPage = items.length > first;
  const page = items.slice(0, first);
  const cursors = page.map((item) => encodeCursor(positionOf(item, input.IndexName)) as string);
  return { items: page, cursors, hasNextPage };
}

/** Options for listing nodes of one type. */
export interface ListOptions {
  first: number;
  after?: string | null;
  /** Sort-key prefix: a name prefix for named types, a date prefix (`2025-10`) for events. */
  prefix?: string;
  /** Inclusive sort-key range (events: ISO dates). */
  between?: [string, string];
  /** A place code: only nodes in that division or beneath it. */
  placeCode?: string;
  /** Documents only: those with this processing status, newest first by default. */
  status?: string;
  /** Attribute equality filters applied by DynamoDB (kind, eventType …). */
  where?: Record<string, string | number | boolean>;
  descending?: boolean;
}

/** Lists nodes of a type in sort-key order (gsi2), or by place (gsi3). Never a Scan. */
export async function listNodes(ctx: StoreContext, type: NodeType, options: ListOptions): Promise<Page<StoredNode>> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  let condition: string;
  const index = options.placeCode || options.status ? 'gsi3' : 'gsi2';
  if (options.placeCode) {
    names['#pk'] = 'gsi3pk';
    names['#sk'] = 'gsi3sk';
    values[':pk'] = byPlacePk(type);
    values[':prefix'] = placePrefix(options.placeCode);
    condition = '#pk = :pk AND begins_with(#sk, :prefix)';
  } else if (options.status) {
    names['#pk'] = 'gsi3pk';
    values[':pk'] = byStatusPk(options.status);
    condition = '#pk = :pk';
  } else {
    names['#pk'] = 'gsi2pk';
    values[':pk'] = type;
    condition = '#pk = :pk';
    if (options.prefix || options.between) names['#sk'] = 'gsi2sk';
    if (options.prefix) {
      values[':prefix'] = options.prefix;
      condition += ' AND begins_with(#sk, :prefix)';
    } else if (options.between) {
      values[':from'] = options.between[0];
      values[':to'] = `${options.between[1]}\uffff`;
      condition += ' AND #sk BETWEEN :from AND :to';
    }
  }
  const filters: string[] = [];
  for (const [i, [attr, value]] of Object.entries(options.where ?? {}).entries()) {
    names[`#f${i}`] = attr;
    values[`:f${i}`] = value;
    filters.push(`#f${i} = :f${i}`);
  }
  const page = await query(
    ctx,
    {
      IndexName: index,
      KeyConditionExpression: condition,
      ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: !options.descending,
    },
    options.first,
    options.after,
  );
  return { ...page, items: page.items.map(toNode) };
}

/** Options for reading the edges of one node. */
export interface EdgeOptions {
  /** `out`: edges this node points along; `in`: edges pointing at it (gsi1). */
  direction: 'out' | 'in';
  edge: EdgeName;
  /** The type at the other end, when the edge can reach several (describes → Organization | Place). */
  otherType?: NodeType;
  first: number;
  after?: string | null;
}

/** Reads one page of a node's edges of one name: one Query either direction. */
export async function edgesOf(ctx: StoreContext, ref: NodeRef, options: EdgeOptions): Promise<Page<StoredEdge>> {
  const out = options.direction === 'out';
  const page = await query(
    ctx,
    {
      ...(out ? {} : { IndexName: 'gsi1' }),
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': out ? 'pk' : 'gsi1pk', '#sk': out ? 'sk' : 'gsi1sk' },
      ExpressionAttributeValues: { ':pk': nodePk(ref), ':prefix': edgePrefix(options.edge, options.otherType) },
    },
    options.first,
    options.after,
  );
  return { ...page, items: page.items.map(toEdge) };
}
