import { getMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createMeter, RequestBudgetError, releaseMeter, untilAborted } from './meter.ts';

describe('releaseMeter', () => {
  it('does stop the time budget so the signal never aborts when the work ended in time', async () => {
    const released = createMeter({ timeoutMs: 10 });
    const kept = createMeter({ timeoutMs: 10 });
    releaseMeter(released);
    await sleep(40);
    expect(released.signal?.aborted).toBe(false);
    expect(kept.signal?.aborted).toBe(true);
  });

  it('does nothing for a meter without a time budget', () => {
    expect(() => releaseMeter(createMeter({ maxRequests: 5 }))).not.toThrow();
  });
});

describe('createMeter', () => {
  it('does let every request in flight listen for the deadline when more than ten run at once', () => {
    const meter = createMeter({ maxRequests: 50, timeoutMs: 1000 });
    const signal = meter.signal as AbortSignal;
    expect(getMaxListeners(signal)).toBeGreaterThanOrEqual(50);
    releaseMeter(meter);
  });
});

describe('untilAborted', () => {
  it('does settle with the promise when it settles within the time budget', async () => {
    const meter = createMeter({ timeoutMs: 1000 });
    await expect(
      untilAborted(
        sleep(5).then(() => 'read'),
        meter,
      ),
    ).resolves.toBe('read');
    releaseMeter(meter);
  });

  it('does reject with RequestBudgetError when the time budget runs out first', async () => {
    const meter = createMeter({ timeoutMs: 10 });
    await expect(
      untilAborted(
        sleep(200).then(() => 'late'),
        meter,
      ),
    ).rejects.toBeInstanceOf(RequestBudgetError);
  });

  it('does reject at once when the time budget had already run out', async () => {
    const meter = createMeter({ timeoutMs: 1 });
    await sleep(10);
    await expect(untilAborted(Promise.resolve('late'), meter)).rejects.toThrow(/time budget/);
  });
});
