import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { leaseKey } from './entities/keys.ts';
import { record } from './meter.ts';

/**
 * Raised when a write guarded by a lease finds the lease held by someone else (it expired and
 * another worker took it). Retryable: the other worker converges on the object; this one stops.
 */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
}

/** Who asks for a document's lease, for how long, and by whose clock. */
export interface LeaseRequest {
  /** Unique per worker (and kept across the retries of one delivery, so a retry finds its own lease). */
  owner: string;
  /** How long the lease holds without being released: longer than one ingest can run. */
  ttlMs: number;
  /** Epoch milliseconds now (tests pass a clock). */
  nowMs?: number;
}

const isConditionFailure = (error: unknown) => (error as Error).name === 'ConditionalCheckFailedException';

/**
 * Takes a document's lease when it is free, expired, or already this owner's (the INPROGRESS
 * record of Powertools' idempotency utility, keyed by document rather than by payload, so two
 * different events on one key never run at once). Resolves false when another owner holds it.
 *
 * @example
 * if (await tryAcquireLease(ctx, 'd_1', { owner: randomUUID(), ttlMs: 120_000 })) { … }
 */
export async function tryAcquireLease(ctx: StoreContext, documentId: string, request: LeaseRequest): Promise<boolean> {
  const now = request.nowMs ?? Date.now();
  const expiresAt = now + request.ttlMs;
  try {
    const out = await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { ...leaseKey(documentId), owner: request.owner, expiresAt, ttl: Math.ceil(expiresAt / 1000) },
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now OR #owner = :owner',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':now': now, ':owner': request.owner },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    record(ctx.meter, 'PutItem', out.ConsumedCapacity);
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Gives a lease back, if this owner still holds it (someone who took over an expired lease keeps it).
 *
 * @example
 * await releaseLease(ctx, 'd_1', owner);
 */
export async function releaseLease(ctx: StoreContext, documentId: string, owner: string): Promise<void> {
  try {
    const out = await ctx.doc.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: leaseKey(documentId),
        ConditionExpression: '#owner = :owner',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': owner },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    record(ctx.meter, 'DeleteItem', out.ConsumedCapacity);
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * The condition check a write guarded by `owner`'s lease carries in its transaction.
 *
 * @example
 * new TransactWriteCommand({ TransactItems: [leaseCheck(ctx, 'd_1', owner), { Put: … }] })
 */
export function leaseCheck(ctx: StoreContext, documentId: string, owner: string) {
  return {
    ConditionCheck: {
      TableName: ctx.tableName,
      Key: leaseKey(documentId),
      ConditionExpression: '#owner = :owner',
      ExpressionAttributeNames: { '#owner': 'owner' },
      ExpressionAttributeValues: { ':owner': owner },
    },
  };
}
