import { DeleteCommand, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from './batch-get.ts';
import type { StoreContext } from './context.ts';
import { keyAttributes } from './entities/indexes.ts';
import { itemKey, NODE_SK, searchChangesKey, searchRecordKey } from './entities/keys.ts';
import type { GraphItem } from './items.ts';
import { backoff, sleep } from './limit.ts';
import { record } from './meter.ts';
import { shardOf } from './search/shards.ts';
import { ownEntries, SCOPED_SETS } from './sets.ts';
import type { NodeRef, NodeType } from './types.ts';
import { cancellationCodes, upsertUpdate } from './upsert.ts';

/** Nodes per transaction (plus the document's record): small enough to rarely conflict. */
const CHUNK = 49;
/** Attempts before a conflict or a throttle gives up (each with backoff). */
const MAX_ATTEMPTS = 10;

/** A node a document states, with the label its search entry takes (none when it has no name). */
export interface CountedNode {
  item: GraphItem;
  label?: string;
}

/** One change to one node: its upsert (when the document states it) and the change in its count. */
interface NodeChange {
  /** `<Type>#<id>`: how the document's record names the node. */
  name: string;
  node?: CountedNode;
  delta: -1 | 0 | 1;
  /** For a count going down: the count read before (1 or less: the last document counting it). */
  current?: number;
  /** For a count going down: whether the node was there when read. */
  exists?: boolean;
  /** For a count going down: the entries of this document in the node's scoped sets, to take back. */
  own?: Record<string, string[]>;
  /** The node's summary is full: upsert it without its summary entries. */
  full?: boolean;
}

/** `<Type>#<id>`, the node's partition key: how a document's record names a node. */
const nameOf = (item: { pk: string }) => item.pk;

/** The node a record name refers to. */
function refOf(name: string): NodeRef {
  const at = name.indexOf('#');
  return { type: name.slice(0, at) as NodeType, id: name.slice(at + 1) };
}

/**
 * Writes the shared nodes a document states and counts it in each exactly once: a node it states
 * for the first time is upserted with its count up by one, one it stated before is upserted as
 * is, and one it no longer states has its count down by one (its own set entries taken back) or,
 * when no other document counts it, is deleted. A node's count is how many documents state it:
 * it decides when the node goes (a hub node carries no list of its documents, so it keeps its
 * size however many mention it) and ranks search hits. Each batch of nodes and the document's
 * record of what it counts change in one transaction, so a retry after a crash or a second
 * delivery never counts twice.
 *
 * `counted` is the document's record when its read was started earlier (see write.ts `readPriorGraph`).
 *
 * @example
 * await writeCountedNodes(ctx, 'd_1', [{ item, label: '佛山市总工会' }]); // ~1 request per 49 nodes
 */
export async function writeCountedNodes(
  ctx: StoreContext,
  documentId: string,
  nodes: CountedNode[],
  counted?: Promise<Set<string>>,
) {
  // A read started earlier serves the first attempt; a retry after a conflict reads again.
  let ahead = counted;
  await withRetries(async () => {
    const read = ahead ?? readCounted(ctx, documentId);
    ahead = undefined;
    const counted = await read;
    await applyChanges(ctx, documentId, await withCounts(ctx, documentId, changesFor(nodes, counted)));
  });
}

/**
 * Withdraws a document from the nodes it counts in, then deletes its record.
 *
 * @example
 * await removeCountedNodes(ctx, 'd_1');
 */
export async function removeCountedNodes(ctx: StoreContext, documentId: string) {
  await writeCountedNodes(ctx, documentId, []);
  const out = await ctx.doc.send(
    new DeleteCommand({ TableName: ctx.tableName, Key: searchRecordKey(documentId), ReturnConsumedCapacity: 'TOTAL' }),
  );
  record(ctx.meter, 'DeleteItem', out.ConsumedCapacity);
}

/** The changes that take the counted set (node partition keys) to the nodes stated now. */
function changesFor(nodes: CountedNode[], counted: Set<string>): NodeChange[] {
  const named = new Set(nodes.map((n) => nameOf(n.item)));
  return [
    ...nodes.map((node) => {
      const name = nameOf(node.item);
      return { name, node, delta: counted.has(name) ? 0 : 1 } as const;
    }),
    ...[...counted].filter((name) => !named.has(name)).map((name) => ({ name, delta: -1 }) as const),
  ];
}

/**
 * The changes, those that count a node out with its current count and this document's entries
 * in its sets (BatchGetItem, 100 at a time).
 */
async function withCounts(ctx: StoreContext, documentId: string, changes: NodeChange[]): Promise<NodeChange[]> {
  const keys = changes.filter((c) => c.delta < 0).map((c) => ({ pk: c.name, sk: NODE_SK }));
  const found = await batchGetItems(ctx, keys, ['mentions', ...SCOPED_SETS]);
  return changes.map((c) => {
    if (c.delta >= 0) return c;
    const item = found.get(itemKey({ pk: c.name, sk: NODE_SK }));
    return {
      ...c,
      current: Number(item?.mentions ?? 0),
      exists: item !== undefined,
      own: item ? ownEntries(item, documentId) : {},
    };
  });
}

/** The nodes a document counts in (strongly consistent: a retry must see its own last write). */
export async function readCounted(ctx: StoreContext, documentId: string): Promise<Set<string>> {
  const out = await ctx.doc.send(
    new GetCommand({
      TableName: ctx.tableName,
      Key: searchRecordKey(documentId),
      ConsistentRead: true,
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  record(ctx.meter, 'GetItem', out.ConsumedCapacity);
  const counted = out.Item?.counted;
  return new Set(counted instanceof Set ? [...counted].map(String) : []);
}

async function applyChanges(ctx: StoreContext, documentId: string, changes: NodeChange[]) {
  // Counting in and counting out go in separate transactions: one update cannot both ADD to and DELETE from a set.
  const chunks: NodeChange[][] = [];
  for (const group of [changes.filter((c) => c.delta >= 0), changes.filter((c) => c.delta < 0)]) {
    for (let i = 0; i < group.length; i += CHUNK) chunks.push(group.slice(i, i + CHUNK));
  }
  const stamp = new Date().toISOString();
  // One after another: each changes the document's record, and concurrent transactions on one item conflict.
  for (const chunk of chunks) await applyChunk(ctx, documentId, chunk, stamp);
}

/**
 * One transaction: a chunk of node changes and the record's. A node whose summary filled up
 * (its cap condition failed; upserts have no other condition) is written again without its
 * summary entries; any other cancellation goes up to be read again and retried.
 */
async function applyChunk(ctx: StoreContext, documentId: string, chunk: NodeChange[], stamp: string) {
  for (;;) {
    const items = [...chunk.map((c) => nodeAction(ctx, documentId, c, stamp)), ...recordUpdate(ctx, documentId, chunk)];
    try {
      const out = await ctx.doc.send(
        new TransactWriteCommand({ TransactItems: items, ReturnConsumedCapacity: 'TOTAL' }),
      );
      record(ctx.meter, 'TransactWriteItems', out.ConsumedCapacity);
      return;
    } catch (error) {
      const codes = cancellationCodes(error);
      const filled = chunk.filter((c, i) => c.delta >= 0 && !c.full && codes?.[i] === 'ConditionalCheckFailed');
      if (filled.length === 0) throw error;
      record(ctx.meter, 'TransactWriteItems', undefined);
      for (const c of filled) c.full = true;
    }
  }
}

/**
 * The action of one node change. A node the document states is upserted (attributes, its set
 * entries, its count and its search entry: label and place in bySearchChange). A count going down
 * must find the count it read (a concurrent change cancels and retries): above 1 it drops by one
 * and this document's set entries go; at 1 the node is deleted; a node already gone is only checked.
 */
function nodeAction(ctx: StoreContext, documentId: string, change: NodeChange, stamp: string) {
  const key = { pk: change.name, sk: NODE_SK };
  const search = keyAttributes('bySearchChange');
  const ref = refOf(change.name);
  const position = searchChangesKey(shardOf(ref.id), stamp, ref);
  const names: Record<string, string> = { '#n': 'mentions', '#cp': search.partitionKey, '#cs': search.sortKey };
  const values: Record<string, unknown> = { ':d': change.delta, ':cp': position.pk, ':cs': position.sk };
  const sets = ['#cp = :cp', '#cs = :cs'];
  if (change.node) {
    if (change.node.label) {
      names['#l'] = 'searchName';
      values[':l'] = change.node.label;
      sets.push('#l = :l');
    }
    const extra = { sets, adds: ['#n :d'], names, values };
    const input = upsertUpdate(ctx, documentId, change.node.item, { summarize: !change.full, docs: false, extra });
    return { Update: { TableName: ctx.tableName, ...input } };
  }
  const guard = { '#n': 'mentions' };
  if (!change.exists || (change.current ?? 0) <= 1) {
    const ConditionExpression = change.exists ? '#n <= :one' : 'attribute_not_exists(#n) OR #n <= :one';
    const action = {
      TableName: ctx.tableName,
      Key: key,
      ConditionExpression,
      ExpressionAttributeNames: guard,
      ExpressionAttributeValues: { ':one': 1 },
    };
    return change.exists ? { Delete: action } : { ConditionCheck: action };
  }
  const deletes: string[] = [];
  for (const [i, [attr, entries]] of Object.entries(change.own ?? {}).entries()) {
    names[`#o${i}`] = attr;
    values[`:o${i}`] = new Set(entries);
    deletes.push(`#o${i} :o${i}`);
  }
  values[':one'] = 1;
  return {
    Update: {
      TableName: ctx.tableName,
      Key: key,
      ConditionExpression: '#n > :one',
      UpdateExpression: `SET ${sets.join(', ')} ADD #n :d${deletes.length ? ` DELETE ${deletes.join(', ')}` : ''}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * The change to the document's record that goes with a chunk: the nodes it now counts in
 * (each must not be counted yet) and those it no longer does (each must be). None when the
 * chunk changes no count.
 */
function recordUpdate(ctx: StoreContext, documentId: string, chunk: NodeChange[]) {
  const added = chunk.filter((c) => c.delta === 1).map((c) => c.name);
  const gone = chunk.filter((c) => c.delta === -1).map((c) => c.name);
  if (added.length === 0 && gone.length === 0) return [];
  const values: Record<string, unknown> = {};
  const conditions: string[] = [];
  const parts: string[] = [];
  if (added.length > 0) {
    values[':add'] = new Set(added);
    parts.push('ADD #c :add');
    added.forEach((name, i) => {
      values[`:a${i}`] = name;
      conditions.push(`NOT contains(#c, :a${i})`);
    });
  }
  if (gone.length > 0) {
    values[':del'] = new Set(gone);
    parts.push('DELETE #c :del');
    gone.forEach((name, i) => {
      values[`:g${i}`] = name;
      conditions.push(`contains(#c, :g${i})`);
    });
  }
  const none = gone.length === 0 ? 'attribute_not_exists(#c) OR ' : '';
  return [
    {
      Update: {
        TableName: ctx.tableName,
        Key: searchRecordKey(documentId),
        UpdateExpression: parts.join(' '),
        ConditionExpression: `${none}(${conditions.join(' AND ')})`,
        ExpressionAttributeNames: { '#c': 'counted' },
        ExpressionAttributeValues: values,
      },
    },
  ];
}

/**
 * Runs `attempt` until it goes through: a transaction cancelled by a conflict (another document
 * counting in the same node at once), a throttle, or a record that changed under it (a second
 * delivery of the same document) is read again and retried with backoff.
 */
async function withRetries(attempt: () => Promise<void>) {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const name = (error as Error).name;
      const retryable = ['TransactionCanceledException', 'TransactionConflictException', 'ThrottlingException'];
      if (!retryable.includes(name) || n + 1 >= MAX_ATTEMPTS) throw error;
      await sleep(backoff(n + 1));
    }
  }
}
