/**
 * A map from a small non-negative integer (two characters as one key: see `pairAt` in places.ts) to a
 * bit mask of name lengths, in two typed arrays with open addressing. The gazetteer fills one for
 * the first and one for the last two characters of its 45,000 names on every cold start: typed
 * arrays fill in a fraction of the time a `Map` of that size takes, and a lookup allocates nothing.
 *
 * @example
 * const heads = new PairLengths();
 * heads.add(0x4f5b, 0b1000); // a name of 3 characters starts with this pair
 * heads.get(0x4f5b) // → 8
 * heads.get(0x4e00) // → undefined
 */
/** Keys stay below V8's small-integer bound, so one plus a key still fits an Int32Array. */
const MAX_KEY = 2 ** 30;

export class PairLengths {
  private keys: Int32Array;
  private masks: Int32Array;
  private bits: number;
  private count = 0;

  constructor(initialBits = 12) {
    this.bits = initialBits;
    this.keys = new Int32Array(1 << initialBits);
    this.masks = new Int32Array(1 << initialBits);
  }

  /** How many keys are held. */
  get size(): number {
    return this.count;
  }

  /** ORs `mask` into the key's mask. Keys are integers from 0 to 2^30 − 1 (as `pairAt` makes them). */
  add(key: number, mask: number): void {
    if (!(key >= 0 && key < MAX_KEY)) throw new RangeError(`PairLengths keys lie in [0, 2^30), got ${key}`);
    // Half full at most, so a probe ends soon.
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const slot = this.slotOf(key + 1);
    if (this.keys[slot] === 0) {
      this.keys[slot] = key + 1;
      this.count++;
    }
    this.masks[slot] = (this.masks[slot] as number) | mask;
  }

  /** The key's mask, or undefined when nothing was added under it. */
  get(key: number): number | undefined {
    const slot = this.slotOf(key + 1);
    return this.keys[slot] === key + 1 ? this.masks[slot] : undefined;
  }

  /** The slot holding `stored` (a key plus one: 0 marks an empty slot), or the empty slot where it would go. */
  private slotOf(stored: number): number {
    const last = this.keys.length - 1;
    let slot = Math.imul(stored, 0x9e3779b1) >>> (32 - this.bits);
    while (this.keys[slot] !== 0 && this.keys[slot] !== stored) slot = (slot + 1) & last;
    return slot;
  }

  private grow(): void {
    const { keys, masks } = this;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits);
    this.masks = new Int32Array(1 << this.bits);
    for (let i = 0; i < keys.length; i++) {
      const stored = keys[i] as number;
      if (stored === 0) continue;
      const slot = this.slotOf(stored);
      this.keys[slot] = stored;
      this.masks[slot] = masks[i] as number;
    }
  }
}
