import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { stableId } from '@reportgraph/extract';
import type { StoreContext } from './context.ts';
import { byStatusPk, NODE_SK, nodePk } from './keys.ts';
import { record } from './meter.ts';
import { listNodes } from './read.ts';
import type { DocumentRecord, DocumentStatus, Page } from './types.ts';

/**
 * The id of the document for an object: stable across uploads of the same key, so a
 * re-upload replaces the earlier contribution.
 *
 * @example
 * documentIdFor('reports', '2025/10/31/page-1.txt') // → 'd_…'
 */
export const documentIdFor = (bucket: string, key: string) => stableId('Document', `${bucket}/${key}`);

/** Writes the whole document record; its status decides which status list it appears in. */
export async function putDocument(ctx: StoreContext, doc: DocumentRecord): Promise<void> {
  const out = await ctx.doc.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: {
        pk: nodePk({ type: 'Document', id: doc.id }),
        sk: NODE_SK,
        type: 'Document',
        gsi2pk: 'Document',
        gsi2sk: doc.key,
        gsi3pk: byStatusPk(doc.status),
        gsi3sk: `${doc.updatedAt}#${doc.id}`,
        ...doc,
      },
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  record(ctx.meter, 'PutItem', out.ConsumedCapacity);
}

export async function getDocument(ctx: StoreContext, id: string): Promise<DocumentRecord | undefined> {
  const out = await ctx.doc.send(
    new GetCommand({
      TableName: ctx.tableName,
      Key: { pk: nodePk({ type: 'Document', id }), sk: NODE_SK },
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  record(ctx.meter, 'GetItem', out.ConsumedCapacity);
  if (!out.Item) return undefined;
  const { pk: _pk, sk: _sk, gsi2pk: _a, gsi2sk: _b, gsi3pk: _c, gsi3sk: _d, type: _t, ...doc } = out.Item;
  return doc as DocumentRecord;
}

export async function deleteDocument(ctx: StoreContext, id: string): Promise<void> {
  const out = await ctx.doc.send(
    new DeleteCommand({
      TableName: ctx.tableName,
      Key: { pk: nodePk({ type: 'Document', id }), sk: NODE_SK },
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  record(ctx.meter, 'DeleteItem', out.ConsumedCapacity);
}

/** Documents with a status, most recently updated first; or all documents in key order. */
export async function listDocuments(
  ctx: StoreContext,
  options: { status?: DocumentStatus; first: number; after?: string | null },
): Promise<Page<DocumentRecord>> {
  const page = await listNodes(ctx, 'Document', {
    first: options.first,
    after: options.after,
    ...(options.status ? { status: options.status, descending: true } : {}),
  });
  return page as unknown as Page<DocumentRecord>;
}
