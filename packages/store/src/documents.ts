import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { type DocumentNode, type DocumentRecord, type DocumentStatus, documentEntity } from './entities/document.ts';
import { stableId } from './extraction.ts';
import { LeaseLostError, leaseCheck } from './lease.ts';
import { record } from './meter.ts';
import { listNodes } from './read.ts';
import type { Page } from './types.ts';

/**
 * The id of the document for an object: stable across uploads of the same key, so a
 * re-upload replaces the earlier contribution.
 *
 * @example
 * documentIdFor('reports', '2025/10/31/page-1.txt') // → 'd_…'
 */
export const documentIdFor = (bucket: string, key: string) => stableId('Document', `${bucket}/${key}`);

/** A write of a document record made by the holder of its lease (see lease.ts). */
export interface LeaseGuard {
  /** The lease owner: the write commits only while this owner holds the document's lease. */
  leaseOwner?: string;
}

/**
 * Writes the whole document record; its status decides which status list it appears in. The
 * record is written as given (a PutItem replaces the item), under its keys. With `leaseOwner`,
 * the write commits only while that owner holds the document's lease ({@link LeaseLostError} if not).
 *
 * @example
 * await putDocument(ctx, { id, bucket, key, status: 'PENDING', createdAt: now, updatedAt: now });
 */
export async function putDocument(ctx: StoreContext, doc: DocumentRecord, guard: LeaseGuard = {}): Promise<void> {
  const Item = { ...documentEntity.key(doc.id), type: documentEntity.type, ...documentEntity.indexKeys(doc), ...doc };
  if (guard.leaseOwner) {
    await guarded(ctx, doc.id, guard.leaseOwner, { Put: { TableName: ctx.tableName, Item } });
    return;
  }
  const out = await ctx.doc.send(new PutCommand({ TableName: ctx.tableName, Item, ReturnConsumedCapacity: 'TOTAL' }));
  record(ctx.meter, 'PutItem', out.ConsumedCapacity);
}

/** One write in a transaction with the check that `owner` still holds the document's lease. */
async function guarded(ctx: StoreContext, documentId: string, owner: string, write: Record<string, unknown>) {
  try {
    const out = await ctx.doc.send(
      new TransactWriteCommand({
        TransactItems: [leaseCheck(ctx, documentId, owner), write],
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    record(ctx.meter, 'TransactWriteItems', out.ConsumedCapacity);
  } catch (error) {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
    if ((error as Error).name === 'TransactionCanceledException' && reasons?.[0]?.Code === 'ConditionalCheckFailed') {
      throw new LeaseLostError(`Another worker took over document ${documentId}; this write was not made.`, {
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Reads one document's record, or undefined.
 *
 * @example
 * (await getDocument(ctx, 'd_1'))?.status // → 'DONE'
 */
export async function getDocument(ctx: StoreContext, id: string): Promise<DocumentRecord | undefined> {
  const out = await ctx.doc.send(
    new GetCommand({ TableName: ctx.tableName, Key: documentEntity.key(id), ReturnConsumedCapacity: 'TOTAL' }),
  );
  record(ctx.meter, 'GetItem', out.ConsumedCapacity);
  if (!out.Item) return undefined;
  const { type: _type, adjOut: _out, adjIn: _in, adjFull: _full, ...doc } = documentEntity.read(out.Item);
  return doc;
}

/** Deletes one document's record (not its graph: see `removeDocumentGraph`), under its lease if given. */
export async function deleteDocument(ctx: StoreContext, id: string, guard: LeaseGuard = {}): Promise<void> {
  const Key = documentEntity.key(id);
  if (guard.leaseOwner) {
    await guarded(ctx, id, guard.leaseOwner, { Delete: { TableName: ctx.tableName, Key } });
    return;
  }
  const out = await ctx.doc.send(new DeleteCommand({ TableName: ctx.tableName, Key, ReturnConsumedCapacity: 'TOTAL' }));
  record(ctx.meter, 'DeleteItem', out.ConsumedCapacity);
}

/**
 * Documents with a status, most recently updated first; or all documents in key order.
 *
 * @example
 * const failed = await listDocuments(ctx, { status: 'FAILED', first: 20 });
 */
export function listDocuments(
  ctx: StoreContext,
  options: { status?: DocumentStatus; first: number; after?: string | null },
): Promise<Page<DocumentNode>> {
  return listNodes(ctx, 'Document', {
    first: options.first,
    after: options.after,
    ...(options.status ? { status: options.status, descending: true } : {}),
  });
}
