import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { type DocumentNode, type DocumentRecord, type DocumentStatus, documentEntity } from './entities/document.ts';
import { stableId } from './extraction.ts';
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

/**
 * Writes the whole document record; its status decides which status list it appears in. The
 * record is written as given (a PutItem replaces the item), under its keys.
 *
 * @example
 * await putDocument(ctx, { id, bucket, key, status: 'PENDING', createdAt: now, updatedAt: now });
 */
export async function putDocument(ctx: StoreContext, doc: DocumentRecord): Promise<void> {
  const out = await ctx.doc.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: { ...documentEntity.key(doc.id), type: documentEntity.type, ...documentEntity.indexKeys(doc), ...doc },
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  record(ctx.meter, 'PutItem', out.ConsumedCapacity);
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

/** Deletes one document's record (not its graph: see `removeDocumentGraph`). */
export async function deleteDocument(ctx: StoreContext, id: string): Promise<void> {
  const out = await ctx.doc.send(
    new DeleteCommand({ TableName: ctx.tableName, Key: documentEntity.key(id), ReturnConsumedCapacity: 'TOTAL' }),
  );
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
