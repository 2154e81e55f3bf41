import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from './batch-get.ts';
import type { StoreContext } from './context.ts';
import { keyAttributes } from './entities/indexes.ts';
import {
  isDocumentScoped,
  itemKey,
  MANIFEST_SK_PREFIX,
  manifestKey,
  NODE_SK,
  nodePk,
  parseItemKey,
} from './entities/keys.ts';
import { chunkCount, manifestChunks, readManifestChunk } from './entities/manifest.ts';
import type { ExtractResult } from './extraction.ts';
import { type GraphItem, toGraphItems } from './items.ts';
import { backoff, mapLimit, settleAll, sleep } from './limit.ts';
import { record } from './meter.ts';
import { type CountedNode, readCounted, removeCountedNodes, writeCountedNodes } from './node-counts.ts';
import { entryName, searchEntriesOf } from './search/entries-of.ts';
import { ownEntries, SCOPED_SETS } from './sets.ts';
import { cancellationCodes, upsertUpdate } from './upsert.ts';

/** Parallel writes per document: enough to hide latency, few enough to be kind to the table. */
const WRITE_CONCURRENCY = 16;
/** Transactions of one document in flight at once. */
const TRANSACTION_CONCURRENCY = 2;

/** Upserts one shared edge alone (after its transaction kept conflicting). */
async function upsertEdge(ctx: StoreContext, documentId: string, item: GraphItem) {
  const input = upsertUpdate(ctx, documentId, item, { summarize: true, docs: true });
  const out = await ctx.doc.send(
    new UpdateCommand({ TableName: ctx.tableName, ...input, ReturnConsumedCapacity: 'TOTAL' }),
  );
  record(ctx.meter, 'UpdateItem', out.ConsumedCapacity);
}

/** Actions per TransactWriteItems request: DynamoDB's limit. */
const TRANSACTION_ACTIONS = 100;
/** Attempts of one transaction cancelled by a conflict (another writer on a shared edge) before its edges go one by one. */
const TRANSACTION_ATTEMPTS = 4;

/**
 * Upserts a document's shared edges (its shared nodes are counted: see node-counts.ts) up to 100
 * a request (TransactWriteItems), so a page costs a few requests instead of one per edge. Each
 * adds the document to the edge's `docs` set, which decides when the edge goes. Edges carry no
 * capped sets, so an upsert has no condition: the upserts are idempotent, a cancelled
 * transaction (a conflict with another writer) is simply retried, and one that keeps
 * conflicting falls back to single upserts, which never conflict.
 */
async function upsertEdges(ctx: StoreContext, documentId: string, items: GraphItem[]) {
  const chunks: GraphItem[][] = [];
  for (let i = 0; i < items.length; i += TRANSACTION_ACTIONS) chunks.push(items.slice(i, i + TRANSACTION_ACTIONS));
  await mapLimit(chunks, TRANSACTION_CONCURRENCY, async (chunk) => {
    for (let attempt = 0; attempt < TRANSACTION_ATTEMPTS; attempt++) {
      if (attempt > 0) await sleep(backoff(attempt));
      try {
        const out = await ctx.doc.send(
          new TransactWriteCommand({
            TransactItems: chunk.map((item) => ({
              Update: {
                TableName: ctx.tableName,
                ...upsertUpdate(ctx, documentId, item, { summarize: true, docs: true }),
              },
            })),
            ReturnConsumedCapacity: 'TOTAL',
          }),
        );
        record(ctx.meter, 'TransactWriteItems', out.ConsumedCapacity);
        return;
      } catch (error) {
        if (!cancellationCodes(error)) throw error;
        record(ctx.meter, 'TransactWriteItems', undefined);
      }
    }
    await mapLimit(chunk, WRITE_CONCURRENCY, (item) => upsertEdge(ctx, documentId, item));
  });
}

/**
 * Drops from the shared nodes a rewritten document still writes the entries (aliases, roles,
 * adjacency) it no longer states: read the nodes first (100 a request), then one DELETE for each
 * node that has stale entries of this document.
 */
async function dropStaleEntries(ctx: StoreContext, documentId: string, nodes: GraphItem[]) {
  const stored = await batchGetItems(ctx, nodes, SCOPED_SETS);
  await mapLimit(nodes, WRITE_CONCURRENCY, async (item) => {
    const before = stored.get(itemKey(item));
    if (!before) return;
    const stale = Object.entries(ownEntries(before, documentId)).map(([attr, entries]) => {
      const keep = new Set(item.add?.[attr] ?? []);
      return [attr, entries.filter((e) => !keep.has(e))] as const;
    });
    await dropEntries(ctx, item, Object.fromEntries(stale));
  });
}

/**
 * Removes one document's entries from a node's scoped sets (aliases, roles, adjacency): its own
 * entries only, so there is no race with other documents.
 */
