import { type AttributeValue, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { hotReaderOf } from './client.ts';
import type { StoreContext } from './context.ts';
import { decodeCursor, encodeCursor, InvalidCursorError } from './cursor.ts';
import type { DocumentStatus } from './entities/document.ts';
import { type Direction, type EdgeName, isEdge, readEdge, type StoredEdge } from './entities/edge.ts';
import { isNodeOf, type NodeOf, readNode } from './entities/index.ts';
import { type AccessPattern, indexName, keyAttributes, positionIn } from './entities/indexes.ts';
import {
  byCategoryPk,
  byPlacePk,
  byRankPk,
  byStatusPk,
  byTypePk,
  edgePrefix,
  nodeKey,
  nodePk,
  placePrefix,
} from './entities/keys.ts';
import { backoff, sleep } from './limit.ts';
import { admit, record, sendOptions, untilAborted } from './meter.ts';
import type { NodeRef, NodeType, Page } from './types.ts';

/** BatchGetItem takes at most 100 keys a request. */
const BATCH_GET_LIMIT = 100;

/**
 * Reads nodes by reference with BatchGetItem (100 keys a request, whatever their types),
 * retrying UnprocessedKeys with backoff. Results are in input order, each of its reference's
 * type; a missing node is `undefined`.
 *
 * @example
 * const [org, place] = await getNodes(ctx, [{ type: 'Organization', id: 'o_1' }, { type: 'Place', id: '440600' }]);
 */
export async function getNodes<T extends NodeType>(
  ctx: StoreContext,
  refs: readonly NodeRef<T>[],
): Promise<(NodeOf<T> | undefined)[]> {
  const found = new Map<string, NodeOf<NodeType>>();
  const unique = [...new Map(refs.map((ref) => [nodePk(ref), ref])).values()];
  for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) {
    for (const node of await batchGet(ctx, unique.slice(i, i + BATCH_GET_LIMIT))) found.set(nodePk(node), node);
  }
  return refs.map((ref) => {
    const node = found.get(nodePk(ref));
    return isNodeOf(node, ref.type) ? node : undefined;
  });
}

/** One node by GetItem, through the hot-read client when the document client has one. */
async function getOne(ctx: StoreContext, ref: NodeRef): Promise<NodeOf<NodeType>[]> {
  admit(ctx.meter);
  const input = { TableName: ctx.tableName, ReturnConsumedCapacity: 'TOTAL' } as const;
  const reader = hotReaderOf(ctx.doc);
  const out = reader
    ? await untilAborted(reader.send(new GetItemCommand({ ...input, Key: marshall(nodeKey(ref)) })), ctx.meter)
    : await ctx.doc.send(new GetCommand({ ...input, Key: nodeKey(ref) }), sendOptions(ctx.meter));
  record(ctx.meter, 'GetItem', out.ConsumedCapacity);
  const item = reader && out.Item ? unmarshall(out.Item as Record<string, AttributeValue>) : out.Item;
  const node = item && readNode(item);
  return node ? [node] : [];
}

/**
 * One BatchGetItem of at most 100 nodes, until DynamoDB has processed every key; a single node is
 * one GetItem, the lighter request (a `node(id)` query, a DataLoader tick with one key).
 */
async function batchGet(ctx: StoreContext, refs: readonly NodeRef[]) {
  const [only] = refs;
  if (refs.length === 1 && only) return getOne(ctx, only);
  const nodes: NodeOf<NodeType>[] = [];
  let keys: Record<string, unknown>[] = refs.map((ref) => ({ ...nodeKey(ref) }));
  for (let attempt = 0; keys.length > 0; attempt++) {
    if (attempt > 0) await sleep(backoff(attempt));
    admit(ctx.meter);
    const out = await ctx.doc.send(
      new BatchGetCommand({ RequestItems: { [ctx.tableName]: { Keys: keys } }, ReturnConsumedCapacity: 'TOTAL' }),
      sendOptions(ctx.meter),
    );
    record(ctx.meter, 'BatchGetItem', out.ConsumedCapacity);
    for (const item of out.Responses?.[ctx.tableName] ?? []) {
      const node = readNode(item);
      if (node) nodes.push(node);
    }
    keys = (out.UnprocessedKeys?.[ctx.tableName]?.Keys as Record<string, unknown>[] | undefined) ?? [];
  }
  return nodes;
}

