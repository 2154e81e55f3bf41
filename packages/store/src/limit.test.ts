import { describe, expect, it } from 'vitest';
import { mapLimit, settleAll, sleep } from './limit.ts';

describe('mapLimit', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimit([30, 10, 20, 5], 2, async (ms) => {
      most = Math.max(most, ++running);
      await sleep(ms);
      running--;
      return ms * 2;
    });
    expect(out).toEqual([60, 20, 40, 10]);
    expect(most).toBe(2);
  });
});

describe('settleAll', () => {
  it('rethrows the first failure only after every task has finished', async () => {
    let slowDone = false;
    const slow = sleep(30).then(() => {
      slowDone = true;
    });
    await expect(settleAll([Promise.reject(new Error('edge write failed')), slow])).rejects.toThrow(
      'edge write failed',
    );
    expect(slowDone).toBe(true);
  });

  it('resolves when every task succeeds', async () => {
    await expect(settleAll([sleep(1), Promise.resolve(3)])).resolves.toBeUndefined();
  });
});
