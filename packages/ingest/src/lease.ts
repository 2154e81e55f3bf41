import type { GraphStore } from '@reportgraph/store';
import { sleep } from './retry.ts';

/**
 * Raised when a document's lease stays held by another worker for longer than this worker may
 * wait. Retryable: the event is delivered again later and converges then.
 */
export class LeaseBusyError extends Error {
  override readonly name = 'LeaseBusyError';
}

/** How long a lease holds, how long to wait for one, and who asks. */
export interface LeasePolicy {
  owner: string;
  ttlMs: number;
  waitMs: number;
}

/**
 * Runs `task` while holding the document's lease, so two workers never write one document at
 * once: waits (with backoff) while another worker holds it, takes it over once it has expired,
 * and gives it back afterwards. Throws {@link LeaseBusyError} when the wait runs out.
 *
 * @example
 * await withLease(store, 'd_1', { owner: randomUUID(), ttlMs: 120_000, waitMs: 30_000 }, () => ingest());
 */
export async function withLease<T>(
  store: GraphStore,
  documentId: string,
  policy: LeasePolicy,
  task: () => Promise<T>,
  onReleaseError: (error: unknown) => void = () => undefined,
): Promise<T> {
  const deadline = Date.now() + policy.waitMs;
  for (let attempt = 0; !(await store.tryAcquireLease(documentId, policy)); attempt++) {
    if (Date.now() >= deadline) {
      throw new LeaseBusyError(`Document ${documentId} is being written by another worker; try again later.`);
    }
    const ceiling = Math.min(1_000, 20 * 2 ** attempt);
    await sleep(ceiling / 2 + Math.random() * (ceiling / 2));
  }
  try {
    return await task();
  } finally {
    // A lease that cannot be given back (the table is down) expires on its own; the same owner
    // retrying takes it straight back.
    await store.releaseLease(documentId, policy.owner).catch(onReleaseError);
  }
}