async function dropEntries(ctx: StoreContext, key: { pk: string; sk: string }, entries: Record<string, string[]>) {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  for (const [i, [attr, list]] of Object.entries(entries).entries()) {
    if (!list.length) continue;
    parts.push(`#d${i} :d${i}`);
    names[`#d${i}`] = attr;
    values[`:d${i}`] = new Set(list);
  }
  if (!parts.length) return;
  const out = await ctx.doc
    .send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression: `DELETE ${parts.join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    )
    .catch((error: Error) => {
      if (error.name === 'ConditionalCheckFailedException') return undefined;
      throw error;
    });
  if (out) record(ctx.meter, 'UpdateItem', out.ConsumedCapacity);
}

/**
 * Withdraws this document from one shared edge. The edge is deleted only when no other document
 * still states it; the condition makes that safe against a concurrent re-add.
 */
async function withdraw(ctx: StoreContext, documentId: string, key: { pk: string; sk: string }) {
  const out = await ctx.doc
    .send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: key,
        UpdateExpression: 'DELETE #docs :doc',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#docs': 'docs' },
        ExpressionAttributeValues: { ':doc': new Set([documentId]) },
        ReturnValues: 'ALL_NEW',
        ReturnConsumedCapacity: 'TOTAL',
      }),
    )
    .catch((error: Error) => {
      if (error.name === 'ConditionalCheckFailedException') return undefined;
      throw error;
    });
  if (!out) return;
  record(ctx.meter, 'UpdateItem', out.ConsumedCapacity);
  // DynamoDB removes a set attribute when its last element goes: while others state it, it stays.
  if (out.Attributes?.docs) return;
  const deleted = await ctx.doc
    .send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: key,
        ConditionExpression: 'attribute_not_exists(#docs)',
        ExpressionAttributeNames: { '#docs': 'docs' },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    )
    .catch((error: Error) => {
      if (error.name === 'ConditionalCheckFailedException') return undefined;
      throw error;
    });
  if (deleted) record(ctx.meter, 'DeleteItem', deleted.ConsumedCapacity);
}

type WriteRequest =
  | { PutRequest: { Item: Record<string, unknown> } }
  | { DeleteRequest: { Key: Record<string, unknown> } };

/**
 * Sends puts and deletes 25 a request, retrying UnprocessedItems with backoff until all are done
 * (throttling surfaces there rather than as an error).
 */
async function batchWrite(ctx: StoreContext, requests: WriteRequest[]) {
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += 25) chunks.push(requests.slice(i, i + 25));
  await mapLimit(chunks, 4, async (chunk) => {
    let pending = chunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await sleep(backoff(attempt));
      const out = await ctx.doc.send(
        new BatchWriteCommand({ RequestItems: { [ctx.tableName]: pending }, ReturnConsumedCapacity: 'TOTAL' }),
      );
      record(ctx.meter, 'BatchWriteItem', out.ConsumedCapacity);
      pending = (out.UnprocessedItems?.[ctx.tableName] as WriteRequest[] | undefined) ?? [];
    }
  });
}

/** A document-scoped item whole: its attributes, its sets, and the document that owns it. */
function scopedItem(documentId: string, item: GraphItem): Record<string, unknown> {
  const sets = Object.entries(item.add ?? {})
    .filter(([, list]) => list.length > 0)
    .map(([attr, list]) => [attr, new Set(list)]);
  return { pk: item.pk, sk: item.sk, ...item.set, ...Object.fromEntries(sets), docs: new Set([documentId]) };
}

/** The keys a document contributed last time, from its manifest. */
export async function readManifest(ctx: StoreContext, documentId: string): Promise<string[]> {
  const { partitionKey, sortKey } = keyAttributes('byNode');
  const out = await ctx.doc.send(
    new QueryCommand({
      TableName: ctx.tableName,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :m)',
      ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
      ExpressionAttributeValues: { ':pk': nodePk({ type: 'Document', id: documentId }), ':m': MANIFEST_SK_PREFIX },
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  record(ctx.meter, 'Query', out.ConsumedCapacity);
  return (out.Items ?? []).flatMap(readManifestChunk);
}

/** Writes a document's manifest, then deletes the chunks a longer earlier manifest had beyond it. */
async function writeManifest(ctx: StoreContext, documentId: string, keys: string[], previousChunks: number) {
  const chunks = manifestChunks(documentId, keys);
  for (const chunk of chunks) {
    const out = await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { ...chunk.key, keys: chunk.keys },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    record(ctx.meter, 'PutItem', out.ConsumedCapacity);
  }
  for (let i = chunks.length; i < previousChunks; i++) {
    const out = await ctx.doc.send(
      new DeleteCommand({ TableName: ctx.tableName, Key: manifestKey(documentId, i), ReturnConsumedCapacity: 'TOTAL' }),
    );
    record(ctx.meter, 'DeleteItem', out.ConsumedCapacity);
  }
}

/**
 * What a document contributed before, read ahead of its write. Started before extraction, the
 * reads overlap it instead of adding their round trips to the write; the document's lease keeps
 * them current (only its holder changes the manifest and the counted record).
 */
export interface PriorGraph {
  /** The keys of the document's manifest. */
  manifest: Promise<string[]>;
  /** The nodes the document counts in (see node-counts.ts). */
  counted: Promise<Set<string>>;
}

/**
 * Starts the reads of what a document contributed before (see {@link PriorGraph}).
 *
 * @example
 * const prior = readPriorGraph(ctx, 'd_1');
 * await writeDocumentGraph(ctx, 'd_1', extract(text), prior);
 */
export function readPriorGraph(ctx: StoreContext, documentId: string): PriorGraph {
  const prior = { manifest: readManifest(ctx, documentId), counted: readCounted(ctx, documentId) };
  // A rejected page never uses them: a failed read must not surface as an unhandled rejection.
  prior.manifest.catch(() => undefined);
  prior.counted.catch(() => undefined);
  return prior;
}

/** What a graph write did. */
export interface WriteSummary {
  written: number;
  withdrawn: number;
}

/**
 * Replaces a document's contribution to the graph with `result`'s: upserts every item it now
 * contributes, withdraws the items it contributed before but no longer does. Crash-safe: the
 * manifest first records old ∪ new, so a retry after a crash still finds every item to clean.
 * `prior` is what the document contributed before, when its reads were started earlier.
 *
 * @example
 * await writeDocumentGraph(ctx, 'd_1', extract(text));
 */
export async function writeDocumentGraph(
  ctx: StoreContext,
  documentId: string,
  result: ExtractResult,
  prior: PriorGraph = readPriorGraph(ctx, documentId),
): Promise<WriteSummary> {
  const items = toGraphItems(documentId, result);
  const keys = items.map(itemKey);
  const previous = await prior.manifest;
  const current = new Set(keys);
  const stale = previous.filter((k) => !current.has(k));
  const previousChunks = chunkCount(previous.length);
  const union = [...keys, ...stale];
  await writeManifest(ctx, documentId, union, previousChunks);
  const shared = items.filter((i) => !i.scoped);
  const nodes = shared.filter((i) => i.sk === NODE_SK);
  const scoped = items.filter((i) => i.scoped);
  // The four parts touch disjoint items (scoped items, shared edges, stale keys, shared nodes),
  // so they go at once: a page waits for the longest part, not for the sum of their round trips.
  await settleAll([
    batchWrite(
      ctx,
      scoped.map((i) => ({ PutRequest: { Item: scopedItem(documentId, i) } })),
    ),
    upsertEdges(
      ctx,
      documentId,
      shared.filter((i) => i.sk !== NODE_SK),
    ),
    removeKeys(ctx, documentId, stale),
    writeNodes(ctx, documentId, nodes, previous.length > 0, result, prior.counted),
  ]);
  await writeManifest(ctx, documentId, keys, chunkCount(union.length));
  return { written: items.length, withdrawn: stale.length };
}

/** Writes a document's shared nodes, first taking back the entries a rewrite no longer states. */
async function writeNodes(
  ctx: StoreContext,
  documentId: string,
  nodes: GraphItem[],
  rewrite: boolean,
  result: ExtractResult,
  counted: Promise<Set<string>>,
) {
  // Read before the upserts: what this document stated last time, to take back what it no longer does.
  if (rewrite) await dropStaleEntries(ctx, documentId, nodes);
  await writeCountedNodes(ctx, documentId, countedNodes(nodes, result), counted);
}

/**
 * Removes everything a document contributed: items no other document mentions are deleted,
 * shared ones lose only this document's mark. The manifest goes last, so a crash can be retried.
 */
export async function removeDocumentGraph(ctx: StoreContext, documentId: string): Promise<WriteSummary> {
  const previous = await readManifest(ctx, documentId);
  await settleAll([removeKeys(ctx, documentId, previous), removeCountedNodes(ctx, documentId)]);
  await writeManifest(ctx, documentId, [], chunkCount(previous.length));
  return { written: 0, withdrawn: previous.length };
}

/**
 * Deletes the items this document alone owned and withdraws it from shared edges. Shared nodes
 * are left to their counts (see node-counts.ts).
 */
async function removeKeys(ctx: StoreContext, documentId: string, keys: string[]) {
  const parsed = keys.map(parseItemKey);
  await batchWrite(
    ctx,
    parsed.filter(isDocumentScoped).map((key) => ({ DeleteRequest: { Key: { ...key } } })),
  );
  const shared = parsed.filter((k) => !isDocumentScoped(k) && k.sk !== NODE_SK);
  await mapLimit(shared, WRITE_CONCURRENCY, (key) => withdraw(ctx, documentId, key));
}

/** The shared nodes of a document with the labels their search entries take. */
function countedNodes(nodes: GraphItem[], result: ExtractResult): CountedNode[] {
  const labels = new Map(searchEntriesOf(result).map((d) => [entryName(d.ref), d.name]));
  return nodes.map((item) => {
    const label = labels.get(item.pk);
    return label === undefined ? { item } : { item, label };
  });
}

/** Reads one raw item (for tests and diagnostics). */
export async function getItem(ctx: StoreContext, pk: string, sk: string) {
  const out = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: { pk, sk } }));
  return out.Item;
}
