import { describe, expect, it } from 'vitest';
import { PairLengths } from './pair-lengths.ts';

describe('PairLengths', () => {
  it('ORs the masks added under one key and keeps keys apart', () => {
    const table = new PairLengths();
    table.add(7, 0b100);
    table.add(7, 0b1000);
    table.add(8, 0b10);
    expect([table.get(7), table.get(8), table.get(9)]).toEqual([0b1100, 0b10, undefined]);
  });

  it('holds key 0 and the largest key', () => {
    const table = new PairLengths();
    table.add(0, 1);
    table.add(2 ** 30 - 1, 2);
    expect([table.get(0), table.get(2 ** 30 - 1), table.size]).toEqual([1, 2, 2]);
  });

  it('agrees with a Map when it grows far past its first size', () => {
    const table = new PairLengths(2);
    const map = new Map<number, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = (i * 7_919) % 1_000_003;
      const mask = 1 << (i % 27);
      table.add(key, mask);
      map.set(key, (map.get(key) ?? 0) | mask);
    }
    expect(table.size).toBe(map.size);
    for (const [key, mask] of map) expect(table.get(key)).toBe(mask);
    expect(table.get(1_000_004)).toBeUndefined();
  });

  it('refuses a key it cannot hold', () => {
    expect(() => new PairLengths().add(-1, 1)).toThrow(RangeError);
    expect(() => new PairLengths().add(2 ** 30, 1)).toThrow(RangeError);
  });
});
