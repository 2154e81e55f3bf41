import { BatchGetCommand, DeleteCommand, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from '../context.ts';
import { keyAttributes } from '../entities/indexes.ts';
import { nodeKey, searchChangesKey, searchRecordKey } from '../entities/keys.ts';
import type { ExtractResult } from '../extraction.ts';
import { backoff, sleep } from '../limit.ts';
import { record } from '../meter.ts';
import { type EntryDraft, entryName, searchEntriesOf } from './entries-of.ts';

/** Shards of bySearchChange: spreads the index writes of busy ingests over a few partitions. */
export const SEARCH_SHARDS = 4;
/** Entries per transaction (plus the document's record): small enough to rarely conflict. */
const CHUNK = 49;
/** Attempts before a conflict or a throttle gives up (each with backoff). */
const MAX_ATTEMPTS = 10;

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

/** One change to one entry: its labels (when the document names it) and the change in its count. */
interface EntryChange {
  name: string;
  draft?: EntryDraft;
  delta: -1 | 0 | 1;
  /** For a count going down: the count read before (1 or less: the last document counting it). */
  current?: number;
  /** For a count going down: whether the item was there when read (a node may be gone with its last edge). */
  exists?: boolean;
}

/**
 * Brings the search entries in line with what a document now names: each entity it names for
 * the first time counts it once more (and gets its labels), each it named before but no longer
 * counts it once less. Each batch of entries and the document's record of what it counts change
 * in one transaction, so a retry after a crash or a second delivery never counts twice. An entry
 * no document counts in any more reads 0 (guarded by the count read before it) until its node
 * goes with its last edge, so the table holds what a fresh ingest of the same documents writes.
 *
 * @example
 * await writeSearchEntries(ctx, 'd_1', extract(text)); // ~1 request per 49 entities
 */
export async function writeSearchEntries(ctx: StoreContext, documentId: string, result: ExtractResult) {
  const drafts = searchEntriesOf(result);
  if (drafts.length === 0) return removeSearchEntries(ctx, documentId);
  await withRetries(async () => {
    const counted = await readCounted(ctx, documentId);
    await applyChanges(ctx, documentId, await withCounts(ctx, changesFor(drafts, counted)));
  });
}

/**
 * Withdraws a document from the search entries it counts in, then deletes its record.
 *
 * @example
 * await removeSearchEntries(ctx, 'd_1');
 */
export async function removeSearchEntries(ctx: StoreContext, documentId: string) {
  await withRetries(async () => {
    const counted = await readCounted(ctx, documentId);
    await applyChanges(ctx, documentId, await withCounts(ctx, changesFor([], counted)));
  });
  const out = await ctx.doc.send(
    new DeleteCommand({ TableName: ctx.tableName, Key: searchRecordKey(documentId), ReturnConsumedCapacity: 'TOTAL' }),
  );
  record(ctx.meter, 'DeleteItem', out.ConsumedCapacity);
}

/** The changes that take the counted set (entity names, `<Type>#<id>`) to the drafts. */
function changesFor(drafts: EntryDraft[], counted: Set<string>): EntryChange[] {
  const named = new Set(drafts.map((d) => entryName(d.ref)));
  return [
    ...drafts.map((draft) => {
      const name = entryName(draft.ref);
      return { name, draft, delta: counted.has(name) ? 0 : 1 } as const;
    }),
    ...[...counted].filter((name) => !named.has(name)).map((name) => ({ name, delta: -1 }) as const),
  ];
}

/** The changes, those that count an entry out with its current count (BatchGetItem, 100 at a time). */
async function withCounts(ctx: StoreContext, changes: EntryChange[]): Promise<EntryChange[]> {
  const names = changes.filter((c) => c.delta < 0).map((c) => c.name);
  const counts = new Map<string, number>();
  for (let i = 0; i < names.length; i += 100) {
    let keys: Record<string, unknown>[] = names.slice(i, i + 100).map((name) => ({ ...nodeKey(refOf(name)) }));
    for (let attempt = 0; keys.length > 0; attempt++) {
      if (attempt > 0) await sleep(backoff(attempt));
      const out = await ctx.doc.send(
        new BatchGetCommand({
          RequestItems: {
            [ctx.tableName]: {
              Keys: keys,
              ConsistentRead: true,
              // A node is read for its count alone, not its summaries.
              ProjectionExpression: '#t, #i, mentions',
              ExpressionAttributeNames: { '#t': 'type', '#i': 'id' },
            },
          },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      record(ctx.meter, 'BatchGetItem', out.ConsumedCapacity);
      for (const item of out.Responses?.[ctx.tableName] ?? []) {
        counts.set(`${item.type}#${item.id}`, Number(item.mentions ?? 0));
      }
      keys = out.UnprocessedKeys?.[ctx.tableName]?.Keys ?? [];
    }
  }
  return changes.map((c) => (c.delta < 0 ? { ...c, current: counts.get(c.name) ?? 0, exists: counts.has(c.name) } : c));
}

/** The node an entry name (`<Type>#<id>`) refers to. */
function refOf(name: string): EntryDraft['ref'] {
  const at = name.indexOf('#');
  return { type: name.slice(0, at) as EntryDraft['ref']['type'], id: name.slice(at + 1) };
}

/** The entries a document counts in (strongly consistent: a retry must see its own last write). */
async function readCounted(ctx: StoreContext, documentId: string): Promise<Set<string>> {
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

async function applyChanges(ctx: StoreContext, documentId: string, changes: EntryChange[]) {
  // Counting in and counting out go in separate transactions: one update cannot both ADD to and DELETE from a set.
  const chunks: EntryChange[][] = [];
  for (const group of [changes.filter((c) => c.delta >= 0), changes.filter((c) => c.delta < 0)]) {
    for (let i = 0; i < group.length; i += CHUNK) chunks.push(group.slice(i, i + CHUNK));
  }
  const stamp = new Date().toISOString();
  // One after another: each changes the document's record, and concurrent transactions on one item conflict.
  for (const chunk of chunks) {
    const items = [...chunk.map((c) => entryUpdate(ctx, c, stamp)), ...recordUpdate(ctx, documentId, chunk)];
    const out = await ctx.doc.send(new TransactWriteCommand({ TransactItems: items, ReturnConsumedCapacity: 'TOTAL' }));
    record(ctx.meter, 'TransactWriteItems', out.ConsumedCapacity);
  }
}

/**
 * The write of one entry: its label, count and place in bySearchChange (now), guarded by the
 * count read before. The entry is on the entity's node, which the graph write made (and which
 * only goes with its last document), so the update requires the node and never makes a bare
 * one. When the last document counting it goes, its count drops to 0 (the search forgets it),
 * or, when the node is already gone with its last edge, nothing is written (only checked).
 */
function entryUpdate(ctx: StoreContext, change: EntryChange, stamp: string) {
  const ref = refOf(change.name);
  const Key = nodeKey(ref);
  const last = change.delta < 0 && (change.current ?? 0) <= 1;
  if (last && !change.exists) {
    return {
      ConditionCheck: {
        TableName: ctx.tableName,
        Key,
        ConditionExpression: 'attribute_not_exists(#n) OR #n <= :one',
        ExpressionAttributeNames: { '#n': 'mentions' },
        ExpressionAttributeValues: { ':one': 1 },
      },
    };
  }
  const changes = keyAttributes('bySearchChange');
  const position = searchChangesKey(shardOf(ref.id), stamp, ref);
  const names: Record<string, string> = {
    '#n': 'mentions',
    '#cp': changes.partitionKey,
    '#cs': changes.sortKey,
    '#pk': 'pk',
  };
  const values: Record<string, unknown> = { ':d': change.delta, ':cp': position.pk, ':cs': position.sk };
  const sets = ['#cp = :cp', '#cs = :cs'];
  if (change.draft) {
    names['#l'] = 'searchName';
    values[':l'] = change.draft.name;
    sets.push('#l = :l');
  }
  const conditions = ['attribute_exists(#pk)'];
  // A count going down must find the count it read (a concurrent change cancels and retries).
  if (change.delta < 0) {
    values[':one'] = 1;
    conditions.push(last ? '#n <= :one' : '#n > :one');
  }
  return {
    Update: {
      TableName: ctx.tableName,
      Key,
      ConditionExpression: conditions.join(' AND '),
      UpdateExpression: `SET ${sets.join(', ')} ADD #n :d`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * The change to the document's record that goes with a chunk: the entries it now counts in
 * (each must not be counted yet) and those it no longer does (each must be). None when the
 * chunk changes no count.
 */
function recordUpdate(ctx: StoreContext, documentId: string, chunk: EntryChange[]) {
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
 * counting in the same entry at once), a throttle, or a record that changed under it (a second
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
