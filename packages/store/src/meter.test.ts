import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createMeter, releaseMeter } from './meter.ts';

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