/**
 * Which page of a list to read: the first `first` items after `after`, or, when `last` is
 * given, the last `last` items before `before` (Relay's backward pagination).
 */
export interface PageRequest {
  first: number;
  after?: string | null;
  /** Read backward: the `last` items before `before` (or the list's end). */
  last?: number;
  before?: string | null;
}

/** Raw items of one read in list order, with their cursors and whether more lie beyond. */
interface RawPage {
  items: Record<string, unknown>[];
  cursors: string[];
  more: boolean;
}

/**
 * A cursor's key, checked to be a position in this access pattern and partition: a cursor from
 * another list or another filter is an `InvalidCursorError`, never a DynamoDB error.
 */
function startKey(
  cursor: string | null | undefined,
  pattern: AccessPattern,
  partition: unknown,
): Record<string, unknown> | undefined {
  const key = decodeCursor(cursor);
  if (!key) return undefined;
  const expected = Object.keys(positionIn(pattern, {})).sort();
  const given = Object.keys(key).sort();
  const index = keyAttributes(pattern);
  if (given.join() !== expected.join() || (partition !== undefined && key[index.partitionKey] !== partition)) {
    throw new InvalidCursorError();
  }
  return key;
}

/**
 * Reads one page of an access pattern from a start key, in one direction: one item past the page
 * to learn whether more follow without another request. A FilterExpression can return short
 * pages, so it keeps reading until the page is full (each request metered).
 */
async function query(
  ctx: StoreContext,
  pattern: AccessPattern,
  input: Omit<QueryCommandInput, 'TableName' | 'IndexName'>,
  size: number,
  start: Record<string, unknown> | undefined,
): Promise<RawPage> {
  const items: Record<string, unknown>[] = [];
  let next = start;
  do {
    admit(ctx.meter);
    const out = await ctx.doc
      .send(
        new QueryCommand({
          ...input,
          TableName: ctx.tableName,
          IndexName: indexName(pattern),
          Limit: size + 1 - items.length,
          ExclusiveStartKey: next,
          ReturnConsumedCapacity: 'TOTAL',
        }),
        sendOptions(ctx.meter),
      )
      .catch((error: Error) => {
        // DynamoDB refuses a start key outside the key condition (a cursor of another filter).
        if (start && error.name === 'ValidationException') throw new InvalidCursorError();
        throw error;
      });
    record(ctx.meter, 'Query', out.ConsumedCapacity);
    items.push(...(out.Items ?? []));
    next = out.LastEvaluatedKey;
  } while (next && items.length <= size);
  const page = items.slice(0, size);
  const cursors = page.map((item) => encodeCursor(positionIn(pattern, item)) as string);
  return { items: page, cursors, more: items.length > size };
}

/**
 * Reads the page a request asks for: forward from `after`, or backward from `before` (reading the
 * index the other way and reversing), with Relay's page info.
 */
async function readWindow(
  ctx: StoreContext,
  pattern: AccessPattern,
  input: Omit<QueryCommandInput, 'TableName' | 'IndexName' | 'ScanIndexForward'>,
  partition: unknown,
  request: PageRequest & { descending?: boolean },
): Promise<Page<Record<string, unknown>>> {
  const backward = request.last !== undefined;
  const cursor = backward ? request.before : request.after;
  const forward = backward === Boolean(request.descending);
  const size = backward ? (request.last ?? 0) : request.first;
  const raw = await query(
    ctx,
    pattern,
    { ...input, ScanIndexForward: forward },
    size,
    startKey(cursor, pattern, partition),
  );
  if (!backward) return { items: raw.items, cursors: raw.cursors, hasNextPage: raw.more, hasPreviousPage: !!cursor };
  return {
    items: raw.items.reverse(),
    cursors: raw.cursors.reverse(),
    hasNextPage: !!cursor,
    hasPreviousPage: raw.more,
  };
}

