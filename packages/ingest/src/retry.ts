/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry settings: attempts in all (first try included) and the base of the exponential backoff. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  /** Upper bound of one wait. */
  maxDelayMs?: number;
}

/**
 * Runs `task` until it succeeds or `policy.attempts` tries have failed, waiting a jittered
 * exponential backoff (`base · 2^n`, "equal jitter") between tries. `shouldRetry` can stop early
 * for errors a retry cannot fix. The last error is rethrown.
 *
 * @example
 * const body = await withRetries(() => s3.send(new GetObjectCommand(input)), { attempts: 3, baseDelayMs: 100 });
 */
export async function withRetries<T>(
  task: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  shouldRetry: (error: unknown) => boolean = () => true,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    if (attempt > 0) {
      const ceiling = Math.min(policy.maxDelayMs ?? 5_000, policy.baseDelayMs * 2 ** (attempt - 1));
      await sleep(ceiling / 2 + Math.random() * (ceiling / 2));
    }
    try {
      return await task(attempt);
    } catch (error) {
      lastError = error;
      if (!shouldRetry(error)) break;
    }
  }
  throw lastError;
}
