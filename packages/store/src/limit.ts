/** Runs `fn` over `items` with at most `limit` calls in flight; results keep input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Awaits every task, then rethrows the first failure: unlike `Promise.all`, no write is still in
 * flight when the caller sees the error (and perhaps retries the whole document).
 *
 * @example
 * await settleAll([writeEdges(), writeNodes()]);
 */
export async function settleAll(tasks: readonly Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(tasks)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Exponential backoff with full jitter, capped. */
export const backoff = (attempt: number, baseMs = 25, capMs = 2000) =>
  Math.random() * Math.min(capMs, baseMs * 2 ** attempt);