/** The scalar attributes of a node type, the ones `where` can filter on. */
type Filterable<T extends NodeType> = {
  [K in keyof NodeOf<T>]?: NodeOf<T>[K] extends string | number | boolean | undefined ? NodeOf<T>[K] : never;
};

/** Options for listing nodes of one type. */
export interface ListOptions<T extends NodeType = NodeType> extends PageRequest {
  /** Sort-key prefix: a name prefix for named types, a date prefix (`2025-10`) for events. */
  prefix?: string;
  /** Inclusive sort-key range (events: ISO dates). */
  between?: [string, string];
  /** A place code: only nodes in that division or beneath it. */
  placeCode?: string;
  /** Documents only: those with this processing status, newest first by default. */
  status?: DocumentStatus;
  /**
   * Read byCategory: only nodes with this value of a category attribute (an organization's
   * `kind`, an event's `eventType`, a metric's `unit`), still in the byType order, so `prefix`
   * and `between` apply.
   */
  category?: { attribute: string; value: string };
  /** Read byRank in this order instead (`pinyin`, `value#<unit>`); `prefix`/`between` do not apply. */
  rank?: string;
  /** Attribute equality filters applied by DynamoDB (kind, eventType …), by attribute name. */
  where?: Filterable<T>;
  /** Attribute prefix filters applied by DynamoDB, e.g. `{ name: '佛山' }` (read items are charged). */
  whereBeginsWith?: Record<string, string>;
  /** Inclusive attribute range filters applied by DynamoDB, e.g. `{ date: ['2025-01-01', '2025-12-31'] }`. */
  whereBetween?: Record<string, [string, string]>;
  descending?: boolean;
}

/** A key condition over one access pattern, with its expression names and values. */
interface KeyCondition {
  pattern: AccessPattern;
  condition: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/** The access pattern and key condition a list reads: byPlace, byStatus, or byType. */
function listCondition(type: NodeType, options: Omit<ListOptions, 'where' | keyof PageRequest>): KeyCondition {
  const on = (pattern: AccessPattern, pk: string): KeyCondition => ({
    pattern,
    condition: '#pk = :pk',
    names: { '#pk': keyAttributes(pattern).partitionKey },
    values: { ':pk': pk },
  });
  const withSort = (key: KeyCondition, condition: string, values: Record<string, unknown>): KeyCondition => ({
    ...key,
    condition: `${key.condition} AND ${condition}`,
    names: { ...key.names, '#sk': keyAttributes(key.pattern).sortKey },
    values: { ...key.values, ...values },
  });
  if (options.placeCode) {
    const prefix = placePrefix(options.placeCode);
    return withSort(on('byPlace', byPlacePk(type)), 'begins_with(#sk, :prefix)', { ':prefix': prefix });
  }
  if (options.status) return on('byStatus', byStatusPk(options.status));
  if (options.rank) return on('byRank', byRankPk(type, options.rank));
  const { category } = options;
  const byType = category
    ? on('byCategory', byCategoryPk(type, category.attribute, category.value))
    : on('byType', byTypePk(type));
  if (options.prefix) return withSort(byType, 'begins_with(#sk, :prefix)', { ':prefix': options.prefix });
  if (options.between) {
    const [from, to] = options.between;
    return withSort(byType, '#sk BETWEEN :from AND :to', { ':from': from, ':to': `${to}\uffff` });
  }
  return byType;
}

/** The filter expression of a list's `where`, `whereBeginsWith` and `whereBetween` (added to names/values). */
function filterExpression(options: ListOptions, names: Record<string, string>, values: Record<string, unknown>) {
  const filters: string[] = [];
  const name = (attr: string) => {
    const key = `#f${Object.keys(names).length}`;
    names[key] = attr;
    return key;
  };
  const value = (v: unknown) => {
    const key = `:f${Object.keys(values).length}`;
    values[key] = v;
    return key;
  };
  for (const [attr, v] of Object.entries(options.where ?? {})) filters.push(`${name(attr)} = ${value(v)}`);
  for (const [attr, prefix] of Object.entries(options.whereBeginsWith ?? {})) {
    filters.push(`begins_with(${name(attr)}, ${value(prefix)})`);
  }
  for (const [attr, [from, to]] of Object.entries(options.whereBetween ?? {})) {
    filters.push(`${name(attr)} BETWEEN ${value(from)} AND ${value(`${to}\uffff`)}`);
  }
  return filters.length ? filters.join(' AND ') : undefined;
}

/**
 * The Query of a list (its access pattern, key condition and filters) and its partition, shared
 * by the page read and the count.
 */
export function listQuery<T extends NodeType>(type: T, options: Omit<ListOptions<T>, keyof PageRequest>) {
  const { pattern, condition, names, values } = listCondition(type, options);
  const filter = filterExpression(options as ListOptions, names, values);
  const input = {
    KeyConditionExpression: condition,
    ...(filter ? { FilterExpression: filter } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
  return { pattern, input, partition: values[':pk'] };
}

/**
 * Lists nodes of a type in sort-key order (byType), by place (byPlace) or by status (byStatus),
 * each typed as its type's record. Never a Scan.
 *
 * @example
 * const page = await listNodes(ctx, 'Organization', { first: 20, placeCode: '440600', where: { kind: 'union' } });
 * page.items[0]?.name // → '佛山市总工会'
 */
export async function listNodes<T extends NodeType>(
  ctx: StoreContext,
  type: T,
  options: ListOptions<T>,
): Promise<Page<NodeOf<T>>> {
  const { pattern, input, partition } = listQuery(type, options);
  const page = await readWindow(ctx, pattern, input, partition, options);
  return readPage(page, (item) => {
    const node = readNode(item);
    return isNodeOf(node, type) ? node : undefined;
  });
}

/** Options for reading the edges of one node. */
export interface EdgeOptions<E extends EdgeName = EdgeName> extends PageRequest {
  /** `out`: edges this node points along; `in`: edges pointing at it (byTarget). */
  direction: Direction;
  edge: E;
  /** The type at the other end, when the edge can reach several (describes → Organization | Place). */
  otherType?: NodeType;
}

/**
 * Reads one page of a node's edges of one name: one Query either direction.
 *
 * @example
 * const page = await edgesOf(ctx, { type: 'Organization', id: 'o_1' }, { direction: 'in', edge: 'holds', first: 10 });
 * page.items[0]?.data.title // → '主席'
 */
export async function edgesOf<E extends EdgeName>(
  ctx: StoreContext,
  ref: NodeRef,
  options: EdgeOptions<E>,
): Promise<Page<StoredEdge<E>>> {
  const pattern = options.direction === 'out' ? 'byNode' : 'byTarget';
  const { partitionKey, sortKey } = keyAttributes(pattern);
  const page = await readWindow(
    ctx,
    pattern,
    {
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
      ExpressionAttributeValues: { ':pk': nodePk(ref), ':prefix': edgePrefix(options.edge, options.otherType) },
    },
    nodePk(ref),
    options,
  );
  return readPage(page, (item) => {
    const edge = readEdge(item);
    // The sort-key prefix selects this edge name only, so the check keeps every item.
    return isEdge(edge, options.edge) ? edge : undefined;
  });
}

/** Reads a page's items, leaving out (with their cursors) any that `read` does not recognize. */
function readPage<T>(
  page: Page<Record<string, unknown>>,
  read: (item: Record<string, unknown>) => T | undefined,
): Page<T> {
  const items: T[] = [];
  const cursors: string[] = [];
  page.items.forEach((item, i) => {
    const value = read(item);
    if (value === undefined) return;
    items.push(value);
    cursors.push(page.cursors[i] ?? '');
  });
  return { ...page, items, cursors };
}
